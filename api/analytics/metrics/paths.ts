import { convention, pathWeightPhrase, pathWeightUse, type MetricConvention } from './conventions';
import { connectedComponents, stronglyConnectedComponents } from './components';
import type { Graph } from './graph';
import { edgeLengths, SearchSpace, type PathWeighting } from './traversal';

export interface PathSummary {
  /** Nodes in the component the summary is over. */
  readonly componentSize: number;
  /** Share of all nodes in that component. */
  readonly componentShare: number;
  /** Longest shortest path inside it (0 for a single node). */
  readonly diameter: number;
  /** Mean over ordered pairs of distinct nodes inside it (0 for a single node). */
  readonly averageShortestPathLength: number;
}

/**
 * Diameter and average shortest path length are infinite on a disconnected network, so (as
 * users of networkx do by hand) they are reported for the largest component: connected for an
 * undirected graph, strongly connected for a directed one. Equal sizes: the component holding
 * the earliest node in input order. O(size × m): run it in a worker for large graphs.
 */
export function pathSummary(g: Graph, weighting: PathWeighting = 'none'): PathSummary {
  if (g.n === 0) {
    return { componentSize: 0, componentShare: 0, diameter: 0, averageShortestPathLength: 0 };
  }
  const comps = g.directed ? stronglyConnectedComponents(g) : connectedComponents(g);
  const size = comps.sizes[0];
  const allowed = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) if (comps.labels[v] === 0) allowed[v] = 1;
  const lengths = edgeLengths(g.outAdj, weighting);
  const space = new SearchSpace(g.n);
  let diameter = 0;
  let total = 0;
  for (let s = 0; s < g.n; s++) {
    if (allowed[s] === 0) continue;
    space.run(g.outAdj, lengths, s, allowed);
    for (let j = 1; j < space.reached; j++) {
      const d = space.dist[space.order[j]];
      total += d;
      if (d > diameter) diameter = d;
    }
  }
  return {
    componentSize: size,
    componentShare: size / g.n,
    diameter,
    averageShortestPathLength: size > 1 ? total / (size * (size - 1)) : 0,
  };
}

export function pathSummaryConvention(
  g: Graph,
  weighting: PathWeighting,
  kind: 'diameter' | 'averageShortestPathLength',
): MetricConvention {
  const component = g.directed
    ? 'largest strongly connected component'
    : 'largest connected component';
  return convention({
    metric: kind,
    scope: 'network',
    directed: g.directed,
    weighted: pathWeightUse(weighting),
    normalisation:
      kind === 'diameter'
        ? `maximum over pairs in the ${component}`
        : `mean over ordered pairs in the ${component}`,
    reference: `networkx.${kind === 'diameter' ? 'diameter' : 'average_shortest_path_length'} on the ${component}`,
    description:
      (kind === 'diameter'
        ? 'Longest of the shortest routes between two actors'
        : 'Average number of steps between two actors') +
      ` in the ${component} (${pathWeightPhrase(weighting)}).`,
  });
}
