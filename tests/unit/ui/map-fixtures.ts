import type { Snapshot, SnapshotEdge, SnapshotNode } from '../../../ui/src/model/snapshot';

export function node(id: string, extra: Partial<SnapshotNode> = {}): SnapshotNode {
  return {
    id,
    kind: 'PERSON',
    label: id.toUpperCase(),
    teamId: null,
    teamTypeId: null,
    organisationId: null,
    organisationTypeId: null,
    sectorId: null,
    professionId: null,
    neighbourhoodId: null,
    blendedRole: false,
    size: 1,
    internalTies: 0,
    ...extra,
  };
}

export function edge(
  id: string,
  source: string,
  target: string,
  extra: Partial<SnapshotEdge> = {},
): SnapshotEdge {
  return {
    id,
    source,
    target,
    typeId: 'direct-contact',
    directed: false,
    count: 1,
    strength: 3,
    integrationLevel: 4,
    tieIds: [id],
    ...extra,
  };
}

export function snapshot(
  nodes: SnapshotNode[],
  edges: SnapshotEdge[],
  asOf = '2024-01-01',
): Snapshot {
  return { asOf, level: 'PEOPLE', nodes, edges, excludedTies: 0, convention: '' };
}
