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

const header = (names: string) => names.split(' ');

export interface CouncilFileSpec {
  people: number;
  /** Ties per person (to the following people), all of the "advice" type. */
  tiesPerPerson?: number;
}

/**
 * A synthetic council filled into the template's sheets: organisations, teams of them,
 * people in the teams with professions, two waves, ties between people (some ending, some
 * starting between the waves), interventions and notes. Dates are date cells (as Excel
 * writes them) in some columns and ISO text in others.
 */
export function councilSheets(spec: CouncilFileSpec): Record<string, SheetRows> {
  const professions = ['district-nurse', 'home-care-worker', 'social-worker', 'gp'];
  const orgCount = Math.max(2, Math.ceil(spec.people / 100));
  const teamCount = Math.max(4, Math.ceil(spec.people / 20));
  const organisations: SheetRows = [header('id name type sector neighbourhoods validFrom validTo')];
  for (let o = 0; o < orgCount; o += 1)
    organisations.push([
      `o${o}`,
      `Organisation ${o}`,
      o % 2 ? 'Home-care provider' : 'nhs-community-trust',
      null,
      null,
      '2020-01-01',
      null,
    ]);
  const teams: SheetRows = [header('id name type neighbourhood validFrom validTo')];
  const memberships: SheetRows = [
    header('id person team profession organisation validFrom validTo'),
  ];
  for (let t = 0; t < teamCount; t += 1) {
    teams.push([
      `t${t}`,
      `Team ${t}`,
      t % 2 ? 'home-care-branch' : 'district-nursing',
      null,
      new Date(Date.UTC(2020, 0, 1)),
      null,
    ]);
    memberships.push([`mo${t}`, null, `t${t}`, null, `o${t % orgCount}`, '2020-01-01', null]);
  }
  const people: SheetRows = [header('id pseudonym level blendedRole validFrom validTo')];
  for (let p = 0; p < spec.people; p += 1) {
    people.push([
      `p${p}`,
      `P-${String(p).padStart(5, '0')}`,
      p % 10 === 0 ? 'MANAGER' : 'FRONTLINE',
      p % 7 === 0,
      new Date(Date.UTC(2021, 0, 1)),
      null,
    ]);
    memberships.push([`mt${p}`, `p${p}`, `t${p % teamCount}`, null, null, '2021-01-01', null]);
    memberships.push([
      `mp${p}`,
      `p${p}`,
      null,
      professions[p % professions.length],
      null,
      '2021-01-01',
      null,
    ]);
  }
  const waves: SheetRows = [
    header('id label date method responseRate'),
    ['w1', 'Baseline', '2024-03-01', 'online survey', 0.7],
    ['w2', 'Follow-up', '2025-03-01', 'online survey', 0.6],
  ];
  const ties: SheetRows = [
    header(
      'id from to type strength frequency integrationLevel source confidence wave validFrom validTo',
    ),
  ];
  const perPerson = spec.tiesPerPerson ?? 3;
  for (let p = 0; p < spec.people; p += 1) {
    for (let k = 1; k <= perPerson; k += 1) {
      const q = (p + k * 7) % spec.people;
      if (q === p) continue;
      const n = ties.length;
      const ending = n % 5 === 0;
      const late = n % 7 === 0;
      ties.push([
        `e${n}`,
        `p${p}`,
        `p${q}`,
        'advice',
        1 + (n % 5),
        'WEEKLY',
        1 + (n % 7),
        'WAVE',
        0.8,
        late ? 'w2' : 'w1',
        late ? '2024-06-01' : '2023-06-01',
        ending ? '2025-01-01' : null,
      ]);
    }
  }
  const interventions: SheetRows = [
    header('id date label kind description'),
    ['i1', '2024-01-15', 'Facilitator appointed', 'FACILITATOR_APPOINTED', null],
    ['i2', '2024-09-01', 'Training cohort', 'TRAINING_COHORT', 'Home-care workers in health tasks'],
  ];
  const notes: SheetRows = [
    header('id category text date authorRole targetKind target'),
    ['n1', 'what-helped', 'Joint visits helped.', '2024-04-01', 'District nurse', 'TEAM', 't0'],
    ['n2', 'Surprise', 'More contact than expected.', '2024-05-01', 'Manager', 'TIE', 'e1'],
    ['n3', 'decision', 'Start trusted assessors.', '2024-06-01', 'Commissioner', 'COUNCIL', null],
  ];
  return { organisations, teams, people, memberships, waves, ties, interventions, notes };
}

/** Data rows of a sheet (without its header). */
export const dataRows = (rows: SheetRows) => rows.length - 1;
