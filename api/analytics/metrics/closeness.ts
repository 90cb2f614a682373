// Closeness and harmonic centrality share one shortest-path search per node, so they are
// computed together. Both follow networkx: for a directed graph they use distances *to* the
// node (networkx searches the reversed graph), i.e. how easily others reach this actor.

import { convention, pathWeightPhrase, pathWeightUse, type MetricConvention } from './conventions';
import type { Graph } from './graph';
import { edgeLengths, SearchSpace, type PathWeighting } from './traversal';

export interface DistanceCentralities {
  /** networkx `closeness_centrality(wf_improved=True)`. */
  readonly closeness: Float64Array;
  /** networkx `harmonic_centrality`: sum of 1/d over the other actors. */
  readonly harmonic: Float64Array;
  /** harmonic / (n-1), in [0, 1]. */
  readonly harmonicNormalised: Float64Array;
}

export function distanceCentralities(
  g: Graph,
  weighting: PathWeighting = 'none',
): DistanceCentralities {
  const n = g.n;
  const adj = g.inAdj;
  const lengths = edgeLengths(adj, weighting);
  const space = new SearchSpace(n);
  const closeness = new Float64Array(n);
  const harmonic = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    space.run(adj, lengths, u);
    let total = 0;
    let inverse = 0;
    for (let j = 1; j < space.reached; j++) {
      const d = space.dist[space.order[j]];
      total += d;
      inverse += 1 / d;
    }
    harmonic[u] = inverse;
    // Wasserman-Faust: (r/total) scaled by r/(n-1), r = actors that reach u. In a disconnected
    // graph this stops a small, tight component from outscoring the main one.
    const r = space.reached - 1;
    closeness[u] = total > 0 && n > 1 ? (r / total) * (r / (n - 1)) : 0;
  }
  const scale = n > 1 ? 1 / (n - 1) : 0;
  return { closeness, harmonic, harmonicNormalised: harmonic.map((x) => x * scale) };
}

export function closenessCentrality(g: Graph, weighting: PathWeighting = 'none'): Float64Array {
  return distanceCentralities(g, weighting).closeness;
}

export function harmonicCentrality(
  g: Graph,
  weighting: PathWeighting = 'none',
  normalised = false,
): Float64Array {
  const r = distanceCentralities(g, weighting);
  return normalised ? r.harmonicNormalised : r.harmonic;
}

export function closenessConvention(
  g: Graph,
  weighting: PathWeighting,
  kind: 'closeness' | 'harmonic' | 'harmonicNormalised',
): MetricConvention {
  const towards = g.directed ? ' Uses distances from others to this actor (incoming paths).' : '';
  const base = {
    scope: 'node' as const,
    directed: g.directed,
    weighted: pathWeightUse(weighting),
  };
  switch (kind) {
    case 'closeness':
      return convention({
        ...base,
        metric: 'closeness',
        normalisation:
          '(r/total distance) × r/(n-1), r = actors that can reach it (Wasserman-Faust)',
        reference: 'networkx.closeness_centrality(wf_improved=True)',
        description:
          `How near this actor is to the others it is connected to, scaled down by the share of the network it can reach (${pathWeightPhrase(weighting)}).` +
          towards,
      });
    case 'harmonic':
      return convention({
        ...base,
        metric: 'harmonic',
        normalisation: 'none (sum of 1/distance; unreachable actors add 0)',
        reference: 'networkx.harmonic_centrality',
        description:
          `Sum of 1/distance to every other actor, so unreachable actors simply add nothing (${pathWeightPhrase(weighting)}).` +
          towards,
      });
    case 'harmonicNormalised':
      return convention({
        ...base,
        metric: 'harmonicNormalised',
        normalisation: 'sum of 1/distance divided by n-1',
        reference: 'networkx.harmonic_centrality divided by n-1',
        description:
          `Average of 1/distance over the n-1 other actors${weighting === 'none' ? ': 1 when tied directly to everyone' : ''} (${pathWeightPhrase(weighting)}).` +
          towards,
      });
  }
}
