import { RawTie } from '../../analytics/snapshot/raw-network';

/** A link valid for a period (membership, profession, team in organisation): the far end's id. */
export interface PeriodLink {
  id: string;
  validFrom: string;
  validTo: string | null;
}

interface Valid {
  validFrom: string;
  validTo: string | null;
}

export interface HistoryPerson extends Valid {
  id: string;
  label: string;
  level: string;
  blendedRole: boolean;
  teams: PeriodLink[];
  professions: PeriodLink[];
}

export interface HistoryTeam extends Valid {
  id: string;
  name: string;
  typeId: string;
  neighbourhoodId: string | null;
  organisations: PeriodLink[];
}

export interface HistoryOrganisation extends Valid {
  id: string;
  name: string;
  typeId: string;
  sectorId: string;
}

/** The fields of a tie beyond what the analytics snapshot uses. */
export interface TieDetail {
  id: string;
  trust: number | null;
  frequency: string | null;
  source: string | null;
  confidence: number | null;
  waveId: string | null;
  validFrom: string;
  validTo: string | null;
}

export type HistoryTie = RawTie & TieDetail;

/** Everything a council ever held, each record with its validity period. */
export interface HistoryNetwork {
  councilId: string;
  people: HistoryPerson[];
  teams: HistoryTeam[];
  organisations: HistoryOrganisation[];
  ties: HistoryTie[];
}
