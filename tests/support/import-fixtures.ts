import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';
import type { ImportReport } from '../../api/import/import-report';
import type { TestApp } from './test-app';

/** Rows of one sheet: the header row first, then data rows (cells as exceljs takes them). */
export type SheetRows = unknown[][];

/** An XLSX workbook of the given sheets, written with exceljs like a user's spreadsheet. */
export async function workbook(sheets: Record<string, SheetRows>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function csv(rows: SheetRows): Buffer {
  return Buffer.from(
    stringify(
      rows.map((r) => r.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c))),
    ),
  );
}

/** A zip of `<sheet>.csv` files (yazl). */
export function zipOfCsv(sheets: Record<string, SheetRows>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, rows] of Object.entries(sheets)) zip.addBuffer(csv(rows), `${name}.csv`);
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (d: Buffer) => parts.push(d));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}

export interface ImportResponse {
  status: number;
  body: ImportReport & { code?: string; message?: string; fields?: { field: string }[] };
}

/** POSTs a multipart import as the given session (the admin's by default). */
export async function postImport(
  api: TestApp,
  councilId: string,
  file: { data: Buffer; name: string } | null,
  fields: Record<string, string> = {},
  cookie = api.admin.cookie,
): Promise<ImportResponse> {
  const form = new FormData();
  if (file) form.append('file', new Blob([new Uint8Array(file.data)]), file.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await fetch(`${api.url}/api/councils/${encodeURIComponent(councilId)}/import`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as ImportResponse['body'] };
}
