import { LabelName } from '../../graph/labels';
import { LockRequest } from '../neo4j/locks';
import { Tie } from './models/tie.model';
import { ACTOR_LABEL, ActorKind, TieFrequency, TieSource } from './models/tie.enums';
import type { TieIdentity } from './tie-rules';

/** The shapes the tie repository reads and writes, and the row helpers of its batch write. */

/** Everything stored on a new Tie node, except councilId and version. */
export interface TieRow extends TieIdentity {
  id: string;
  fromKind: ActorKind;
  toKind: ActorKind;
  strength: number;
  frequency: TieFrequency;
  integrationLevel: number;
  trust: number | null;
  source: TieSource;
  confidence: number;
  waveId: string | null;
  note: string | null;
  recordedAt: string;
}

export interface TieFilters {
  typeId: string | null;
  actorId: string | null;
  fromKind: ActorKind | null;
  toKind: ActorKind | null;
  minStrength: number | null;
  sectorId: string | null;
  source: TieSource | null;
}

/** Attributes a tie edit may change; null clears an optional one. */
export type TieChanges = Partial<
  Omit<TieRow, 'id' | 'fromId' | 'fromKind' | 'toId' | 'toKind' | 'recordedAt'>
>;

export interface ChangeRecord {
  versionId: string;
  at: string;
  actor: string;
  reason: string | null;
}

/** A row to create, with its place in the request and what to check for it. */
export interface CandidateTie {
  row: TieRow;
  index: number;
  /** Its endpoint fields are well-formed, so its ends can be looked up. */
  endpoints: boolean;
  /** It passed every other check, so it is worth comparing with stored ties. */
  identity: boolean;
}

export interface CreateOutcome {
  /** False when the council does not exist (nothing else was checked). */
  councilFound: boolean;
  /** 0 unless every row passed and the write was asked for. */
  created: number;
  missing: {
    index: number;
    field: 'fromId' | 'toId' | 'waveId';
    kind: ActorKind | 'WAVE';
    id: string;
  }[];
  /** Rows identical to a stored tie: index → that tie's id. */
  conflicts: Map<number, string>;
  /** With `readBack`, the first row's tie as written, read in the same transaction. */
  first: Tie | null;
}

export type UpdateOutcome =
  | 'updated'
  | 'missing'
  | 'wave-missing'
  | { invalid: 'validFrom' | 'validTo'; current: TieIdentity }
  | { conflict: string };

/** The endpoints of the rows, per label, for findRecords. */
export function endpointIds(
  rows: Pick<TieRow, 'fromKind' | 'fromId' | 'toKind' | 'toId'>[],
): LockRequest {
  const request: Partial<Record<LabelName, string[]>> = {};
  for (const row of rows) {
    for (const [kind, id] of [
      [row.fromKind, row.fromId],
      [row.toKind, row.toId],
    ] as const) {
      (request[ACTOR_LABEL[kind]] ??= []).push(id);
    }
  }
  return request;
}

/** Rows grouped by (fromKind, toKind), so each UNWIND matches its ends by label. */
export function groupByKinds(rows: TieRow[]): TieRow[][] {
  const groups = new Map<string, TieRow[]>();
  for (const row of rows) {
    const key = `${row.fromKind}|${row.toKind}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}
