import { MIN_GROUP_SIZE } from '../analytics/analysis/small-groups';
import { Snapshot, SnapshotEdge, SnapshotNode } from '../analytics/snapshot/snapshot-types';
import { Spell } from './history/timeline';
import { TieDetail } from './history/history-types';
import { ExportMeta } from './export-meta';

export type AttrType = 'string' | 'integer' | 'double' | 'boolean';
export type AttrValue = string | number | boolean | null;

/** One column / data key / GEXF attribute, declared once for every format. */
export interface AttrSpec {
  key: string;
  type: AttrType;
  description: string;
}

export const NODE_ATTRIBUTES: readonly AttrSpec[] = [
  { key: 'kind', type: 'string', description: 'PERSON, TEAM, ORGANISATION, PROFESSION or SECTOR' },
  { key: 'team_id', type: 'string', description: 'team at the moment (people and teams)' },
  { key: 'team_type_id', type: 'string', description: 'type of that team' },
  { key: 'organisation_id', type: 'string', description: 'organisation at the moment' },
  { key: 'organisation_type_id', type: 'string', description: 'type of that organisation' },
  { key: 'sector_id', type: 'string', description: "sector of the node's organisation" },
  { key: 'profession_id', type: 'string', description: 'profession (people)' },
  { key: 'neighbourhood_id', type: 'string', description: "neighbourhood of the node's team" },
  { key: 'blended_role', type: 'boolean', description: 'a person in a blended role' },
  { key: 'size', type: 'integer', description: 'actors the node stands for (1 for an actor)' },
  { key: 'internal_ties', type: 'integer', description: 'ties between actors inside the node' },
  {
    key: 'suppressed',
    type: 'boolean',
    description: `size and internal_ties withheld: a profession or sector of fewer than ${MIN_GROUP_SIZE} actors, read by a researcher`,
  },
];

export const EDGE_ATTRIBUTES: readonly AttrSpec[] = [
  { key: 'tie_type', type: 'string', description: 'tie type id (referral, joint-visit, ...)' },
  { key: 'directed', type: 'boolean', description: 'the tie runs source → target' },
  { key: 'tie_count', type: 'integer', description: 'ties the edge stands for' },
  { key: 'strength', type: 'double', description: 'summed strength of those ties (1–5 each)' },
  { key: 'integration_level', type: 'double', description: 'mean integration level (1–7)' },
  {
    key: 'trust',
    type: 'double',
    description: 'trust of the tie; above PEOPLE level the mean over the listed ties recording it',
  },
  { key: 'frequency', type: 'string', description: 'how often (PEOPLE level only)' },
  { key: 'tie_source', type: 'string', description: 'where the tie came from (PEOPLE level only)' },
  { key: 'confidence', type: 'double', description: 'confidence 0–1 (PEOPLE level only)' },
  { key: 'wave_id', type: 'string', description: 'wave the tie was recorded in (PEOPLE level)' },
  { key: 'valid_from', type: 'string', description: 'first day valid (PEOPLE level only)' },
  {
    key: 'valid_to',
    type: 'string',
    description: 'first day no longer valid, empty = still valid (PEOPLE level only)',
  },
];

export interface ExportNode {
  id: string;
  label: string;
  attrs: Record<string, AttrValue>;
  spells?: Spell[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  /** Summed strength: the edge weight Gephi and weighted readers use. */
  weight: number;
  attrs: Record<string, AttrValue>;
  spells?: Spell[];
}

export interface ExportGraph {
  meta: ExportMeta;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export function exportNode(node: SnapshotNode, suppress: boolean): ExportNode {
  // Profession and sector nodes are groups of actors (people, organisations): for researchers
  // a small group's size and inner ties are withheld. A team or organisation node is one actor.
  const group = node.kind === 'PROFESSION' || node.kind === 'SECTOR';
  const hidden = suppress && group && node.size < MIN_GROUP_SIZE;
  return {
    id: node.id,
    label: node.label,
    attrs: {
      kind: node.kind,
      team_id: node.teamId,
      team_type_id: node.teamTypeId,
      organisation_id: node.organisationId,
      organisation_type_id: node.organisationTypeId,
      sector_id: node.sectorId,
      profession_id: node.professionId,
      neighbourhood_id: node.neighbourhoodId,
      blended_role: node.blendedRole,
      size: hidden ? null : node.size,
      internal_ties: hidden ? null : node.internalTies,
      suppressed: hidden,
    },
  };
}

function meanTrust(edge: SnapshotEdge, details: Map<string, TieDetail>): number | null {
  const known = edge.tieIds
    .map((id) => details.get(id)?.trust)
    .filter((t): t is number => typeof t === 'number');
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}

export function exportEdge(edge: SnapshotEdge, details: Map<string, TieDetail>): ExportEdge {
  // At PEOPLE level an edge is one tie and keeps the tie's own fields.
  const tie = edge.count === 1 && edge.tieIds.length === 1 ? details.get(edge.tieIds[0]) : null;
  const own = tie && tie.id === edge.id ? tie : null;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    directed: edge.directed,
    weight: edge.strength,
    attrs: {
      tie_type: edge.typeId,
      directed: edge.directed,
      tie_count: edge.count,
      strength: edge.strength,
      integration_level: edge.integrationLevel,
      trust: meanTrust(edge, details),
      frequency: own?.frequency ?? null,
      tie_source: own?.source ?? null,
      confidence: own?.confidence ?? null,
      wave_id: own?.waveId ?? null,
      valid_from: own?.validFrom ?? null,
      valid_to: own?.validTo ?? null,
    },
  };
}

/** The moment's network in the export model, every tie detail attached. */
export function exportGraph(
  meta: ExportMeta,
  snapshot: Snapshot,
  details: Map<string, TieDetail>,
  suppress: boolean,
): ExportGraph {
  return {
    meta,
    nodes: snapshot.nodes.map((n) => exportNode(n, suppress)),
    edges: snapshot.edges.map((e) => exportEdge(e, details)),
  };
}
