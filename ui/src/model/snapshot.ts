/** Shapes of the analytics GraphQL results the UI reads. Pure types and query text. */
import type { Level } from './types';

export interface SnapshotNode {
  id: string;
  kind: string;
  label: string;
  teamId: string | null;
  teamTypeId: string | null;
  organisationId: string | null;
  organisationTypeId: string | null;
  sectorId: string | null;
  professionId: string | null;
  neighbourhoodId: string | null;
  blendedRole: boolean;
  size: number;
  internalTies: number;
}

export interface SnapshotEdge {
  id: string;
  source: string;
  target: string;
  typeId: string;
  directed: boolean;
  count: number;
  strength: number;
  integrationLevel: number;
  tieIds: string[];
}

export interface Snapshot {
  asOf: string;
  level: Level;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  excludedTies: number;
  convention: string;
}

export const SNAPSHOT_QUERY = `query Snapshot($councilId: ID!, $asOf: String, $wave: ID, $level: NetworkLevel!, $filter: SnapshotFilterInput) {
  networkSnapshot(councilId: $councilId, asOf: $asOf, wave: $wave, level: $level, filter: $filter) {
    asOf level excludedTies convention
    nodes { id kind label teamId teamTypeId organisationId organisationTypeId sectorId professionId neighbourhoodId blendedRole size internalTies }
    edges { id source target typeId directed count strength integrationLevel tieIds }
  }
}`;

export interface MetricConvention {
  metric: string;
  scope: string;
  directed: boolean;
  weighted: string | null;
  normalisation: string;
  reference: string;
  description: string;
}

export interface Analysis {
  asOf: string;
  metrics: string[];
  nodes: { nodeId: string; label: string; group: string | null; values: (number | null)[] }[];
  network: { metric: string; value: number | null }[];
  conventions: MetricConvention[];
  /** Node metrics with no value for any node, and why (e.g. no convergence). */
  undefinedMetrics: { metric: string; reason: string }[];
}

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
