import type { SheetName } from './sheets';

/** One problem with one cell or row of the file, where the spreadsheet shows it. */
export interface ImportProblem {
  /** The sheet (as named in SHEETS), or "file" for the file as a whole. */
  sheet: SheetName | 'file';
  /** The row number as the spreadsheet shows it (the header is row 1); null for the sheet. */
  row: number | null;
  /** The documented column name (or the header as written, for an unknown one). */
  column: string | null;
  /** A stable code, e.g. REQUIRED, INVALID_DATE, OUT_OF_RANGE, UNKNOWN_VALUE, DUPLICATE_ID. */
  code: ImportCode;
  message: string;
  /** The cell's text as the file has it, when the problem is about a value (UNKNOWN_VALUE). */
  value?: string;
  /**
   * What would have been accepted: the vocabulary ids or list values for UNKNOWN_VALUE, the
   * sheet's column names for UNKNOWN_COLUMN. A client offers these as choices instead of
   * reading them out of the message.
   */
  allowed?: string[];
}

/** The codes an import reports; documented in README "Bring your own data". */
export enum ImportCode {
  /** A required cell is blank. */
  Required = 'REQUIRED',
  /** Not a real calendar date (YYYY-MM-DD or a date cell). */
  InvalidDate = 'INVALID_DATE',
  /** Not a number / whole number / TRUE-FALSE where one is needed. */
  InvalidNumber = 'INVALID_NUMBER',
  InvalidBoolean = 'INVALID_BOOLEAN',
  /** A number outside its allowed range. */
  OutOfRange = 'OUT_OF_RANGE',
  /** A value not in its vocabulary or list; the message lists the allowed values. */
  UnknownValue = 'UNKNOWN_VALUE',
  /** The same id twice in one sheet. */
  DuplicateId = 'DUPLICATE_ID',
  /** An id that names no row of the file and no record of the council. */
  UnknownReference = 'UNKNOWN_REFERENCE',
  /** An id found in more than one sheet where the kind was left blank. */
  AmbiguousReference = 'AMBIGUOUS_REFERENCE',
  /** A field rule of the API (length, pattern, validTo after validFrom, ...). */
  Invalid = 'BAD_USER_INPUT',
  /** A rule between records (identical tie, overlapping membership, repeated pseudonym). */
  Conflict = 'CONFLICT',
  /** Warnings: a header no column has (ignored), a sheet no spec has (ignored), a skipped value. */
  UnknownColumn = 'UNKNOWN_COLUMN',
  UnknownSheet = 'UNKNOWN_SHEET',
  Ignored = 'IGNORED',
  /** Warning: ties not in the file ended on the endMissing date. */
  Ended = 'ENDED',
}

export type SheetCounts = Partial<Record<SheetName, number>>;

/** The JSON answer of POST /api/councils/{councilId}/import (the documented contract). */
export interface ImportReport {
  /** True when the file has no errors (and, unless dryRun, everything was written). */
  ok: boolean;
  dryRun: boolean;
  /** Records created (or that would be, on a dry run), per sheet. */
  created: SheetCounts;
  /** Records changed, per sheet; ties ended by endMissing count here too. */
  updated: SheetCounts;
  /** Rows identical to their record already stored, per sheet. */
  unchanged: SheetCounts;
  /** Blank rows skipped, per sheet. */
  blank: SheetCounts;
  /** Ties not in the file ended on the endMissing date (also counted in updated.ties). */
  ended: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

export function emptyReport(dryRun: boolean): ImportReport {
  return {
    ok: false,
    dryRun,
    created: {},
    updated: {},
    unchanged: {},
    blank: {},
    ended: 0,
    errors: [],
    warnings: [],
  };
}

export function bump(counts: SheetCounts, sheet: SheetName, by = 1): void {
  counts[sheet] = (counts[sheet] ?? 0) + by;
}
