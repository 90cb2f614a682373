import { periodsOverlap } from '../neo4j/validity';
/**
 * Pure rules about ties, shared by the single and the batch paths (and mirrored by
 * SAME_TIE_AT_PAIR in tie.cypher.ts for ties already stored).
 */
import type { TieInput } from './dto/tie.input';
import type { TieRow } from './tie.types';

export interface TieIdentity {
  fromId: string;
  fromKind: string;
  toId: string;
  toKind: string;
  typeId: string;
  directed: boolean;
  validFrom: string;
  validTo: string | null;
}

/** Only the identity fields, e.g. to send a compact candidate list to the database. */
export function identityOf(t: TieIdentity): TieIdentity {
  const { fromId, fromKind, toId, toKind, typeId, directed, validFrom, validTo } = t;
  return { fromId, fromKind, toId, toKind, typeId, directed, validFrom, validTo };
}

export function isSelfTie(t: Pick<TieIdentity, 'fromId' | 'fromKind' | 'toId' | 'toKind'>) {
  return t.fromId === t.toId && t.fromKind === t.toKind;
}

/**
 * Two ties are "the same tie" when they have the same type and join the same pair while
 * both are valid. A → B and B → A of a directed type are different ties (both directions
 * of a referral route exist); when either is undirected, orientation does not matter.
 */
export function sameTie(a: TieIdentity, b: TieIdentity): boolean {
  if (a.typeId !== b.typeId || !periodsOverlap(a, b)) return false;
  const forward =
    a.fromKind === b.fromKind &&
    a.fromId === b.fromId &&
    a.toKind === b.toKind &&
    a.toId === b.toId;
  const reverse =
    a.fromKind === b.toKind &&
    a.fromId === b.toId &&
    a.toKind === b.fromKind &&
    a.toId === b.fromId;
  return forward || (reverse && (!a.directed || !b.directed));
}

/** Type plus the unordered pair: identical ties always share this key. */
export function pairKey(t: TieIdentity): string {
  const ends = [`${t.fromKind}:${t.fromId}`, `${t.toKind}:${t.toId}`].sort();
  return `${t.typeId}|${ends[0]}|${ends[1]}`;
}

/** For each item identical to an earlier item of the same list: its index → the earlier index. */
export function duplicatesWithin(items: TieIdentity[]): Map<number, number> {
  const groups = new Map<string, number[]>();
  const duplicates = new Map<number, number>();
  items.forEach((item, index) => {
    const key = pairKey(item);
    const earlier = groups.get(key);
    if (!earlier) {
      groups.set(key, [index]);
      return;
    }
    const match = earlier.find((i) => sameTie(items[i], item));
    if (match !== undefined) duplicates.set(index, match);
    earlier.push(index);
  });
  return duplicates;
}

/** The stored row for a validated input: server-set recordedAt, direction from the type. */
export function newTieRow(
  input: TieInput,
  id: string,
  defaultDirected: boolean,
  recordedAt: string,
): TieRow {
  return {
    id,
    fromId: input.fromId,
    fromKind: input.fromKind,
    toId: input.toId,
    toKind: input.toKind,
    typeId: input.typeId,
    directed: input.directed ?? defaultDirected,
    strength: input.strength,
    frequency: input.frequency,
    integrationLevel: input.integrationLevel,
    trust: input.trust ?? null,
    source: input.source,
    confidence: input.confidence,
    waveId: input.waveId ?? null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
    note: input.note ?? null,
    recordedAt,
  };
}
