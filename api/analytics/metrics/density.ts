import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';

/** networkx `density`: m / (n(n-1)) directed, 2m / (n(n-1)) undirected; 0 when n <= 1. */
export function density(g: Graph): number {
  const n = g.n;
  if (n <= 1) return 0;
  return (g.directed ? g.m : 2 * g.m) / (n * (n - 1));
}

/**
 * networkx `overall_reciprocity`: share of arcs whose reverse arc also exists. Null for an
 * undirected graph (every tie is mutual by construction) and for a graph without arcs.
 */
export function reciprocity(g: Graph): number | null {
  if (!g.directed || g.m === 0) return null;
  let mutual = 0;
  for (let u = 0; u < g.n; u++) mutual += countMutual(g, u);
  return mutual / g.m;
}

/**
 * networkx `reciprocity(G, nodes)`: 2 × mutual partners / (in-degree + out-degree). NaN for a
 * node without ties (networkx raises); null for an undirected graph.
 */
export function nodeReciprocity(g: Graph): Float64Array | null {
  if (!g.directed) return null;
  const out = new Float64Array(g.n);
  for (let u = 0; u < g.n; u++) {
    const deg =
      g.outAdj.offsets[u + 1] - g.outAdj.offsets[u] + (g.inAdj.offsets[u + 1] - g.inAdj.offsets[u]);
    out[u] = deg === 0 ? NaN : (2 * countMutual(g, u)) / deg;
  }
  return out;
}

/** |successors ∩ predecessors| by merging the two sorted rows. */
function countMutual(g: Graph, u: number): number {
  const a = g.outAdj;
  const b = g.inAdj;
  let i = a.offsets[u];
  let j = b.offsets[u];
  const iEnd = a.offsets[u + 1];
  const jEnd = b.offsets[u + 1];
  let count = 0;
  while (i < iEnd && j < jEnd) {
    const x = a.targets[i];
    const y = b.targets[j];
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

export function densityConvention(g: Graph): MetricConvention {
  return convention({
    metric: 'density',
    scope: 'network',
    directed: g.directed,
    weighted: null,
    normalisation: g.directed ? 'arcs / n(n-1)' : 'ties / (n(n-1)/2)',
    reference: 'networkx.density',
    description:
      'Share of all possible ties that are present; repeated ties between a pair count once.',
  });
}

export function reciprocityConvention(g: Graph, scope: 'network' | 'node'): MetricConvention {
  return convention({
    metric: scope === 'network' ? 'reciprocity' : 'nodeReciprocity',
    scope,
    directed: g.directed,
    weighted: null,
    normalisation:
      scope === 'network'
        ? 'reciprocated arcs / all arcs'
        : '2 × mutual partners / (in + out degree)',
    reference:
      scope === 'network' ? 'networkx.overall_reciprocity' : 'networkx.reciprocity(G, nodes)',
    description:
      scope === 'network'
        ? 'Share of directed ties that are returned.'
        : "Share of this actor's directed ties that are returned.",
  });
}
