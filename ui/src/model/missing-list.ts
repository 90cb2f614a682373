/**
 * missingConnections result → a filtered, ranked list and blueprint progress per neighbourhood.
 * Pure: no React, no DOM. (Map highlighting of an item is model/missing.ts, UI engineer A's.)
 */
import type { MissingItem, MissingKind } from './types';

export const MISSING_KINDS: readonly MissingKind[] = ['BLUEPRINT_GAP', 'SUGGESTION', 'FRAGILITY'];

export const KIND_LABELS: Record<MissingKind, string> = {
  BLUEPRINT_GAP: 'Blueprint gap',
  SUGGESTION: 'Suggested tie',
  FRAGILITY: 'Fragile point',
};

export const KIND_HELP: Record<MissingKind, string> = {
  BLUEPRINT_GAP: 'A tie the blueprint expects between two teams is not there.',
  SUGGESTION: 'Two actors in different groups who are not tied but share contacts.',
  FRAGILITY: 'If this actor left, others would lose every path between them.',
};

/** GraphQL BlueprintProgressModel row. */
export interface BlueprintProgress {
  expectationId: string;
  description: string;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  expected: number;
  met: number;
}

/** Items of the chosen kinds, by rank (ties by kind then labels, so the order is stable). */
export function filterMissing(
  items: readonly MissingItem[],
  kinds: ReadonlySet<MissingKind>,
): MissingItem[] {
  return items
    .filter((i) => kinds.has(i.kind))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        MISSING_KINDS.indexOf(a.kind) - MISSING_KINDS.indexOf(b.kind) ||
        a.fromLabel.localeCompare(b.fromLabel),
    );
}

export function kindCounts(items: readonly MissingItem[]): Record<MissingKind, number> {
  const out: Record<MissingKind, number> = { BLUEPRINT_GAP: 0, SUGGESTION: 0, FRAGILITY: 0 };
  for (const i of items) out[i.kind] += 1;
  return out;
}

/** "A ↔ B", or just "A" for a fragile point. */
export function pairText(item: MissingItem): string {
  return item.toLabel ? `${item.fromLabel} ↔ ${item.toLabel}` : item.fromLabel;
}

/** Stable DOM-safe key of an item. */
export function itemKey(item: MissingItem): string {
  return `${item.kind}-${item.rank}`;
}

/** Toggle one kind in the filter; the filter never becomes empty (the last kind stays on). */
export function toggleKind(kinds: ReadonlySet<MissingKind>, kind: MissingKind): Set<MissingKind> {
  const next = new Set(kinds);
  if (next.has(kind)) {
    if (next.size > 1) next.delete(kind);
  } else next.add(kind);
  return next;
}

export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

export function isListKey(key: string): key is ListKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);
}

/** Index to move to from `current` (-1: none yet) in a list of `length` items. */
export function nextIndex(current: number, length: number, key: ListKey, page = 10): number {
  if (length === 0) return -1;
  const last = length - 1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(last, current + 1);
    case 'ArrowUp':
      return current < 0 ? 0 : Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, Math.max(0, current) + page);
    case 'PageUp':
      return Math.max(0, current - page);
  }
}

export interface ProgressCell {
  expected: number;
  met: number;
  /** met / expected in [0, 1]; 1 when nothing is expected. */
  ratio: number;
  status: 'met' | 'partial' | 'none';
}

export interface ProgressTable {
  /** Columns: neighbourhoods by name, then council-wide (id null) last. */
  neighbourhoods: { id: string | null; name: string; met: number; expected: number }[];
  /** Rows: one per expectation, in first-seen order; a cell per neighbourhood (null: n/a). */
  rows: {
    expectationId: string;
    description: string;
    cells: (ProgressCell | null)[];
    met: number;
    expected: number;
  }[];
}

function cell(expected: number, met: number): ProgressCell {
  const ratio = expected > 0 ? Math.min(1, met / expected) : 1;
  return { expected, met, ratio, status: ratio >= 1 ? 'met' : met > 0 ? 'partial' : 'none' };
}

type Hood = ProgressTable['neighbourhoods'][number];
type Row = ProgressTable['rows'][number] & { byHood: Map<string, ProgressCell> };

/**
 * Blueprint progress as expectations × neighbourhoods. Totals count met pairs only up to what
 * is expected, so over-delivery in one place does not hide a gap in another.
 */
export function progressTable(progress: readonly BlueprintProgress[]): ProgressTable {
  const hoods = new Map<string, Hood>();
  const rows = new Map<string, Row>();
  for (const p of progress) {
    const hk = p.neighbourhoodId ?? '';
    const hood = hoods.get(hk) ?? {
      id: p.neighbourhoodId,
      name: p.neighbourhoodName ?? 'Whole council',
      met: 0,
      expected: 0,
    };
    hoods.set(hk, hood);
    const row = rows.get(p.expectationId) ?? {
      expectationId: p.expectationId,
      description: p.description,
      cells: [],
      met: 0,
      expected: 0,
      byHood: new Map<string, ProgressCell>(),
    };
    rows.set(p.expectationId, row);
    const before = row.byHood.get(hk);
    row.byHood.set(hk, cell((before?.expected ?? 0) + p.expected, (before?.met ?? 0) + p.met));
    const counted = Math.min(p.met, p.expected);
    hood.met += counted;
    hood.expected += p.expected;
    row.met += counted;
    row.expected += p.expected;
  }
  const order = [...hoods.entries()].sort(
    ([, a], [, b]) => Number(a.id === null) - Number(b.id === null) || a.name.localeCompare(b.name),
  );
  return {
    neighbourhoods: order.map(([, h]) => h),
    rows: [...rows.values()].map(({ byHood, ...r }) => ({
      ...r,
      cells: order.map(([k]) => byHood.get(k) ?? null),
    })),
  };
}

/** "met/expected", met capped at expected. */
export function progressText(met: number, expected: number): string {
  return `${Math.min(met, expected)}/${expected}`;
}

/** Neighbourhoods named by the items, for an optional filter. */
export function neighbourhoodsOf(items: readonly MissingItem[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const i of items) {
    if (i.neighbourhoodId) seen.set(i.neighbourhoodId, i.neighbourhoodName ?? i.neighbourhoodId);
  }
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
