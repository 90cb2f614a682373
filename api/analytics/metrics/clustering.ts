import { convention, projectionPhrase, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { undirectedProjection } from './projection';

export interface ClusteringResult {
  /** Triangles each node belongs to. */
  readonly triangles: Int32Array;
  /** Local clustering 2T/(k(k-1)); 0 when k < 2 (networkx `clustering`). */
  readonly local: Float64Array;
  /** Mean of local clustering over all nodes, zeros included (networkx `average_clustering`). */
  readonly average: number;
  /** 3 × triangles / connected triples (networkx `transitivity`); 0 without triangles. */
  readonly transitivity: number;
  readonly totalTriangles: number;
}

/**
 * Triangle-based measures, always on the undirected projection (a tie either way counts), as
 * networkx `triangles` is defined for undirected graphs only. Each triangle is found once by
 * walking only "upwards" in node index from its lowest node, with a stamp array for
 * adjacency tests.
 */
export function clustering(g: Graph): ClusteringResult {
  const u = undirectedProjection(g);
  const n = u.n;
  const { offsets, targets } = u.outAdj;
  const triangles = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  let total = 0;
  for (let a = 0; a < n; a++) {
    for (let i = offsets[a]; i < offsets[a + 1]; i++) stamp[targets[i]] = a;
    for (let i = offsets[a]; i < offsets[a + 1]; i++) {
      const b = targets[i];
      if (b <= a) continue;
      for (let j = offsets[b]; j < offsets[b + 1]; j++) {
        const c = targets[j];
        if (c <= b || stamp[c] !== a) continue;
        triangles[a]++;
        triangles[b]++;
        triangles[c]++;
        total++;
      }
    }
  }
  const local = new Float64Array(n);
  let triples = 0;
  let sum = 0;
  for (let v = 0; v < n; v++) {
    const k = offsets[v + 1] - offsets[v];
    const pairs = k * (k - 1);
    triples += pairs;
    local[v] = pairs > 0 ? (2 * triangles[v]) / pairs : 0;
    sum += local[v];
  }
  return {
    triangles,
    local,
    average: n > 0 ? sum / n : 0,
    // triples counts ordered pairs of neighbours (2 per connected triple), hence 6 × triangles.
    transitivity: total > 0 ? (6 * total) / triples : 0,
    totalTriangles: total,
  };
}

export function clusteringConvention(
  g: Graph,
  kind: 'triangles' | 'clustering' | 'averageClustering' | 'transitivity',
): MetricConvention {
  const base = { directed: false, weighted: null };
  const note = projectionPhrase(g.directed);
  switch (kind) {
    case 'triangles':
      return convention({
        ...base,
        metric: kind,
        scope: 'node',
        normalisation: 'none (a count)',
        reference: 'networkx.triangles',
        description:
          'Number of triangles (three mutually tied actors) this actor is part of.' + note,
      });
    case 'clustering':
      return convention({
        ...base,
        metric: kind,
        scope: 'node',
        normalisation: 'ties among neighbours divided by k(k-1)/2; 0 when k < 2',
        reference: 'networkx.clustering (unweighted)',
        description: "Share of pairs of this actor's contacts who are tied to each other." + note,
      });
    case 'averageClustering':
      return convention({
        ...base,
        metric: kind,
        scope: 'network',
        normalisation: 'mean over all actors, including those with fewer than 2 ties (as 0)',
        reference: 'networkx.average_clustering(count_zeros=True)',
        description: 'Average of the local clustering of every actor.' + note,
      });
    case 'transitivity':
      return convention({
        ...base,
        metric: kind,
        scope: 'network',
        normalisation: '3 × triangles / connected triples',
        reference: 'networkx.transitivity',
        description: 'Share of two-step connections that are closed by a direct tie.' + note,
      });
  }
}
