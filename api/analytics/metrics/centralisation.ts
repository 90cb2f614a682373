import { convention, type MetricConvention } from './conventions';
import { degrees } from './degree';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export type CentralisationMode = 'in' | 'out' | 'total';

/**
 * Freeman (1979) degree centralisation: Σ(max − dᵢ) divided by its largest possible value, so a
 * star scores 1 and a network where everyone has the same degree scores 0. 'total' (and any
 * mode on an undirected graph) uses the undirected projection, whose maximum is (n-1)(n-2);
 * 'in'/'out' on a directed graph use in/out-degree, maximum (n-1)². As R igraph
 * `centr_degree(loops = FALSE, normalized = TRUE)`. 0 when n < 3 (undefined).
 */
export function degreeCentralisation(g: Graph, mode: CentralisationMode = 'total'): number {
  const n = g.n;
  const directional = g.directed && mode !== 'total';
  const d = directional ? degrees(g, mode) : degrees(undirectedProjection(g));
  const max = directional ? (n - 1) * (n - 1) : (n - 1) * (n - 2);
  if (n < 3 || max === 0) return 0;
  return freemanSum(d) / max;
}

/**
 * Freeman betweenness centralisation from normalised betweenness (networkx convention, each
 * value in [0, 1]): Σ(max − bᵢ) / (n − 1), which is 1 for a star.
 */
export function betweennessCentralisation(normalisedBetweenness: ArrayLike<number>): number {
  const n = normalisedBetweenness.length;
  if (n < 3) return 0;
  return freemanSum(normalisedBetweenness) / (n - 1);
}

function freemanSum(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += max - values[i];
  return sum;
}

export function centralisationConvention(
  g: Graph,
  kind: 'degree' | 'betweenness',
  mode: CentralisationMode = 'total',
): MetricConvention {
  if (kind === 'betweenness') {
    return convention({
      metric: 'betweennessCentralisation',
      scope: 'network',
      directed: g.directed,
      weighted: null,
      normalisation: 'Σ(max − b) / (n − 1) on normalised betweenness',
      reference: 'Freeman 1979, on networkx-normalised betweenness',
      description:
        'How far the network depends on a single broker: 1 for a star, 0 when all are equal.',
    });
  }
  const directional = g.directed && mode !== 'total';
  return convention({
    metric: directional ? `${mode}DegreeCentralisation` : 'degreeCentralisation',
    scope: 'network',
    directed: directional,
    weighted: null,
    normalisation: directional ? 'Σ(max − d) / (n − 1)²' : 'Σ(max − d) / ((n − 1)(n − 2))',
    reference: `Freeman 1979; as R igraph centr_degree(mode = "${directional ? mode : 'all'}", loops = FALSE) on ${directional ? 'the directed graph' : 'the undirected projection'}`,
    description:
      'How much ties concentrate on one actor: 1 for a star, 0 when everyone has the same number of ties.' +
      (g.directed && !directional ? ' Direction is ignored: a tie either way counts.' : ''),
  });
}
