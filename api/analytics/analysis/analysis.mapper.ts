import { NetworkAnalysisModel } from '../models/metrics.model';
import { Snapshot } from '../snapshot/snapshot-types';
import { AnalyseResult } from '../worker/tasks';
import { AnalysisOptions } from './analysis.service';
import { toGraphInput } from './graph-input';
import { suppressGroupEI, suppressMatrix } from './small-groups';

/**
 * Shapes a worker result for GraphQL: columns into rows, conventions into a list. For
 * researchers, groups under 5 actors are withheld (see small-groups.ts).
 */
export function toAnalysisModel(
  snapshot: Snapshot,
  options: AnalysisOptions,
  result: AnalyseResult,
  researcher: boolean,
): NetworkAnalysisModel {
  const mixing = {
    groups: [...result.network.groups.mixing.groups],
    sizes: [...result.network.groups.mixing.sizes],
    counts: result.network.groups.mixing.counts.map((r) => [...r]),
    weights: result.network.groups.mixing.weights.map((r) => [...r]),
    density: result.network.groups.mixing.density.map((r) => [...r]),
    suppressed: result.network.groups.mixing.groups.map(() => false),
    suppressionRule: null,
  };
  const groupEI = result.network.groups.ei.map((g) => ({ ...g, suppressed: false }));
  const labels = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
  const metrics = Object.keys(result.node.values);
  const groupOf = new Map(
    toGraphInput(snapshot, options.grouping, options.focusGroups).nodes.map((n) => [
      n.id,
      n.group ?? null,
    ]),
  );
  const conventions = { ...result.network.conventions, ...result.node.conventions };
  return {
    councilId: snapshot.councilId,
    asOf: snapshot.asOf,
    level: snapshot.level,
    grouping: options.grouping,
    focusGroups: options.focusGroups,
    directed: options.directed,
    nodeCount: result.network.nodes,
    edgeCount: result.network.edges,
    network: Object.entries(result.network.values).map(([metric, value]) => ({ metric, value })),
    metrics,
    nodes: result.node.nodeIds.map((nodeId, i) => ({
      nodeId,
      label: labels.get(nodeId) ?? nodeId,
      group: groupOf.get(nodeId) ?? null,
      values: metrics.map((m) => result.node.values[m][i]),
    })),
    undefinedMetrics: result.node.notConverged.map((metric) => ({
      metric,
      reason: notConvergedReason(metric),
    })),
    groupEI: researcher ? suppressGroupEI(groupEI) : groupEI,
    mixing: researcher ? suppressMatrix(mixing) : mixing,
    isolates: result.network.structure.isolates,
    articulationPoints: result.network.structure.articulationPoints,
    bridges: result.network.structure.bridges.map(([a, b]) => ({ a, b })),
    conventions: Object.values(conventions).map((c) => ({ ...c, weighted: c.weighted ?? null })),
  };
}

/**
 * Why a power-iteration metric has no value: networkx raises PowerIterationFailedConvergence
 * in the same case, so a number would be one the reference refuses to give.
 */
function notConvergedReason(metric: string): string {
  return (
    `${metric} is undefined for this network: its power iteration did not settle within 100 ` +
    'iterations (tolerance 1e-6 per node, as networkx, which refuses to give a value here). ' +
    'This happens when the network falls into parts that do not reach each other or is ' +
    'nearly two-sided (bipartite); no value is shown rather than one that is not final.'
  );
}
