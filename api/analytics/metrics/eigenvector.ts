import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';

export interface PowerIterationOptions {
  /** Use tie weights as strengths. Default false. */
  readonly weighted?: boolean;
  /** Default 100, as networkx. */
  readonly maxIter?: number;
  /** Per-node tolerance; the L1 change must fall below n × tol. Default 1e-6, as networkx. */
  readonly tol?: number;
}

/**
 * Values are always returned; `converged: false` means networkx would have raised
 * PowerIterationFailedConvergence and the values should not be shown as final.
 */
export interface PowerIterationResult {
  readonly values: Float64Array;
  readonly converged: boolean;
  readonly iterations: number;
}

/**
 * networkx `eigenvector_centrality`: power iteration on (A + I)ᵀ from a uniform start, L2
 * normalised every step. Adding I avoids oscillation on bipartite graphs without changing the
 * eigenvector. For a directed graph a node's score comes from those pointing to it (left
 * eigenvector), as in networkx.
 */
export function eigenvectorCentrality(
  g: Graph,
  options: PowerIterationOptions = {},
): PowerIterationResult {
  const n = g.n;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-6;
  const { offsets, targets, weights } = g.inAdj;
  const weighted = options.weighted ?? false;
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  let next = new Float64Array(n);
  for (let iter = 1; iter <= maxIter && n > 0; iter++) {
    let sq = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v];
      for (let i = offsets[v], end = offsets[v + 1]; i < end; i++) {
        s += x[targets[i]] * (weighted ? weights[i] : 1);
      }
      next[v] = s;
      sq += s * s;
    }
    const norm = Math.sqrt(sq) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] /= norm;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, converged: true, iterations: iter };
  }
  return { values: x, converged: n === 0, iterations: n === 0 ? 0 : maxIter };
}

export function eigenvectorConvention(g: Graph, weighted: boolean): MetricConvention {
  return convention({
    metric: 'eigenvector',
    scope: 'node',
    directed: g.directed,
    weighted: weighted ? 'strength' : null,
    normalisation: 'vector scaled to Euclidean length 1',
    reference: `networkx.eigenvector_centrality(max_iter=100, tol=1e-6${weighted ? ', weight="weight"' : ''})`,
    description:
      'High when tied to actors who are themselves well tied.' +
      (g.directed ? ' Counts ties pointing to this actor.' : '') +
      ' In a disconnected network the largest-eigenvalue component dominates.',
  });
}
