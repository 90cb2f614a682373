import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { DomainError } from '../common/domain-error';

/** A cell as read: text, a number, a boolean, a date cell, or nothing. */
export type Cell = string | number | boolean | Date | null;

/** What a file yields, in order: a sheet's header row, then its data rows. */
export type FileEvent =
  { kind: 'sheet'; name: string; headers: string[] } | { kind: 'row'; row: number; cells: Cell[] };

export type FileKind = 'xlsx' | 'csv' | 'zip';

/** The kind of an uploaded file from its first bytes (not its name, which anyone can set). */
export function kindOf(head: Buffer, filename: string): FileKind | null {
  const zip = head.length >= 4 && head.readUInt32LE(0) === 0x04034b50;
  if (zip) return /\.xlsx$/i.test(filename) ? 'xlsx' : /\.zip$/i.test(filename) ? 'zip' : null;
  // Text: a CSV (no NUL bytes in the first block).
  return head.includes(0) ? null : 'csv';
}

const unreadable = (what: string) =>
  DomainError.badInput([{ field: 'file', message: `the file could not be read as ${what}` }]);

/** One cell's value from exceljs (rich text, formulas, hyperlinks and errors flattened). */
function cellValue(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text: string }[]).map((t) => t.text).join('');
    if ('result' in v) return cellValue(v.result);
    if ('text' in v) return cellValue(v.text);
    if ('error' in v) return null;
  }
  return JSON.stringify(value);
}

function headerText(cell: Cell): string {
  return cell === null ? '' : cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

/**
 * Reads an XLSX workbook row by row with exceljs's streaming reader: one worksheet at a
 * time, one row at a time, never the whole workbook as objects. Styles are cached so date
 * cells come back as dates.
 */
async function* readXlsx(path: string): AsyncGenerator<FileEvent> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name ?? '';
      let headed = false;
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1).map(cellValue);
        if (!headed) {
          headed = true;
          yield { kind: 'sheet', name, headers: values.map(headerText) };
        } else {
          yield { kind: 'row', row: row.number, cells: values };
        }
      }
      if (!headed) yield { kind: 'sheet', name, headers: [] };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('an XLSX workbook');
  }
}

/** Reads one CSV stream record by record (csv-parse); row numbers as a spreadsheet shows them. */
async function* readCsvStream(input: Readable, name: string): AsyncGenerator<FileEvent> {
  const parser = input.pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      if (row === 1) yield { kind: 'sheet', name, headers: record.map((h) => h.trim()) };
      else yield { kind: 'row', row, cells: record.map((c) => (c === '' ? null : c)) };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('CSV');
  }
  if (row === 0) yield { kind: 'sheet', name, headers: [] };
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true }, (error, zip) =>
      error || !zip ? reject(unreadable('a zip of CSV files')) : resolve(zip),
    ),
  );
}

/** The CSV entries of a zip (yauzl, one entry streamed at a time), in the zip's order. */
async function* readZip(path: string): AsyncGenerator<FileEvent> {
  const zip = await openZip(path);
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(null));
        zip.once('error', () => reject(unreadable('a zip of CSV files')));
        zip.readEntry();
      });
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      zip.removeAllListeners('error');
      if (!entry) return;
      const base = entry.fileName.split('/').pop() ?? '';
      if (!/\.csv$/i.test(base) || base.startsWith('.')) continue;
      const stream = await new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (error, s) =>
          error || !s ? reject(unreadable('a zip of CSV files')) : resolve(s),
        ),
      );
      yield* readCsvStream(stream, base.replace(/\.csv$/i, ''));
    }
  } finally {
    zip.close();
  }
}

/** The events of an uploaded file of the given kind; a CSV's sheet is named by the caller. */
export function readFile(
  path: string,
  kind: FileKind,
  csvSheet: string,
): AsyncGenerator<FileEvent> {
  if (kind === 'xlsx') return readXlsx(path);
  if (kind === 'zip') return readZip(path);
  return readCsvStream(createReadStream(path), csvSheet);
}
