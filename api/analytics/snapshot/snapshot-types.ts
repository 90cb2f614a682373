/** A council's network at one moment, projected to one level: what the map and metrics use. */
export type NetworkLevel = 'PEOPLE' | 'TEAMS' | 'ORGANISATIONS' | 'PROFESSIONS' | 'SECTORS';
export type NodeKind = 'PERSON' | 'TEAM' | 'ORGANISATION' | 'PROFESSION' | 'SECTOR';
export type Grouping =
  | 'TEAM_TYPE'
  | 'PROFESSION'
  | 'SECTOR'
  | 'ORGANISATION'
  | 'ORGANISATION_TYPE'
  | 'NEIGHBOURHOOD'
  | 'TEAM';

export interface SnapshotFilter {
  tieTypeIds?: string[] | null;
  sectorIds?: string[] | null;
  professionIds?: string[] | null;
  neighbourhoodIds?: string[] | null;
  minStrength?: number | null;
}

export interface SnapshotNode {
  id: string;
  kind: NodeKind;
  label: string;
  teamId: string | null;
  teamTypeId: string | null;
  organisationId: string | null;
  organisationTypeId: string | null;
  sectorId: string | null;
  professionId: string | null;
  neighbourhoodId: string | null;
  blendedRole: boolean;
  /** How many actors this node stands for (1 at its own level; members when aggregated). */
  size: number;
  /** Ties between actors that this node aggregates (e.g. within one team at TEAMS level). */
  internalTies: number;
}

export interface SnapshotEdge {
  /** The tie id at the actors' own level; `source|target|type` when aggregated. */
  id: string;
  source: string;
  target: string;
  typeId: string;
  directed: boolean;
  /** How many ties this edge stands for. */
  count: number;
  /** Summed strength (1–5 per tie) of those ties. */
  strength: number;
  /** Mean integration level (1–7) of those ties. */
  integrationLevel: number;
  /** The underlying tie ids (at most 50 listed). */
  tieIds: string[];
}

export interface Snapshot {
  councilId: string;
  asOf: string;
  level: NetworkLevel;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  /** Ties left out because an end has no node at this level (e.g. a team tie at PROFESSIONS). */
  excludedTies: number;
}
