/**
 * Reads a chosen file's header rows, a few sample values and each column's distinct values in
 * the browser, to show the columns beside what the server detected and to find vocabulary
 * values the server will not know. Uses the same maintained parsers as the server (exceljs,
 * csv-parse), loaded only when the wizard needs them. Zip files and very large files are not
 * read here: the server's dry run still checks every row of them.
 */

export interface SheetPreview {
  sheet: string;
  headers: string[];
  /** Up to three non-empty values per column. */
  samples: string[][];
  /** Distinct non-empty values per column (at most MAX_DISTINCT each). */
  distinct: string[][];
  rows: number;
}

/** Larger files are only checked by the server (reading them here would stall the page). */
export const MAX_PREVIEW_BYTES = 8 * 1024 * 1024;
const MAX_DISTINCT = 500;

export function fileKind(name: string): 'xlsx' | 'csv' | 'zip' | null {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'xlsx' || ext === 'csv' || ext === 'zip' ? ext : null;
}

/** "people.csv" → "people": a CSV file stands for one sheet, named like the template's. */
export function sheetFromFileName(name: string): string {
  return name.replace(/\.[^.]+$/, '').toLowerCase();
}

function preview(sheet: string, table: string[][]): SheetPreview {
  const [head = [], ...body] = table;
  const headers = head.map((h) => h.trim());
  const samples = headers.map(() => [] as string[]);
  const distinct = headers.map(() => new Set<string>());
  let rows = 0;
  for (const row of body) {
    if (row.every((c) => c.trim() === '')) continue;
    rows += 1;
    headers.forEach((_, i) => {
      const v = (row[i] ?? '').trim();
      if (!v) return;
      if (samples[i].length < 3) samples[i].push(v);
      if (distinct[i].size < MAX_DISTINCT) distinct[i].add(v);
    });
  }
  return { sheet, headers, samples, distinct: distinct.map((s) => [...s]), rows };
}

async function readCsv(file: File, sheet: string): Promise<SheetPreview[]> {
  const { parse } = await import('csv-parse/browser/esm/sync');
  const text = await file.text();
  const table = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  return [preview(sheet, table)];
}

async function readXlsx(file: File): Promise<SheetPreview[]> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const out: SheetPreview[] = [];
  workbook.eachSheet((ws) => {
    const table: string[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cell.text ?? '';
      });
      table.push(Array.from(cells, (c) => c ?? ''));
    });
    if (table.length) out.push(preview(ws.name.trim().toLowerCase(), table));
  });
  return out;
}

/** The file's sheets, or null when it is not read in the browser (zip, too large, unknown). */
export async function readSheets(file: File, csvSheet: string): Promise<SheetPreview[] | null> {
  if (file.size > MAX_PREVIEW_BYTES) return null;
  const kind = fileKind(file.name);
  if (kind === 'csv') return readCsv(file, csvSheet);
  if (kind === 'xlsx') return readXlsx(file);
  return null;
}

/** The template's columns per sheet (its header rows), the fields a column can be mapped to. */
export async function templateColumns(): Promise<Record<string, string[]>> {
  const res = await fetch('/api/import/template.xlsx', { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`The template could not be loaded (${res.status}).`);
  const blob = await res.blob();
  const sheets = await readXlsx(new File([blob], 'template.xlsx'));
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.headers.filter((h) => h !== '')]));
}
