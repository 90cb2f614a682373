/**
 * compareCouncils result → a table with one column per council, aligned by wave label, and
 * normalised group matrices on one shared group order. Pure: no React, no DOM.
 */
import { alignMatrix, isSuppressed, type GroupMatrix } from './heatmap';
import {
  findConvention,
  formatStat,
  statValue,
  type MetricConvention,
  type MetricValue,
  type StatDefinition,
} from './comparison-metrics';

export const WAVE_LABELS = ['Baseline', 'Pilot', 'Go-live', 'Review'] as const;

/** GraphQL GroupEIModel; for a researcher a group under 5 actors has every number null. */
export interface GroupEI {
  group: string;
  size: number | null;
  external: number | null;
  internal: number | null;
  index: number | null;
  /** Withheld from this reader (too small to publish); absent means not. */
  suppressed?: boolean | null;
}

/** One council's row of compareCouncils. */
export interface ComparisonRow {
  councilId: string;
  councilName: string;
  asOf: string | null;
  waveLabel: string | null;
  nodeCount: number;
  edgeCount: number;
  network: MetricValue[];
  mixing: GroupMatrix;
  groupEI: GroupEI[];
}

export interface ComparisonResult {
  groups: string[];
  rows: ComparisonRow[];
  conventions: MetricConvention[];
}

export interface ComparisonColumn {
  councilId: string;
  councilName: string;
  asOf: string | null;
  waveLabel: string | null;
  /** False when the council has no data at that wave. */
  present: boolean;
}

export interface ComparisonTableRow {
  key: string;
  label: string;
  convention: MetricConvention | null;
  values: (number | null)[];
  texts: string[];
}

export interface ComparisonTable {
  columns: ComparisonColumn[];
  rows: ComparisonTableRow[];
}

/**
 * Columns in the order the councils were picked (a council absent from the result still gets a
 * column, marked not present); rows: actors, ties, then each statistic.
 */
export function comparisonTable(
  result: ComparisonResult,
  stats: readonly StatDefinition[],
  picked: readonly { id: string; name: string }[] = [],
): ComparisonTable {
  const byId = new Map(result.rows.map((r) => [r.councilId, r]));
  const order = picked.length
    ? picked.map((p) => ({ id: p.id, name: p.name }))
    : result.rows.map((r) => ({ id: r.councilId, name: r.councilName }));
  for (const r of result.rows) {
    if (!order.some((o) => o.id === r.councilId))
      order.push({ id: r.councilId, name: r.councilName });
  }
  const rowsInOrder = order.map((o) => byId.get(o.id) ?? null);
  const columns = order.map((o, i): ComparisonColumn => {
    const r = rowsInOrder[i];
    return {
      councilId: o.id,
      councilName: r?.councilName ?? o.name,
      asOf: r?.asOf ?? null,
      waveLabel: r?.waveLabel ?? null,
      present: r !== null && r.asOf !== null,
    };
  });
  const make = (
    key: string,
    label: string,
    get: (r: ComparisonRow) => number | null,
    convention: MetricConvention | null,
  ): ComparisonTableRow => {
    const values = rowsInOrder.map((r) => (r && r.asOf !== null ? get(r) : null));
    return { key, label, convention, values, texts: values.map(formatStat) };
  };
  return {
    columns,
    rows: [
      make('nodeCount', 'Actors', (r) => r.nodeCount, null),
      make('edgeCount', 'Ties (pairs)', (r) => r.edgeCount, null),
      ...stats.map((s) =>
        make(
          s.metric,
          s.label,
          (r) => statValue(r.network, s.metric),
          findConvention(result.conventions, s.conventionKey ?? s.metric),
        ),
      ),
    ],
  };
}

export interface GroupEIRow {
  group: string;
  values: (number | null)[];
  sizes: (number | null)[];
  /** Per column: the group is withheld in that council for this reader. */
  suppressed: boolean[];
}

/** E-I index per group (rows) and council (columns), on the result's group order. */
export function groupEITable(
  result: ComparisonResult,
  columns: readonly ComparisonColumn[],
): GroupEIRow[] {
  const byId = new Map(result.rows.map((r) => [r.councilId, r]));
  const groups = result.groups.length
    ? result.groups
    : [...new Set(result.rows.flatMap((r) => r.groupEI.map((g) => g.group)))].sort();
  return groups.map((group) => {
    const hits = columns.map((c) => byId.get(c.councilId)?.groupEI.find((g) => g.group === group));
    return {
      group,
      values: hits.map((h) => h?.index ?? null),
      sizes: hits.map((h) => h?.size ?? null),
      suppressed: hits.map((h) => h?.suppressed === true),
    };
  });
}

/**
 * Every council's matrix on one group order (the result's `groups`, else the union), so the same
 * cell means the same pair of groups in every council.
 */
export function alignedMatrices(result: ComparisonResult): {
  groups: string[];
  matrices: Map<string, GroupMatrix>;
} {
  const groups = result.groups.length
    ? [...result.groups]
    : [...new Set(result.rows.flatMap((r) => r.mixing.groups))].sort();
  const matrices = new Map<string, GroupMatrix>();
  for (const r of result.rows) matrices.set(r.councilId, alignMatrix(r.mixing, groups));
  return { groups, matrices };
}

/** Keeps only groups that have members in at least one council (shorter matrices). */
export function groupsWithMembers(
  groups: readonly string[],
  matrices: Iterable<GroupMatrix>,
): string[] {
  const all = [...matrices];
  // A withheld group has members (at least one), so it stays, marked withheld.
  return groups.filter((_, i) => all.some((m) => (m.sizes[i] ?? 0) > 0 || isSuppressed(m, i)));
}

/** Toggle a council in the picked list, keeping the order of `all`. */
export function toggleCouncil(
  picked: readonly string[],
  id: string,
  all: readonly string[],
): string[] {
  const set = new Set(picked);
  if (set.has(id)) set.delete(id);
  else set.add(id);
  const known = all.filter((c) => set.has(c));
  return [...known, ...[...set].filter((c) => !all.includes(c))];
}

export interface PairDensityRow {
  a: string;
  b: string;
  /** Block density per column (council); null where undefined or the council is absent. */
  values: (number | null)[];
  /** Per column: withheld in that council because a group in the pair is too small. */
  suppressed: boolean[];
}

/**
 * Block density of every group pair (inside a group when a = b) per council, long format, for
 * the table beside the small-multiple matrices. Pairs with no tie in any council are left out.
 */
export function pairDensityRows(
  groups: readonly string[],
  matrices: ReadonlyMap<string, GroupMatrix>,
  columns: readonly ComparisonColumn[],
): PairDensityRow[] {
  const rows: PairDensityRow[] = [];
  groups.forEach((a, i) => {
    for (let j = i; j < groups.length; j++) {
      const ms = columns.map((c) => matrices.get(c.councilId));
      const hidden = ms.map((m) => !!m && (isSuppressed(m, i) || isSuppressed(m, j)));
      if (!ms.some((m, k) => hidden[k] || (m?.counts?.[i]?.[j] ?? 0) > 0)) continue;
      rows.push({
        a,
        b: groups[j],
        values: ms.map((m) => m?.density?.[i]?.[j] ?? null),
        suppressed: hidden,
      });
    }
  });
  return rows;
}
