import { ID_MESSAGE, ID_PATTERN } from '../common/ids';
import { isIsoDate } from '../common/temporal';
import type { Cell, FileEvent } from './file-reader';
import { bump, ImportCode, ImportProblem, SheetCounts } from './import-report';
import { ImportMapping } from './mapping';
import {
  ColumnSpec,
  columnFor,
  normaliseName,
  LISTS_SHEET,
  README_SHEET,
  SheetName,
  sheetFor,
  SheetSpec,
} from './sheets';

/** A vocabulary as the parser needs it: its ids, and names (lower case) → id. */
export interface Terms {
  ids: string[];
  byKey: Map<string, string>;
}

/** Shared vocabularies by label, plus the council's neighbourhoods. */
export interface Lookups {
  vocabularies: Map<string, Terms>;
  neighbourhoods: Terms;
}

export type Value = string | number | boolean | string[] | null;

/** One data row, its cells converted to their column's type (blank → null). */
export interface ParsedRow {
  row: number;
  id: string;
  values: Record<string, Value>;
  /** Columns whose cell could not be converted (their API rules are not checked again). */
  bad: Set<string>;
}

export interface ParsedFile {
  rows: Map<SheetName, ParsedRow[]>;
  /** Columns present per sheet (a column absent from the file is not compared on re-import). */
  present: Map<SheetName, Set<string>>;
  blank: SheetCounts;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export function terms(items: { id: string; name?: string | null }[]): Terms {
  const byKey = new Map<string, string>();
  for (const t of items) {
    if (t.name) byKey.set(t.name.trim().toLowerCase(), t.id);
  }
  // Ids win over names when they coincide.
  for (const t of items) byKey.set(t.id.toLowerCase(), t.id);
  return { ids: items.map((t) => t.id), byKey };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, an Excel serial number or YYYY-MM-DD text → YYYY-MM-DD, else undefined. */
function toDate(cell: Cell): string | undefined {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number' && Number.isFinite(cell) && cell >= 1 && cell < 2958466) {
    return new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = String(cell).trim();
  return isIsoDate(text) ? text : undefined;
}

function listText(values: readonly string[], limit = 40): string {
  const shown = values.slice(0, limit).join(', ');
  return values.length > limit ? `${shown}, ... (${values.length} in all)` : shown;
}

type Converted =
  { value: Value } | { code: ImportCode; message: string; rejected?: string; allowed?: string[] };

/** Converts one non-blank cell to its column's type. */
function convert(
  column: ColumnSpec,
  cell: Cell,
  lookups: Lookups,
  mapping: ImportMapping,
): Converted {
  const valueMap = mapping.values.get(normaliseName(column.name));
  const mapped = (text: string) => valueMap?.get(text.trim().toLowerCase()) ?? text.trim();
  switch (column.type) {
    case 'date': {
      const date = toDate(cell);
      return date
        ? { value: date }
        : {
            code: ImportCode.InvalidDate,
            message: `${column.name} must be a real date (YYYY-MM-DD or a date cell), not "${String(cell instanceof Date ? 'an invalid date' : cell)}"`,
          };
    }
    case 'int':
    case 'number': {
      const n = typeof cell === 'number' ? cell : Number(String(cell).trim());
      if (typeof cell === 'boolean' || cell instanceof Date || !Number.isFinite(n))
        return { code: ImportCode.InvalidNumber, message: `${column.name} must be a number` };
      if (column.type === 'int' && !Number.isInteger(n))
        return { code: ImportCode.InvalidNumber, message: `${column.name} must be a whole number` };
      if (
        (column.min !== undefined && n < column.min) ||
        (column.max !== undefined && n > column.max)
      )
        return {
          code: ImportCode.OutOfRange,
          message: `${column.name} must be from ${column.min} to ${column.max}, not ${n}`,
        };
      return { value: n };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { value: cell };
      const text = String(cell).trim().toLowerCase();
      if (['true', 'yes', 'y', '1'].includes(text)) return { value: true };
      if (['false', 'no', 'n', '0'].includes(text)) return { value: false };
      return { code: ImportCode.InvalidBoolean, message: `${column.name} must be TRUE or FALSE` };
    }
    case 'enum': {
      const text = mapped(String(cell));
      const found = column.values?.find(
        (v) =>
          normaliseName(v) === normaliseName(text) ||
          v === text.toUpperCase().replace(/[\s-]+/g, '_'),
      );
      return found
        ? { value: found }
        : {
            code: ImportCode.UnknownValue,
            message: `${column.name} "${text}" is not allowed; use one of: ${listText(column.values ?? [])}`,
            rejected: text,
            allowed: [...(column.values ?? [])],
          };
    }
    case 'vocab':
    case 'neighbourhood': {
      const vocabulary =
        column.type === 'vocab'
          ? (lookups.vocabularies.get(column.vocabulary ?? '') ?? {
              ids: [],
              byKey: new Map<string, string>(),
            })
          : lookups.neighbourhoods;
      const parts = column.list
        ? String(cell)
            .split(';')
            .map((p) => p.trim())
            .filter(Boolean)
        : [String(cell)];
      const ids: string[] = [];
      for (const part of parts) {
        const text = mapped(part);
        const id = vocabulary.byKey.get(text.toLowerCase());
        if (!id)
          return {
            code: ImportCode.UnknownValue,
            message: `${column.name} "${text}" is not a known ${column.type === 'vocab' ? column.vocabulary : 'neighbourhood of this council'}; use one of: ${listText(vocabulary.ids)}`,
            rejected: text,
            allowed: [...vocabulary.ids],
          };
        ids.push(id);
      }
      return { value: column.list ? ids : ids[0] };
    }
    case 'id':
    case 'ref': {
      const text = String(cell instanceof Date ? toDate(cell) : cell).trim();
      return ID_PATTERN.test(text)
        ? { value: text }
        : { code: ImportCode.Invalid, message: `${column.name} ${ID_MESSAGE}` };
    }
    case 'text':
      return { value: cell instanceof Date ? (toDate(cell) ?? '') : String(cell) };
  }
}

const isBlank = (cell: Cell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Which column each position of the header row fills, with warnings for unknown headers. */
function headerMap(
  sheet: SheetSpec,
  headers: string[],
  mapping: ImportMapping,
  warnings: ImportProblem[],
  ignored: Set<string>,
): (ColumnSpec | null)[] {
  const renames = new Map([
    ...(mapping.columns.get('*') ?? new Map<string, string>()),
    ...(mapping.columns.get(sheet.name) ?? new Map<string, string>()),
  ]);
  const taken = new Set<string>();
  return headers.map((header) => {
    if (header === '') return null;
    const renamed = renames.get(normaliseName(header));
    const column = columnFor(sheet, renamed ?? header);
    if (!column || taken.has(column.name)) {
      warnings.push({
        sheet: sheet.name,
        row: 1,
        column: header,
        code: ImportCode.UnknownColumn,
        message: column
          ? `column "${header}" repeats ${column.name}; ignored`
          : `column "${header}" is not one of ${sheet.name}'s columns (${sheet.columns.map((c) => c.name).join(', ')}); ignored`,
        value: header,
        allowed: sheet.columns.map((c) => c.name),
      });
      return null;
    }
    if (ignored.has(column.name)) {
      warnings.push({
        sheet: sheet.name,
        row: 1,
        column: column.name,
        code: ImportCode.Ignored,
        message: `${column.name} is only read for callers who may see names in this council; ignored`,
      });
      return null;
    }
    taken.add(column.name);
    return column;
  });
}

/**
 * Turns the file's events into typed rows per sheet, one row at a time (the raw cells are
 * dropped as soon as the row is converted). Reports every cell problem; blank rows are
 * skipped and counted.
 */
export async function parseFile(
  events: AsyncIterable<FileEvent>,
  lookups: Lookups,
  mapping: ImportMapping,
  hiddenColumns: Partial<Record<SheetName, Set<string>>>,
): Promise<ParsedFile> {
  const parsed: ParsedFile = {
    rows: new Map(),
    present: new Map(),
    blank: {},
    errors: [],
    warnings: [],
  };
  let sheet: SheetSpec | undefined;
  let columns: (ColumnSpec | null)[] = [];
  let seen = new Map<string, number>();
  for await (const event of events) {
    if (event.kind === 'sheet') {
      sheet = sheetFor(event.name);
      if (!sheet) {
        if (
          ![README_SHEET, LISTS_SHEET].some((n) => normaliseName(n) === normaliseName(event.name))
        )
          parsed.warnings.push({
            sheet: 'file',
            row: null,
            column: null,
            code: ImportCode.UnknownSheet,
            message: `sheet "${event.name}" is not one of the template's sheets; ignored`,
          });
        continue;
      }
      if (parsed.rows.has(sheet.name)) {
        parsed.errors.push({
          sheet: sheet.name,
          row: null,
          column: null,
          code: ImportCode.DuplicateId,
          message: `the file has the ${sheet.name} sheet twice ("${event.name}")`,
        });
        sheet = undefined;
        continue;
      }
      columns = headerMap(
        sheet,
        event.headers,
        mapping,
        parsed.warnings,
        hiddenColumns[sheet.name] ?? new Set(),
      );
      const present = new Set(columns.flatMap((c) => (c ? [c.name] : [])));
      parsed.rows.set(sheet.name, []);
      parsed.present.set(sheet.name, present);
      seen = new Map();
      for (const column of sheet.columns) {
        if (column.required && !present.has(column.name))
          parsed.errors.push({
            sheet: sheet.name,
            row: 1,
            column: column.name,
            code: ImportCode.Required,
            message: `the ${sheet.name} sheet has no ${column.name} column`,
          });
      }
      continue;
    }
    if (!sheet) continue;
    const cells = event.cells;
    if (cells.every(isBlank)) {
      bump(parsed.blank, sheet.name);
      continue;
    }
    const values: Record<string, Value> = {};
    const bad = new Set<string>();
    columns.forEach((column, index) => {
      if (!column) return;
      const cell = cells[index] ?? null;
      if (isBlank(cell)) {
        values[column.name] = null;
        return;
      }
      const converted = convert(column, cell, lookups, mapping);
      if ('value' in converted) values[column.name] = converted.value;
      else {
        values[column.name] = null;
        bad.add(column.name);
        const { rejected, allowed, ...problem } = converted;
        parsed.errors.push({
          sheet: sheet!.name,
          row: event.row,
          column: column.name,
          ...problem,
          ...(rejected !== undefined ? { value: rejected } : {}),
          ...(allowed ? { allowed } : {}),
        });
      }
    });
    for (const column of sheet.columns) {
      if (
        column.required &&
        !bad.has(column.name) &&
        values[column.name] == null &&
        columns.includes(column)
      ) {
        bad.add(column.name);
        parsed.errors.push({
          sheet: sheet.name,
          row: event.row,
          column: column.name,
          code: ImportCode.Required,
          message: `${column.name} is required`,
        });
      }
    }
    const id = typeof values.id === 'string' ? values.id : '';
    if (id) {
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        parsed.errors.push({
          sheet: sheet.name,
          row: event.row,
          column: 'id',
          code: ImportCode.DuplicateId,
          message: `id "${id}" is already used on row ${earlier} of ${sheet.name}`,
        });
        continue;
      }
      seen.set(id, event.row);
    }
    parsed.rows.get(sheet.name)!.push({ row: event.row, id, values, bad });
  }
  return parsed;
}
