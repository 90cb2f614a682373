/** networkDiff → what the map and the change list show. Pure. */
import type { DiffQuery } from '../api/operations.generated';
import type { UnionNetwork } from './timeline';
import type { Moment } from './types';

export type ChangeKind = 'ADDED' | 'ENDED' | 'STRENGTHENED' | 'WEAKENED' | 'TYPE_CHANGED';

/**
 * DIFF_QUERY's answer. The schema types a change's kind as a String; the API only ever sends
 * these five (api/analytics diff), and the UI keys its classes and words by them.
 */
export type NetworkDiff = Omit<DiffQuery['networkDiff'], 'changes'> & { changes: PairChange[] };
export type PairChange = Omit<DiffQuery['networkDiff']['changes'][number], 'kind'> & {
  kind: ChangeKind;
};
export type DiffCounts = NetworkDiff['counts'];

export const DIFF_QUERY = `query Diff($councilId: ID!, $from: String, $fromWave: ID, $to: String, $toWave: ID, $level: NetworkLevel!, $filter: SnapshotFilterInput) {
  networkDiff(councilId: $councilId, from: $from, fromWave: $fromWave, to: $to, toWave: $toWave, level: $level, filter: $filter, pathMetrics: false) {
    from to
    counts { added ended strengthened weakened typeChanged joined left }
    changes { kind source target sourceLabel targetLabel typesBefore typesAfter strengthBefore strengthAfter countBefore countAfter }
    joined { id label kind }
    left { id label kind }
  }
}`;

export const CHANGE_CLASS: Record<ChangeKind, string> = {
  ADDED: 'diff-added',
  ENDED: 'diff-ended',
  STRENGTHENED: 'diff-strengthened',
  WEAKENED: 'diff-weakened',
  TYPE_CHANGED: 'diff-type-changed',
};

export const CHANGE_NAMES: Record<ChangeKind, string> = {
  ADDED: 'New tie',
  ENDED: 'Tie ended',
  STRENGTHENED: 'Strengthened',
  WEAKENED: 'Weakened',
  TYPE_CHANGED: 'Type changed',
};

/** Unordered pair key (networkDiff pairs are unordered). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Classes for the union's elements when comparing step `from` with step `to`: each edge takes
 * its pair's change; edges present only before are shown ended (red dashed) where the pair
 * ended or changed type, else hidden; unchanged edges are greyed; joined/left nodes ringed.
 */
export function diffClasses(
  diff: NetworkDiff,
  union: UnionNetwork,
  from: number,
  to: number,
): Map<string, string> {
  const byPair = new Map(diff.changes.map((c) => [pairKey(c.source, c.target), c.kind]));
  const out = new Map<string, string>();
  for (const e of union.edges) {
    const at = union.presence.get(e.id);
    const before = !!at?.has(from);
    const after = !!at?.has(to);
    if (!before && !after) continue;
    const kind = byPair.get(pairKey(e.source, e.target));
    if (after) out.set(e.id, kind ? CHANGE_CLASS[kind] : 'diff-same');
    else out.set(e.id, kind === 'ENDED' || kind === 'TYPE_CHANGED' ? 'diff-ended' : 'absent');
  }
  for (const n of diff.joined) out.set(n.id, 'diff-joined');
  for (const n of diff.left) out.set(n.id, 'diff-left');
  return out;
}

/** Counts of each change kind in the list (they must equal networkDiff's counts). */
export function tallyChanges(changes: PairChange[]): Record<ChangeKind, number> {
  const out: Record<ChangeKind, number> = {
    ADDED: 0,
    ENDED: 0,
    STRENGTHENED: 0,
    WEAKENED: 0,
    TYPE_CHANGED: 0,
  };
  for (const c of changes) out[c.kind] += 1;
  return out;
}

/** One line of plain words per change, e.g. "Strength 3 → 7 (advice, referral)". */
export function describeChange(c: PairChange, names: Record<string, string>): string {
  const types = (ids: string[]) => ids.map((t) => names[t] ?? t).join(', ') || 'none';
  switch (c.kind) {
    case 'ADDED':
      return `New: ${types(c.typesAfter)} (strength ${c.strengthAfter})`;
    case 'ENDED':
      return `Ended: ${types(c.typesBefore)} (was strength ${c.strengthBefore})`;
    case 'STRENGTHENED':
    case 'WEAKENED':
      return `Strength ${c.strengthBefore} → ${c.strengthAfter} (${types(c.typesAfter)})`;
    case 'TYPE_CHANGED':
      return `Type ${types(c.typesBefore)} → ${types(c.typesAfter)}`;
  }
}

/**
 * The moment Changes compares from: the one chosen (a wave, or a date — Today is today's
 * date), else the first wave; null when there is nothing to compare from yet (a council with
 * no waves and no date chosen), and then no query is sent.
 */
export function diffFrom(from: Moment, waves: { id: string }[]): Moment | null {
  if (from.wave || from.asOf) return from;
  return waves.length ? { wave: waves[0].id } : null;
}
