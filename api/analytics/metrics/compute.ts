// One-call summaries for the API. Both functions return plain JSON-serialisable objects (no
// typed arrays, no NaN: undefined values become null) so they can run inside a worker thread
// and be posted back, cached or sent to a client as they are. Every value travels with the
// convention it was computed under.

import {
  assortativityConvention,
  attributeAssortativity,
  degreeAssortativity,
} from './assortativity';
import { betweennessCentrality, betweennessConvention } from './betweenness';
import { BROKERAGE_ROLES, brokerage, brokerageConvention } from './brokerage';
import {
  betweennessCentralisation,
  centralisationConvention,
  degreeCentralisation,
} from './centralisation';
import { closenessConvention, distanceCentralities } from './closeness';
import { clustering, clusteringConvention } from './clustering';
import { communitiesConvention, louvainCommunities } from './communities';
import {
  componentsConvention,
  connectedComponents,
  isolates,
  stronglyConnectedComponents,
} from './components';
import { cutStructure, cutStructureConvention } from './cut-structure';
import type { MetricConvention } from './conventions';
import { degreeCentrality, degreeConvention, degrees, strengths } from './degree';
import {
  density,
  densityConvention,
  nodeReciprocity,
  reciprocity,
  reciprocityConvention,
} from './density';
import { eiConvention, eiIndex, type GroupEI } from './ei-index';
import { eigenvectorCentrality, eigenvectorConvention } from './eigenvector';
import { fragilityConvention, removalImpacts } from './fragility';
import type { BuildStats, Graph } from './graph';
import { coreNumber, coreNumberConvention } from './kcore';
import { mixingConvention, mixingMatrix, type MixingMatrix } from './mixing';
import { pageRank, pageRankConvention } from './pagerank';
import { pathSummary, pathSummaryConvention } from './paths';
import { structuralHoles, structuralHolesConvention } from './structural-holes';
import type { PathWeighting } from './traversal';

export interface MetricOptions {
  /** How weights enter shortest paths (betweenness, closeness, paths). Default 'none'. */
  readonly pathWeighting?: PathWeighting;
  /** Weights as strengths (eigenvector, PageRank, constraint, E-I, communities). Default false. */
  readonly strengthWeighted?: boolean;
  /** Include the O(n·m) path metrics. Default true; turn off for a quick first answer. */
  readonly includePathMetrics?: boolean;
  /** Group by this node attribute instead of `group`. */
  readonly groupAttribute?: string;
  readonly communitySeed?: number;
  /** Betweenness already computed (e.g. summed over workers and normalised) to reuse. */
  readonly betweenness?: ArrayLike<number>;
}

export type Value = number | null;

export interface NodeMetricsResult {
  readonly nodeIds: string[];
  /** Columns keyed by convention metric name; values in `nodeIds` order. */
  readonly values: Record<string, Value[]>;
  readonly conventions: Record<string, MetricConvention>;
  /** Iterative metrics that did not converge; their columns hold nulls. */
  readonly notConverged: string[];
}

export interface NetworkMetricsResult {
  readonly directed: boolean;
  readonly nodes: number;
  readonly edges: number;
  readonly build: BuildStats;
  readonly values: Record<string, Value>;
  /** For every key of `values`, and for the group tables and structure lists below. */
  readonly conventions: Record<string, MetricConvention>;
  readonly groups: { readonly ei: readonly GroupEI[]; readonly mixing: MixingMatrix };
  readonly structure: {
    readonly isolates: string[];
    readonly articulationPoints: string[];
    readonly bridges: [string, string][];
  };
}

/** Plain array with NaN/±Infinity turned into null. */
export function toJsonValues(values: ArrayLike<number>): Value[] {
  return Array.from(values, (x) => (Number.isFinite(x) ? x : null));
}

function finite(x: number | null): Value {
  return x !== null && Number.isFinite(x) ? x : null;
}

export function computeNodeMetrics(g: Graph, options: MetricOptions = {}): NodeMetricsResult {
  const weighting = options.pathWeighting ?? 'none';
  const weighted = options.strengthWeighted ?? false;
  const attribute = options.groupAttribute;
  const values: Record<string, Value[]> = {};
  const conventions: Record<string, MetricConvention> = {};
  const notConverged: string[] = [];
  const put = (c: MetricConvention, v: ArrayLike<number>) => {
    values[c.metric] = toJsonValues(v);
    conventions[c.metric] = c;
  };

  const modes = g.directed ? (['total', 'in', 'out'] as const) : (['total'] as const);
  for (const mode of modes) {
    put(degreeConvention(g, mode, 'degree'), degrees(g, mode));
    put(degreeConvention(g, mode, 'centrality'), degreeCentrality(g, mode));
    put(degreeConvention(g, mode, 'strength'), strengths(g, mode));
  }
  if (options.includePathMetrics ?? true) {
    put(
      betweennessConvention(g, { weighting }),
      options.betweenness ?? betweennessCentrality(g, { weighting }),
    );
    const dist = distanceCentralities(g, weighting);
    put(closenessConvention(g, weighting, 'closeness'), dist.closeness);
    put(closenessConvention(g, weighting, 'harmonic'), dist.harmonic);
    put(closenessConvention(g, weighting, 'harmonicNormalised'), dist.harmonicNormalised);
  }
  // A power iteration that did not converge has no trustworthy value: report nulls and say so.
  for (const [c, r] of [
    [eigenvectorConvention(g, weighted), eigenvectorCentrality(g, { weighted })],
    [pageRankConvention(g, { weighted }), pageRank(g, { weighted })],
  ] as const) {
    put(c, r.converged ? r.values : new Float64Array(g.n).fill(NaN));
    if (!r.converged) notConverged.push(c.metric);
  }
  put(coreNumberConvention(g), coreNumber(g));
  const cl = clustering(g);
  put(clusteringConvention(g, 'triangles'), cl.triangles);
  put(clusteringConvention(g, 'clustering'), cl.local);
  const holes = structuralHoles(g, { weighted });
  put(structuralHolesConvention(g, 'constraint', { weighted }), holes.constraint);
  put(structuralHolesConvention(g, 'effectiveSize', { weighted }), holes.effectiveSize);
  const roles = brokerage(g, attribute);
  for (const role of BROKERAGE_ROLES) put(brokerageConvention(g, role), roles[role]);
  put(brokerageConvention(g, 'total'), roles.total);
  put(
    eiConvention(g, 'node', { weighted, attribute }),
    eiIndex(g, { weighted, attribute }).nodeIndex,
  );
  const recip = nodeReciprocity(g);
  if (recip !== null) put(reciprocityConvention(g, 'node'), recip);
  const impact = removalImpacts(g, attribute);
  put(fragilityConvention(g, 'componentsAfter'), impact.componentsAfter);
  put(fragilityConvention(g, 'lostPairs'), impact.lostPairs);
  put(fragilityConvention(g, 'lostCrossGroupPairs'), impact.lostCrossGroupPairs);
  const communities = louvainCommunities(g, { weighted, seed: options.communitySeed });
  put(communitiesConvention(g, { weighted, seed: options.communitySeed }), communities.labels);
  return { nodeIds: [...g.ids], values, conventions, notConverged };
}

export function computeNetworkMetrics(g: Graph, options: MetricOptions = {}): NetworkMetricsResult {
  const weighting = options.pathWeighting ?? 'none';
  const weighted = options.strengthWeighted ?? false;
  const attribute = options.groupAttribute;
  const values: Record<string, Value> = {};
  const conventions: Record<string, MetricConvention> = {};
  const put = (c: MetricConvention, v: number | null) => {
    values[c.metric] = finite(v);
    conventions[c.metric] = c;
  };

  put(densityConvention(g), density(g));
  if (g.directed) put(reciprocityConvention(g, 'network'), reciprocity(g));
  const comps = connectedComponents(g);
  put(componentsConvention(g, 'components'), comps.count);
  put(componentsConvention(g, 'largestComponent'), comps.sizes[0] ?? 0);
  if (g.directed) {
    put(componentsConvention(g, 'stronglyConnected'), stronglyConnectedComponents(g).count);
  }
  const cl = clustering(g);
  put(clusteringConvention(g, 'averageClustering'), cl.average);
  put(clusteringConvention(g, 'transitivity'), cl.transitivity);
  put(assortativityConvention(g, 'degree'), degreeAssortativity(g));
  put(assortativityConvention(g, 'attribute', attribute), attributeAssortativity(g, attribute));
  put(centralisationConvention(g, 'degree', 'total'), degreeCentralisation(g, 'total'));
  if (g.directed) {
    put(centralisationConvention(g, 'degree', 'in'), degreeCentralisation(g, 'in'));
    put(centralisationConvention(g, 'degree', 'out'), degreeCentralisation(g, 'out'));
  }
  if (options.includePathMetrics ?? true) {
    const b = options.betweenness ?? betweennessCentrality(g, { weighting });
    put(centralisationConvention(g, 'betweenness'), betweennessCentralisation(b));
    const paths = pathSummary(g, weighting);
    put(pathSummaryConvention(g, weighting, 'diameter'), paths.diameter);
    put(
      pathSummaryConvention(g, weighting, 'averageShortestPathLength'),
      paths.averageShortestPathLength,
    );
  }
  const ei = eiIndex(g, { weighted, attribute });
  put(eiConvention(g, 'network', { weighted, attribute }), ei.network.index);
  put(eiConvention(g, 'baseline', { weighted, attribute }), ei.network.baseline);
  const communities = louvainCommunities(g, { weighted, seed: options.communitySeed });
  const seeded = { weighted, seed: options.communitySeed };
  put(communitiesConvention(g, seeded, 'count'), communities.count);
  put(communitiesConvention(g, seeded, 'modularity'), communities.modularity);
  const cut = cutStructure(g);
  const name = (v: number) => g.ids[v];
  for (const c of [
    eiConvention(g, 'group', { weighted, attribute }),
    mixingConvention(g, 'counts'),
    mixingConvention(g, 'weights'),
    mixingConvention(g, 'density'),
    componentsConvention(g, 'isolates'),
    cutStructureConvention(g, 'articulationPoints'),
    cutStructureConvention(g, 'bridges'),
  ]) {
    conventions[c.metric] = c;
  }
  return {
    directed: g.directed,
    nodes: g.n,
    edges: g.m,
    build: g.stats,
    values,
    conventions,
    groups: { ei: ei.groups, mixing: mixingMatrix(g, attribute) },
    structure: {
      isolates: Array.from(isolates(g), name),
      articulationPoints: Array.from(cut.articulationPoints, name),
      bridges: cut.bridges.map(([a, b]) => [name(a), name(b)]),
    },
  };
}
