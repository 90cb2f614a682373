/** Plain records the generator emits and the loader writes, following the data model. */
export type ActorKind = 'PERSON' | 'TEAM' | 'ORGANISATION';

export interface SeedCouncil {
  id: string;
  name: string;
  region: string;
  description: string;
  story: 'blended-roles' | 'hospital-led' | 'early-stage' | 'stalled';
  neighbourhoods: { id: string; name: string }[];
}

export interface SeedOrganisation {
  id: string;
  name: string;
  typeId: string;
  sectorId: string;
  neighbourhoodIds: string[];
  validFrom: string;
}

export interface SeedTeam {
  id: string;
  name: string;
  typeId: string;
  organisationId: string;
  neighbourhoodId: string | null;
  validFrom: string;
}

export interface SeedPerson {
  id: string;
  pseudonym: string;
  displayName: string | null;
  roleTitle: string;
  level: 'FRONTLINE' | 'MANAGER' | 'SENIOR_LEADER';
  blendedRole: boolean;
  professionId: string;
  teamId: string;
  validFrom: string;
  validTo: string | null;
}

export interface SeedTie {
  id: string;
  typeId: string;
  directed: boolean;
  fromId: string;
  fromKind: ActorKind;
  toId: string;
  toKind: ActorKind;
  strength: number;
  frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'YEARLY' | 'RARELY';
  integrationLevel: number;
  trust: number | null;
  source: 'WAVE' | 'WORKSHOP' | 'ADMIN' | 'OBSERVED';
  confidence: number;
  waveId: string | null;
  validFrom: string;
  validTo: string | null;
  recordedAt: string;
}

export interface SeedWave {
  id: string;
  label: string;
  date: string;
  method: string;
  responseRate: number;
}

export interface SeedIntervention {
  id: string;
  date: string;
  label: string;
  kind: string;
  description: string;
}

export interface SeedNote {
  id: string;
  categoryId: string;
  text: string;
  date: string;
  authorRole: string;
  targetKind: 'TIE' | 'TEAM' | 'ORGANISATION' | 'PERSON' | 'INTERVENTION' | 'COUNCIL';
  targetId: string;
}

export interface SeedCouncilData {
  council: SeedCouncil;
  organisations: SeedOrganisation[];
  teams: SeedTeam[];
  people: SeedPerson[];
  ties: SeedTie[];
  waves: SeedWave[];
  interventions: SeedIntervention[];
  notes: SeedNote[];
}

export interface SeedDataset {
  seed: number;
  notice: string;
  councils: SeedCouncilData[];
}
