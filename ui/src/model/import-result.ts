/**
 * The import endpoint's answer (POST /api/councils/{id}/import) and what the wizard derives
 * from it: the error list as CSV, the mapping JSON it sends back, which columns hold
 * vocabulary values and which values are unknown. Pure, so it is unit tested.
 */
import { toCsv } from './csv';

export interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  code: string;
  message: string;
  /** The cell's text, for a problem about a value (UNKNOWN_VALUE) or a header (UNKNOWN_COLUMN). */
  value?: string;
  /** What the server would have accepted there: vocabulary ids, list values or column names. */
  allowed?: string[];
}

export interface ImportResult {
  ok: boolean;
  dryRun: boolean;
  created: Record<string, number>;
  updated: Record<string, number>;
  unchanged: Record<string, number>;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** What the user chose: column renames per sheet, and vocabulary ids for unknown values. */
export interface ImportMapping {
  columns: Record<string, Record<string, string>>;
  values: Record<string, Record<string, string>>;
}

export const EMPTY_MAPPING: ImportMapping = { columns: {}, values: {} };

/** A warning may be a plain string (older answers) or an issue; both become issues. */
export function asIssue(w: unknown): ImportIssue {
  if (typeof w === 'string') return { sheet: '', row: null, column: null, code: '', message: w };
  const o = (w ?? {}) as Partial<ImportIssue>;
  return {
    sheet: String(o.sheet ?? ''),
    row: typeof o.row === 'number' ? o.row : null,
    column: o.column ? String(o.column) : null,
    code: String(o.code ?? ''),
    message: String(o.message ?? ''),
    ...(typeof o.value === 'string' ? { value: o.value } : {}),
    ...(Array.isArray(o.allowed) ? { allowed: o.allowed.map(String) } : {}),
  };
}

/** The answer, with every list present and every warning an issue. */
export function normaliseResult(raw: unknown): ImportResult {
  const o = (raw ?? {}) as Partial<Record<keyof ImportResult, unknown>>;
  const counts = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, number>) : {});
  return {
    ok: o.ok === true,
    dryRun: o.dryRun !== false,
    created: counts(o.created),
    updated: counts(o.updated),
    unchanged: counts(o.unchanged),
    errors: Array.isArray(o.errors) ? o.errors.map(asIssue) : [],
    warnings: Array.isArray(o.warnings) ? o.warnings.map(asIssue) : [],
  };
}

export function issuesCsv(issues: ImportIssue[]): string {
  return toCsv(
    ['sheet', 'row', 'column', 'code', 'message'],
    issues.map((e) => [e.sheet, e.row, e.column, e.code, e.message]),
  );
}

/** Sheets named in any count, in the template's order first. */
export const SHEET_ORDER = [
  'organisations',
  'teams',
  'people',
  'memberships',
  'ties',
  'waves',
  'interventions',
  'notes',
];

export function sheetsOf(result: ImportResult): string[] {
  const names = new Set([
    ...Object.keys(result.created),
    ...Object.keys(result.updated),
    ...Object.keys(result.unchanged),
  ]);
  const known = SHEET_ORDER.filter((s) => names.has(s));
  return [...known, ...[...names].filter((s) => !SHEET_ORDER.includes(s)).sort()];
}

/** Headers compared as the server does: case and spaces, dashes and underscores ignored. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_-]+/g, '');
}

export type VocabularyKey =
  'sectors' | 'professions' | 'teamTypes' | 'organisationTypes' | 'tieTypes' | 'noteCategories';

/** Which shared vocabulary a template column draws from, if any. */
export function vocabularyOf(sheet: string, field: string): VocabularyKey | null {
  const f = normaliseHeader(field);
  if (f.includes('profession')) return 'professions';
  if (f.includes('sector')) return 'sectors';
  if (f.includes('category')) return 'noteCategories';
  if (f.includes('tietype') || (sheet === 'ties' && f.startsWith('type'))) return 'tieTypes';
  if (f.includes('teamtype') || (sheet === 'teams' && f.startsWith('type'))) return 'teamTypes';
  if (f.includes('organisationtype') || (sheet === 'organisations' && f.startsWith('type'))) {
    return 'organisationTypes';
  }
  return null;
}

/** A value is known when it is a term's id or name (any case), as the server matches it. */
export function isKnownValue(value: string, terms: { id: string; name: string }[]): boolean {
  const v = value.trim().toLowerCase();
  return terms.some((t) => t.id.toLowerCase() === v || t.name.toLowerCase() === v);
}

/**
 * The mapping JSON for the request, or null when nothing was changed (the server's own
 * detection then applies unaltered). Empty choices are left out.
 */
export function mappingJson(mapping: ImportMapping): string | null {
  const prune = (m: Record<string, Record<string, string>>) => {
    const out: Record<string, Record<string, string>> = {};
    for (const [k, inner] of Object.entries(m)) {
      const kept = Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== ''));
      if (Object.keys(kept).length) out[k] = kept;
    }
    return out;
  };
  const columns = prune(mapping.columns);
  const values = prune(mapping.values);
  if (!Object.keys(columns).length && !Object.keys(values).length) return null;
  return JSON.stringify({ columns, values });
}

/** The warning code of a header that names no column of its sheet (api/import/import-report.ts). */
export const UNKNOWN_COLUMN = 'UNKNOWN_COLUMN';

/**
 * A sheet's documented columns as an UNKNOWN_COLUMN warning carries them (`allowed`): the
 * fields a column can be mapped to when the template cannot be read. The template's header
 * row is preferred (see read-sheets.ts).
 */
export function columnsFromWarnings(warnings: ImportIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const w of warnings) {
    if (w.code !== UNKNOWN_COLUMN || out[w.sheet] || !w.allowed?.length) continue;
    out[w.sheet] = w.allowed;
  }
  return out;
}

/** How a file's column was read: a template column, a synonym the server knows, or ignored. */
export type Detected =
  { kind: 'field'; field: string } | { kind: 'server' } | { kind: 'ignored'; message: string };

/**
 * A column as the server detected it: its header names a template column; or a dry-run
 * warning about this sheet and column says it was not recognised; or the server matched it by
 * one of its synonyms (no warning), which the wizard does not second-guess.
 */
export function detectColumn(
  sheet: string,
  header: string,
  templateFields: string[],
  warnings: ImportIssue[],
): Detected {
  const n = normaliseHeader(header);
  const field = templateFields.find((f) => normaliseHeader(f) === n);
  if (field) return { kind: 'field', field };
  const warned = warnings.find(
    (w) =>
      w.code === UNKNOWN_COLUMN &&
      w.sheet.toLowerCase() === sheet &&
      w.column !== null &&
      normaliseHeader(w.column) === n,
  );
  if (warned) return { kind: 'ignored', message: warned.message };
  return { kind: 'server' };
}

/** The field a column ends up as: the user's choice, else what was detected. */
export function effectiveField(
  mapping: ImportMapping,
  sheet: string,
  header: string,
  detected: Detected,
): string | null {
  const chosen = mapping.columns[sheet]?.[header];
  if (chosen) return chosen;
  if (detected.kind === 'field') return detected.field;
  // Read by the server without a warning: the header is the column's name or a synonym.
  return detected.kind === 'server' ? header : null;
}

/**
 * The value an UNKNOWN_VALUE error is about (its `value`), from the server's own reading, so
 * values of files not read in the browser (zips, large files) show too.
 */
export function unknownValueOf(issue: ImportIssue): string | null {
  if (issue.code !== 'UNKNOWN_VALUE') return null;
  return issue.value ?? null;
}
