/** Sorting and filtering for the accessible table views. Pure. */
import type { Cell } from './csv';

export interface Column<Row> {
  key: string;
  label: string;
  value: (row: Row) => Cell;
  numeric?: boolean;
}

export interface SortState {
  key: string;
  descending: boolean;
}

/** Rows whose cells (any column) contain the text, case-insensitive. */
export function filterRows<Row>(rows: Row[], columns: Column<Row>[], text: string): Row[] {
  const q = text.trim().toLowerCase();
  if (!q) return rows;
  return rows.filter((r) =>
    columns.some((c) =>
      String(c.value(r) ?? '')
        .toLowerCase()
        .includes(q),
    ),
  );
}

/** Stable sort by one column; empty cells last in either direction. */
export function sortRows<Row>(rows: Row[], columns: Column<Row>[], sort: SortState | null): Row[] {
  if (!sort) return rows;
  const col = columns.find((c) => c.key === sort.key);
  if (!col) return rows;
  const dir = sort.descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: col.value(row) }))
    .sort((a, b) => {
      const ae = a.v === null || a.v === undefined || a.v === '';
      const be = b.v === null || b.v === undefined || b.v === '';
      if (ae || be) return ae === be ? a.i - b.i : ae ? 1 : -1;
      const cmp =
        typeof a.v === 'number' && typeof b.v === 'number'
          ? a.v - b.v
          : String(a.v).localeCompare(String(b.v), undefined, { numeric: true });
      return cmp * dir || a.i - b.i;
    })
    .map((x) => x.row);
}

/** Clicking a header: sort by it ascending, then descending, then ascending again. */
export function nextSort(current: SortState | null, key: string): SortState {
  return current?.key === key
    ? { key, descending: !current.descending }
    : { key, descending: false };
}
