import {
  betweennessContribution,
  buildGraph,
  computeNetworkMetrics,
  computeNodeMetrics,
  type GraphInput,
  type NetworkMetricsResult,
  type NodeMetricsResult,
  predictLinks,
} from '../metrics';

/**
 * The jobs a metrics worker runs. Pure functions of plain JSON, so they run the same in a
 * worker thread or inline (unit tests), and their results can be cached as they are.
 */
export interface GraphJob {
  graph: GraphInput;
  directed: boolean;
}

export interface AnalyseJob extends GraphJob {
  includePathMetrics: boolean;
  strengthWeighted: boolean;
  /** Precomputed (parallel) normalised betweenness, in node order. */
  betweenness?: number[];
}

export interface AnalyseResult {
  node: NodeMetricsResult;
  network: NetworkMetricsResult;
}

export interface BetweennessPartJob extends GraphJob {
  sources: number[];
}

export interface LinksJob extends GraphJob {
  k: number;
  crossGroupOnly: boolean;
}

export interface LinkResult {
  source: string;
  target: string;
  commonNeighbours: number;
  jaccard: number;
  adamicAdar: number;
}

export const TASKS = {
  analyse(job: AnalyseJob): AnalyseResult {
    const g = buildGraph(job.graph, { directed: job.directed });
    const options = {
      includePathMetrics: job.includePathMetrics,
      strengthWeighted: job.strengthWeighted,
      communitySeed: 42,
      betweenness: job.betweenness,
    };
    return { node: computeNodeMetrics(g, options), network: computeNetworkMetrics(g, options) };
  },
  /** Raw (unnormalised) betweenness sums over a share of the sources. */
  betweennessPart(job: BetweennessPartJob): number[] {
    const g = buildGraph(job.graph, { directed: job.directed });
    return Array.from(betweennessContribution(g, Int32Array.from(job.sources)).node);
  },
  links(job: LinksJob): LinkResult[] {
    const g = buildGraph(job.graph, { directed: job.directed });
    return predictLinks(g, { k: job.k, crossGroupOnly: job.crossGroupOnly }).map((s) => ({
      source: g.ids[s.source],
      target: g.ids[s.target],
      commonNeighbours: s.commonNeighbours,
      jaccard: s.jaccard,
      adamicAdar: s.adamicAdar,
    }));
  },
};

export type TaskName = keyof typeof TASKS;
export type TaskPayload<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskResult<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;
