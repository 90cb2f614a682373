/** The council's actors and ties valid at one moment, as read from Neo4j. */
export type ActorKind = 'PERSON' | 'TEAM' | 'ORGANISATION';

export interface RawPerson {
  id: string;
  label: string;
  level: string;
  blendedRole: boolean;
  teamId: string | null;
  professionId: string | null;
}

export interface RawTeam {
  id: string;
  name: string;
  typeId: string;
  neighbourhoodId: string | null;
  organisationId: string | null;
}

export interface RawOrganisation {
  id: string;
  name: string;
  typeId: string;
  sectorId: string;
}

export interface RawTie {
  id: string;
  typeId: string;
  directed: boolean;
  strength: number;
  integrationLevel: number;
  fromId: string;
  fromKind: ActorKind;
  toId: string;
  toKind: ActorKind;
  validFrom: string;
  validTo: string | null;
}

export interface RawNetwork {
  councilId: string;
  asOf: string;
  people: RawPerson[];
  teams: RawTeam[];
  organisations: RawOrganisation[];
  ties: RawTie[];
}
