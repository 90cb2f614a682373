/** Shapes of the analytics GraphQL results the UI reads. Pure types and query text. */
import type { AnalysisQuery, SnapshotQuery } from '../api/operations.generated';

/** What the map reads of a snapshot: the generated type of SNAPSHOT_QUERY's answer. */
export type Snapshot = SnapshotQuery['networkSnapshot'];
export type SnapshotNode = Snapshot['nodes'][number];
export type SnapshotEdge = Snapshot['edges'][number];

export const SNAPSHOT_QUERY = `query Snapshot($councilId: ID!, $asOf: String, $wave: ID, $level: NetworkLevel!, $filter: SnapshotFilterInput) {
  networkSnapshot(councilId: $councilId, asOf: $asOf, wave: $wave, level: $level, filter: $filter) {
    asOf level excludedTies convention
    nodes { id kind label teamId teamTypeId organisationId organisationTypeId sectorId professionId neighbourhoodId blendedRole size internalTies }
    edges { id source target typeId directed count strength integrationLevel tieIds }
  }
}`;

/** A network analysis (ANALYSIS_QUERY's answer); undefinedMetrics say why a metric has no value. */
export type Analysis = AnalysisQuery['networkAnalysis'];
export type MetricConvention = Analysis['conventions'][number];

export const ANALYSIS_QUERY = `query Analysis($councilId: ID!, $asOf: String, $wave: ID, $level: NetworkLevel!, $filter: SnapshotFilterInput, $pathMetrics: Boolean!) {
  networkAnalysis(councilId: $councilId, asOf: $asOf, wave: $wave, level: $level, filter: $filter, pathMetrics: $pathMetrics) {
    asOf metrics
    nodes { nodeId label group values }
    network { metric value }
    undefinedMetrics { metric reason }
    conventions { metric scope directed weighted normalisation reference description }
  }
}`;

/** Node id → metric → value, from an analysis. */
export function metricTable(analysis: Analysis): Map<string, Record<string, number | null>> {
  const out = new Map<string, Record<string, number | null>>();
  for (const row of analysis.nodes) {
    const values: Record<string, number | null> = {};
    analysis.metrics.forEach((m, i) => (values[m] = row.values[i] ?? null));
    out.set(row.nodeId, values);
  }
  return out;
}

/** Undirected degree (distinct neighbours) per node, computed from the snapshot itself. */
export function localDegree(snapshot: Pick<Snapshot, 'nodes' | 'edges'>): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const n of snapshot.nodes) neighbours.set(n.id, new Set());
  for (const e of snapshot.edges) {
    if (e.source === e.target) continue;
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
  }
  return new Map([...neighbours].map(([id, s]) => [id, s.size]));
}
