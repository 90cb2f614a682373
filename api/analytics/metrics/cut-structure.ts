// Cut structure: the actors and ties whose loss would split the network, from one iterative
// DFS with Hopcroft-Tarjan low-points (also used by fragility.ts).

import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export interface CutStructure {
  /** Nodes whose removal disconnects their component, ascending. */
  readonly articulationPoints: Int32Array;
  /** Ties whose removal disconnects their component, as [u, v] with u < v, sorted. */
  readonly bridges: readonly (readonly [number, number])[];
}

/**
 * Articulation points and bridges (Hopcroft-Tarjan low-points, iterative DFS) on the undirected
 * projection, as networkx `articulation_points` / `bridges`. Parallel ties were merged, so a
 * pair of actors linked by several ties can still be a bridge: it is the pair that matters.
 */
export function cutStructure(g: Graph): CutStructure {
  const u = undirectedProjection(g);
  const { dfs, low, parent } = lowPoints(u);
  const isCut = new Uint8Array(u.n);
  const rootChildren = new Int32Array(u.n);
  const bridges: [number, number][] = [];
  for (let v = 0; v < u.n; v++) {
    const p = parent[v];
    if (p < 0) continue;
    if (parent[p] < 0) rootChildren[p]++;
    else if (low[v] >= dfs[p]) isCut[p] = 1;
    if (low[v] > dfs[p]) bridges.push(p < v ? [p, v] : [v, p]);
  }
  const points: number[] = [];
  for (let v = 0; v < u.n; v++) {
    if ((parent[v] < 0 && rootChildren[v] > 1) || isCut[v] === 1) points.push(v);
  }
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints: Int32Array.from(points), bridges };
}

export interface LowPoints {
  /** DFS discovery time per node. */
  readonly dfs: Int32Array;
  /** Lowest discovery time reachable through the node's DFS subtree plus one back edge. */
  readonly low: Int32Array;
  /** DFS-tree parent, -1 for roots. */
  readonly parent: Int32Array;
  /** Largest discovery time inside the node's subtree (subtree = dfs[v]..last[v]). */
  readonly last: Int32Array;
  /** Node per discovery time. */
  readonly byTime: Int32Array;
}

/** Iterative DFS low-points of an undirected graph (shared with fragility analysis). */
export function lowPoints(u: Graph): LowPoints {
  const n = u.n;
  const { offsets, targets } = u.outAdj;
  const dfs = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const last = new Int32Array(n);
  const byTime = new Int32Array(n);
  const next = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (dfs[root] >= 0) continue;
    let sp = 0;
    stack[sp++] = root;
    dfs[root] = low[root] = time;
    byTime[time++] = root;
    next[root] = offsets[root];
    while (sp > 0) {
      const v = stack[sp - 1];
      if (next[v] < offsets[v + 1]) {
        const w = targets[next[v]++];
        if (dfs[w] < 0) {
          parent[w] = v;
          dfs[w] = low[w] = time;
          byTime[time++] = w;
          next[w] = offsets[w];
          stack[sp++] = w;
        } else if (w !== parent[v] && dfs[w] < low[v]) {
          low[v] = dfs[w];
        }
        continue;
      }
      sp--;
      last[v] = time - 1;
      const p = parent[v];
      if (p >= 0 && low[v] < low[p]) low[p] = low[v];
    }
  }
  return { dfs, low, parent, last, byTime };
}

export function cutStructureConvention(
  g: Graph,
  kind: 'articulationPoints' | 'bridges',
): MetricConvention {
  const network = { directed: false, weighted: null, normalisation: 'none (a list)' };
  switch (kind) {
    case 'articulationPoints':
      return convention({
        ...network,
        metric: 'articulationPoints',
        scope: 'node',
        reference: 'networkx.articulation_points',
        description:
          'Actors whose departure would split their part of the network.' +
          projectionPhrase(g.directed),
      });
    case 'bridges':
      return convention({
        ...network,
        metric: 'bridges',
        scope: 'edge',
        reference: 'networkx.bridges',
        description:
          'Pairs of actors whose tie is the only link between two parts of the network (several ties between the same pair count as one).' +
          projectionPhrase(g.directed),
      });
  }
}
