import { convention, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import type { PowerIterationOptions, PowerIterationResult } from './eigenvector';

export interface PageRankOptions extends PowerIterationOptions {
  /** Damping factor. Default 0.85. */
  readonly alpha?: number;
}

/**
 * networkx `pagerank` with uniform teleport and uniform redistribution of the rank held by
 * dangling nodes (no outgoing ties). An undirected tie is followed both ways. With `weighted`,
 * a walker leaves along a tie with probability proportional to its weight; networkx weighs by
 * default, here the caller chooses and the convention says which.
 */
export function pageRank(g: Graph, options: PageRankOptions = {}): PowerIterationResult {
  const n = g.n;
  const alpha = options.alpha ?? 0.85;
  const maxIter = options.maxIter ?? 100;
  const tol = options.tol ?? 1e-6;
  const weighted = options.weighted ?? false;
  const { offsets, targets, weights } = g.outAdj;
  if (n === 0) return { values: new Float64Array(0), converged: true, iterations: 0 };

  // Out-strength (or out-degree) per node; 0 marks a dangling node.
  const outTotal = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let i = offsets[u]; i < offsets[u + 1]; i++) s += weighted ? weights[i] : 1;
    outTotal[u] = s;
  }
  const uniform = 1 / n;
  let x = new Float64Array(n).fill(uniform);
  let next = new Float64Array(n);
  for (let iter = 1; iter <= maxIter; iter++) {
    let danglingMass = 0;
    next.fill(0);
    for (let u = 0; u < n; u++) {
      if (outTotal[u] === 0) {
        danglingMass += x[u];
        continue;
      }
      const share = x[u] / outTotal[u];
      for (let i = offsets[u], end = offsets[u + 1]; i < end; i++) {
        next[targets[i]] += share * (weighted ? weights[i] : 1);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = alpha * (next[v] + danglingMass * uniform) + (1 - alpha) * uniform;
      change += Math.abs(next[v] - x[v]);
    }
    [x, next] = [next, x];
    if (change < n * tol) return { values: x, converged: true, iterations: iter };
  }
  return { values: x, converged: false, iterations: maxIter };
}

export function pageRankConvention(g: Graph, options: PageRankOptions = {}): MetricConvention {
  const weighted = options.weighted ?? false;
  const alpha = options.alpha ?? 0.85;
  return convention({
    metric: 'pagerank',
    scope: 'node',
    directed: g.directed,
    weighted: weighted ? 'strength' : null,
    normalisation: 'scores sum to 1',
    reference: `networkx.pagerank(alpha=${alpha}, weight=${weighted ? '"weight"' : 'None'})`,
    description:
      `Share of time a random walker spends at this actor, following ties${weighted ? ' in proportion to their weight' : ''} and jumping anywhere with probability ${Math.round((1 - alpha) * 100) / 100}.` +
      (g.directed ? ' Ties are followed in their direction.' : ''),
  });
}
