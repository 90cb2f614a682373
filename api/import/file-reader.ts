import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
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

/** Entries exceljs's streaming reader must meet before any worksheet, in this order. */
const INDEX_ENTRIES = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];

/** The most an XLSX may unpack to (100,000 ties take about 60 MB). */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Copies an XLSX (a zip) into `target` with its index entries first (yauzl reads, yazl
 * writes, stored uncompressed, one entry streamed at a time). exceljs's streaming reader
 * only resolves shared strings, styles (date cells) and sheet names that come before a
 * worksheet in the zip; exceljs itself, and other writers, put them after.
 */
async function indexFirst(path: string, target: string): Promise<void> {
  const zip = await openZip(path);
  const entries: yauzl.Entry[] = [];
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) entries.push(entry);
    // A workbook that unpacks to more than this is refused before anything is unpacked
    // (a "zip bomb" would otherwise fill the temporary folder).
    const unpacked = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (unpacked > MAX_UNPACKED_BYTES)
      throw unreadable('an XLSX workbook of at most 2 GB unpacked');
    const rank = (e: yauzl.Entry) => {
      const i = INDEX_ENTRIES.indexOf(e.fileName);
      return i === -1 ? INDEX_ENTRIES.length : i;
    };
    const ordered = [...entries].sort((a, b) => rank(a) - rank(b));
    const out = new yazl.ZipFile();
    const written = new Promise<void>((resolve, reject) => {
      const file = createWriteStream(target);
      out.outputStream.pipe(file).on('finish', resolve).on('error', reject);
    });
    // Without a shared-strings part (a writer using inline strings), exceljs defers every
    // worksheet to a temporary file and, on such files, lost the last one: an empty part
    // makes it read each worksheet as it comes.
    if (!entries.some((e) => e.fileName === 'xl/sharedStrings.xml')) {
      out.addBuffer(Buffer.from(EMPTY_SHARED_STRINGS), 'xl/sharedStrings.xml', { compress: false });
    }
    for (const entry of ordered) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await openEntry(zip, entry);
      out.addReadStream(stream, entry.fileName, { compress: false });
      await new Promise<void>((resolve, reject) => stream.on('end', resolve).on('error', reject));
    }
    out.end();
    await written;
  } finally {
    zip.close();
  }
}

/**
 * Reads an XLSX workbook row by row with exceljs's streaming reader: one worksheet at a
 * time, one row at a time, never the whole workbook as objects. Styles are cached so date
 * cells come back as dates.
 */
async function* readXlsx(path: string): AsyncGenerator<FileEvent> {
  const ordered = join(await mkdtemp(join(tmpdir(), 'interweave-xlsx-')), 'book.xlsx');
  try {
    await indexFirst(path, ordered);
  } catch {
    await rm(dirname(ordered), { recursive: true, force: true });
    throw unreadable('an XLSX workbook');
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(ordered, {
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
  } finally {
    await rm(dirname(ordered), { recursive: true, force: true });
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
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error || !zip ? reject(unreadable('a zip of CSV files')) : resolve(zip),
    ),
  );
}

/** The next entry of a zip opened with lazyEntries, or null at its end. */
async function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  try {
    return await new Promise<yauzl.Entry | null>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(null));
      zip.once('error', () => reject(unreadable('a zip file')));
      zip.readEntry();
    });
  } finally {
    zip.removeAllListeners('entry');
    zip.removeAllListeners('end');
    zip.removeAllListeners('error');
  }
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(unreadable('a zip file')) : resolve(stream),
    ),
  );
}

/** The CSV entries of a zip (yauzl, one entry streamed at a time), in the zip's order. */
async function* readZip(path: string): AsyncGenerator<FileEvent> {
  const zip = await openZip(path);
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      const base = entry.fileName.split('/').pop() ?? '';
      if (!/\.csv$/i.test(base) || base.startsWith('.')) continue;
      const stream = await openEntry(zip, entry);
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
