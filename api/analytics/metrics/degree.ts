import { convention, type MetricConvention } from './conventions';
import type { Adjacency, Graph } from './graph';

/** For directed graphs: incoming, outgoing, or both added (networkx `G.degree`). */
export type DegreeMode = 'in' | 'out' | 'total';

function rowLengths(adj: Adjacency, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let v = 0; v < n; v++) out[v] = adj.offsets[v + 1] - adj.offsets[v];
  return out;
}

function rowSums(adj: Adjacency, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let i = adj.offsets[v]; i < adj.offsets[v + 1]; i++) s += adj.weights[i];
    out[v] = s;
  }
  return out;
}

/**
 * Number of distinct neighbours (parallel ties were merged when the graph was built). In an
 * undirected graph every mode gives the plain degree.
 */
export function degrees(g: Graph, mode: DegreeMode = 'total'): Int32Array {
  if (!g.directed || mode === 'out') return rowLengths(g.outAdj, g.n);
  if (mode === 'in') return rowLengths(g.inAdj, g.n);
  const out = rowLengths(g.outAdj, g.n);
  const inc = rowLengths(g.inAdj, g.n);
  for (let v = 0; v < g.n; v++) out[v] += inc[v];
  return out;
}

/** Weighted degree ("strength"): the summed weights of a node's ties. */
export function strengths(g: Graph, mode: DegreeMode = 'total'): Float64Array {
  if (!g.directed || mode === 'out') return rowSums(g.outAdj, g.n);
  if (mode === 'in') return rowSums(g.inAdj, g.n);
  const out = rowSums(g.outAdj, g.n);
  const inc = rowSums(g.inAdj, g.n);
  for (let v = 0; v < g.n; v++) out[v] += inc[v];
  return out;
}

/**
 * Degree divided by n-1, as networkx `degree_centrality` / `in_degree_centrality` /
 * `out_degree_centrality`. With 'total' on a directed graph a node tied both ways to everyone
 * scores 2. A graph of one node scores 1, as networkx does.
 */
export function degreeCentrality(g: Graph, mode: DegreeMode = 'total'): Float64Array {
  const d = degrees(g, mode);
  const out = new Float64Array(g.n);
  if (g.n <= 1) return out.fill(1);
  const s = 1 / (g.n - 1);
  for (let v = 0; v < g.n; v++) out[v] = d[v] * s;
  return out;
}

export function degreeConvention(
  g: Graph,
  mode: DegreeMode,
  kind: 'degree' | 'strength' | 'centrality',
): MetricConvention {
  const directed = g.directed;
  const dirMode = directed ? mode : 'total';
  const which = {
    total: directed ? 'incoming plus outgoing ties' : 'ties',
    in: 'incoming ties',
    out: 'outgoing ties',
  }[dirMode];
  const prefix = dirMode === 'total' ? '' : dirMode;
  const nxPrefix = dirMode === 'total' ? '' : `${dirMode}_`;
  const metricName =
    prefix === ''
      ? kind === 'centrality'
        ? 'degreeCentrality'
        : kind
      : `${prefix}${kind === 'centrality' ? 'DegreeCentrality' : kind === 'strength' ? 'Strength' : 'Degree'}`;
  switch (kind) {
    case 'degree':
      return convention({
        metric: metricName,
        scope: 'node',
        directed,
        weighted: null,
        normalisation: 'none (a count)',
        reference: `networkx G.${nxPrefix}degree()`,
        description: `Number of distinct actors linked by ${which}; repeated ties between a pair count once.`,
      });
    case 'strength':
      return convention({
        metric: metricName,
        scope: 'node',
        directed,
        weighted: 'strength',
        normalisation: 'none (a sum of weights)',
        reference: `networkx G.${nxPrefix}degree(weight="weight")`,
        description: `Summed weight of ${which}.`,
      });
    case 'centrality':
      return convention({
        metric: metricName,
        scope: 'node',
        directed,
        weighted: null,
        normalisation: 'divided by n-1',
        reference: `networkx.${nxPrefix}degree_centrality`,
        description: `Number of ${which} as a share of the n-1 other actors${dirMode === 'total' && directed ? ' (can reach 2 when ties run both ways)' : ''}.`,
      });
  }
}
