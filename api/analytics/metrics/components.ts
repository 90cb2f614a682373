import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export interface Components {
  readonly count: number;
  /** Component label per node, 0-based, numbered by size (largest first; ties: lowest node). */
  readonly labels: Int32Array;
  /** Size of each component, by label. */
  readonly sizes: Int32Array;
}

/**
 * Connected components; for a directed graph, weakly connected ones (direction ignored), as
 * networkx `connected_components` / `weakly_connected_components`.
 */
export function connectedComponents(g: Graph): Components {
  const u = undirectedProjection(g);
  const { offsets, targets } = u.outAdj;
  const raw = new Int32Array(g.n).fill(-1);
  const queue = new Int32Array(g.n);
  let count = 0;
  for (let s = 0; s < g.n; s++) {
    if (raw[s] >= 0) continue;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = count;
    while (head < tail) {
      const v = queue[head++];
      for (let i = offsets[v]; i < offsets[v + 1]; i++) {
        const w = targets[i];
        if (raw[w] < 0) {
          raw[w] = count;
          queue[tail++] = w;
        }
      }
    }
    count++;
  }
  return relabelBySize(raw, count);
}

/**
 * Strongly connected components (Tarjan, iterative so deep graphs cannot overflow the stack).
 * For an undirected graph these are the connected components.
 */
export function stronglyConnectedComponents(g: Graph): Components {
  if (!g.directed) return connectedComponents(g);
  const n = g.n;
  const { offsets, targets } = g.outAdj;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callStack = new Int32Array(n);
  const next = new Int32Array(n);
  const raw = new Int32Array(n).fill(-1);
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] >= 0) continue;
    let depth = 0;
    callStack[depth++] = root;
    index[root] = low[root] = counter++;
    next[root] = offsets[root];
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const v = callStack[depth - 1];
      if (next[v] < offsets[v + 1]) {
        const w = targets[next[v]++];
        if (index[w] < 0) {
          index[w] = low[w] = counter++;
          next[w] = offsets[w];
          stack[sp++] = w;
          onStack[w] = 1;
          callStack[depth++] = w;
        } else if (onStack[w] === 1 && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callStack[depth - 1];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          raw[w] = count;
        } while (w !== v);
        count++;
      }
    }
  }
  return relabelBySize(raw, count);
}

function relabelBySize(raw: Int32Array, count: number): Components {
  const rawSizes = new Int32Array(count);
  const firstNode = new Int32Array(count).fill(-1);
  for (let v = 0; v < raw.length; v++) {
    rawSizes[raw[v]]++;
    if (firstNode[raw[v]] < 0) firstNode[raw[v]] = v;
  }
  const byRank = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => rawSizes[b] - rawSizes[a] || firstNode[a] - firstNode[b],
  );
  const rank = new Int32Array(count);
  byRank.forEach((c, r) => (rank[c] = r));
  const labels = raw.map((c) => rank[c]);
  const sizes = new Int32Array(count);
  byRank.forEach((c, r) => (sizes[r] = rawSizes[c]));
  return { count, labels, sizes };
}

/** Nodes with no ties at all (in or out). */
export function isolates(g: Graph): Int32Array {
  const out: number[] = [];
  for (let v = 0; v < g.n; v++) {
    const d =
      g.outAdj.offsets[v + 1] - g.outAdj.offsets[v] + (g.inAdj.offsets[v + 1] - g.inAdj.offsets[v]);
    if (d === 0) out.push(v);
  }
  return Int32Array.from(out);
}

export function componentsConvention(
  g: Graph,
  kind: 'components' | 'largestComponent' | 'stronglyConnected' | 'isolates',
): MetricConvention {
  const network = { directed: false, weighted: null, normalisation: 'none (a count or a list)' };
  switch (kind) {
    case 'components':
      return convention({
        ...network,
        metric: g.directed ? 'weaklyConnectedComponents' : 'connectedComponents',
        scope: 'network',
        reference: g.directed
          ? 'networkx.weakly_connected_components'
          : 'networkx.connected_components',
        description:
          'Separate pieces of the network with no tie between them.' + projectionPhrase(g.directed),
      });
    case 'largestComponent':
      return convention({
        ...network,
        metric: 'largestComponentSize',
        scope: 'network',
        normalisation: 'none (number of actors)',
        reference: g.directed
          ? 'max(networkx.weakly_connected_components, key=len)'
          : 'max(networkx.connected_components, key=len)',
        description:
          'Number of actors in the biggest piece of the network.' + projectionPhrase(g.directed),
      });
    case 'stronglyConnected':
      return convention({
        ...network,
        directed: g.directed,
        metric: 'stronglyConnectedComponents',
        scope: 'network',
        reference: 'networkx.strongly_connected_components',
        description: 'Groups in which every actor can reach every other following tie direction.',
      });
    case 'isolates':
      return convention({
        ...network,
        metric: 'isolates',
        scope: 'node',
        reference: 'networkx.isolates',
        description: 'Actors with no ties at all.',
      });
  }
}
