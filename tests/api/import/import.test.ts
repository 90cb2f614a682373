import ExcelJS from 'exceljs';
import { CouncilRole } from '../../../api/auth/roles';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  testDb,
} from '../../support/domain-fixtures';
import {
  councilSheets,
  csv,
  dataRows,
  postImport,
  workbook,
  zipOfCsv,
} from '../../support/import-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';

const xlsx = (data: Buffer) => ({ data, name: 'council.xlsx' });

/** The spreadsheet import against the real API and Neo4j: counts, errors, re-imports, formats. */
describe('spreadsheet import', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];
  const newCouncil = async () => {
    const { id } = await createCouncil(api);
    councils.push(id);
    return id;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.onApplicationShutdown();
    await api.close();
  });

  it('imports a filled template of a 400-person council, with the right counts per sheet', async () => {
    const councilId = await newCouncil();
    const sheets = councilSheets({ people: 400 });
    const file = xlsx(await workbook(sheets));
    const dry = await postImport(api, councilId, file, { dryRun: 'true' });
    expect(dry.status).toBe(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body).toMatchObject({ ok: true, dryRun: true });
    const expected = Object.fromEntries(
      Object.entries(sheets).map(([s, rows]) => [s, dataRows(rows)]),
    );
    expect(dry.body.created).toEqual(expected);
    expect(
      await db
        .query(`MATCH (p:Person {councilId: $c}) RETURN count(p) AS n`, { c: councilId })
        .then((r) => r.records[0].get('n')),
    ).toBe(0);

    const real = await postImport(api, councilId, file, { dryRun: 'false' });
    expect(real.body.errors).toEqual([]);
    expect(real.body).toMatchObject({
      ok: true,
      dryRun: false,
      created: expected,
      updated: {},
      unchanged: {},
    });
    const counts = await db.query(
      `CALL { MATCH (p:Person {councilId: $c}) RETURN count(p) AS people }
       CALL { MATCH (t:Tie {councilId: $c}) RETURN count(t) AS ties }
       CALL { MATCH (:Person {councilId: $c})-[m:MEMBER_OF]->(:Team) RETURN count(m) AS members }
       CALL { MATCH (:Person {councilId: $c})-[m:HAS_PROFESSION]->(:Profession) RETURN count(m) AS professions }
       CALL { MATCH (:Team {councilId: $c})-[m:PART_OF]->(:Organisation) RETURN count(m) AS parts }
       CALL { MATCH (n:LearningNote {councilId: $c})-[:ABOUT]->() RETURN count(n) AS notes }
       RETURN people, ties, members, professions, parts, notes`,
      { c: councilId },
    );
    expect(counts.records[0].toObject()).toEqual({
      people: 400,
      ties: dataRows(sheets.ties),
      members: 400,
      professions: 400,
      parts: dataRows(sheets.teams),
      notes: 3,
    });
    // The file's ids are kept as externalId; the records' ids are the server's own.
    const person = await db.query(
      `MATCH (p:Person {councilId: $c, externalId: 'p7'}) RETURN p.id AS id, p.blendedRole AS b, p.validFrom AS f`,
      { c: councilId },
    );
    expect(person.records[0].get('id')).toMatch(/^person-/);
    expect(person.records[0].get('b')).toBe(true);
    expect(person.records[0].get('f')).toBe('2021-01-01');
    // The audit records the import.
    const audit = await db.query(
      `MATCH (e:AuditEvent {councilId: $c, operation: 'importSpreadsheet'}) RETURN e.action AS action`,
      { c: councilId },
    );
    expect(audit.records.map((r) => r.get('action'))).toEqual(['CREATE']);
  });

  it('reports every planted error at its sheet, row and column and writes nothing', async () => {
    const councilId = await newCouncil();
    const base = councilSheets({ people: 20, tiesPerPerson: 1 });
    await postImport(api, councilId, xlsx(await workbook(base)));
    const before = await councilFingerprint(db, councilId);
    const sheets = councilSheets({ people: 20, tiesPerPerson: 1 });
    // An unknown header: ignored with a warning.
    sheets.people[0].push('Favourite colour');
    sheets.people[3].push('blue');
    // Row numbers as the spreadsheet shows them: header = 1, first data row = 2.
    sheets.people.push(['p3', 'P-dup', 'FRONTLINE', false, '2021-01-01', null]); // duplicate id
    const dupRow = sheets.people.length;
    sheets.people.push(['p-bad', 'P-bad', 'CHIEF', false, '2021-02-30', null]); // bad level, impossible date
    const badRow = sheets.people.length;
    sheets.ties.push([
      'x1',
      'p1',
      'nobody',
      'advice',
      3,
      'WEEKLY',
      3,
      'WAVE',
      0.5,
      null,
      '2023-06-01',
      null,
    ]); // unknown reference
    const refRow = sheets.ties.length;
    sheets.ties.push([
      'x2',
      'p1',
      'p2',
      'advice',
      9,
      'WEEKLY',
      3,
      'WAVE',
      0.5,
      null,
      '2023-06-01',
      null,
    ]); // out of range
    const rangeRow = sheets.ties.length;
    const copy = [...sheets.ties[2]];
    copy[0] = 'x3';
    sheets.ties.push(copy); // identical to the tie on row 3 (same pair, type, overlapping)
    const sameRow = sheets.ties.length;
    sheets.ties.push([
      'x4',
      'p1',
      'p2',
      'not-a-type',
      3,
      'WEEKLY',
      3,
      'WAVE',
      0.5,
      null,
      '2023-06-01',
      null,
    ]); // bad vocabulary
    const vocabRow = sheets.ties.length;
    sheets.memberships.push(['mt-overlap', 'p0', 't0', null, null, '2022-01-01', null]); // p0 is in t0 from 2021
    const overlapRow = sheets.memberships.length;
    const res = await postImport(api, councilId, xlsx(await workbook(sheets)), { dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(false);
    const found = res.body.errors.map((e) => `${e.sheet}:${e.row}:${e.column}:${e.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        `people:${dupRow}:id:DUPLICATE_ID`,
        `people:${badRow}:level:UNKNOWN_VALUE`,
        `people:${badRow}:validFrom:INVALID_DATE`,
        `ties:${refRow}:to:UNKNOWN_REFERENCE`,
        `ties:${rangeRow}:strength:OUT_OF_RANGE`,
        `ties:${sameRow}:type:CONFLICT`,
        `ties:${vocabRow}:type:UNKNOWN_VALUE`,
        `memberships:${overlapRow}:validFrom:CONFLICT`,
      ]),
    );
    expect(found).toHaveLength(8);
    const vocabError = res.body.errors.find((e) => e.row === vocabRow);
    expect(vocabError?.message).toContain('referral');
    // The refused value and the allowed ones come as fields too, for a client to offer.
    expect(vocabError?.value).toBe('not-a-type');
    expect(vocabError?.allowed).toEqual(expect.arrayContaining(['referral', 'advice']));
    expect(res.body.warnings).toEqual([
      expect.objectContaining({
        sheet: 'people',
        row: 1,
        column: 'Favourite colour',
        code: 'UNKNOWN_COLUMN',
        value: 'Favourite colour',
        allowed: expect.arrayContaining(['id', 'pseudonym', 'level']),
      }),
    ]);
    expect(await councilFingerprint(db, councilId)).toBe(before);
  });

  it('re-imports: the same file changes nothing, a changed tie keeps its history, endMissing ends a dropped tie', async () => {
    const councilId = await newCouncil();
    const sheets = councilSheets({ people: 30, tiesPerPerson: 2 });
    const first = await postImport(api, councilId, xlsx(await workbook(sheets)));
    expect(first.body.ok).toBe(true);
    const fingerprint = await councilFingerprint(db, councilId);

    const again = await postImport(api, councilId, xlsx(await workbook(sheets)));
    expect(again.body).toMatchObject({ ok: true, created: {}, updated: {} });
    expect(again.body.unchanged).toEqual(
      Object.fromEntries(Object.entries(sheets).map(([s, rows]) => [s, dataRows(rows)])),
    );
    expect(await councilFingerprint(db, councilId)).toBe(fingerprint);

    // One tie stronger; one tie dropped from the file.
    const changed = councilSheets({ people: 30, tiesPerPerson: 2 });
    const [, e2] = [changed.ties[1], changed.ties[2]];
    e2[4] = e2[4] === 5 ? 4 : 5;
    const dropped = changed.ties.splice(3, 1)[0];
    const open = dropped[11] === null;
    const res = await postImport(api, councilId, xlsx(await workbook(changed)), {
      endMissing: '2024-12-01',
    });
    expect(res.body.errors).toEqual([]);
    expect(res.body.updated).toEqual({ ties: 2 });
    expect(res.body.ended).toBe(1);
    expect(open).toBe(true);
    const ties = await api.gql(
      `query($c: ID!) { ties(councilId: $c, asOf: "2024-06-01", limit: 500) { items { id strength validTo history { strength validTo version } } } }`,
      { c: councilId },
    );
    const stored = await db.query(
      `MATCH (t:Tie {councilId: $c}) WHERE t.externalId IN [$a, $b] RETURN t.externalId AS key, t.id AS id`,
      { c: councilId, a: String(e2[0]), b: String(dropped[0]) },
    );
    const idOf = Object.fromEntries(stored.records.map((r) => [r.get('key'), r.get('id')]));
    const items = (ties.data?.ties.items ?? []) as {
      id: string;
      strength: number;
      validTo: string | null;
      history: { strength: number; validTo: string | null; version: number }[];
    }[];
    const strengthened = items.find((t) => t.id === idOf[String(e2[0])]);
    expect(strengthened).toMatchObject({
      strength: e2[4],
      history: [{ strength: sheets.ties[2][4], version: 1 }],
    });
    const ended = items.find((t) => t.id === idOf[String(dropped[0])]);
    expect(ended).toMatchObject({
      validTo: '2024-12-01',
      history: [{ validTo: null, version: 1 }],
    });
    // Without endMissing, a dropped tie is left alone.
    const third = await postImport(api, councilId, xlsx(await workbook(changed)));
    expect(third.body).toMatchObject({ ok: true, updated: {}, ended: 0 });
  });

  it('applies a mapping: a renamed column and "DN" as a profession id', async () => {
    const councilId = await newCouncil();
    const file = await workbook({
      Staff: [
        ['Staff code', 'Alias', 'Level', 'Start date'],
        ['s1', 'Nurse-1', 'frontline', '2024-01-01'],
      ],
      teams: [
        ['ID', 'Name', 'Team Type', 'Valid From'],
        ['t1', 'District Nursing North', 'District nursing team', '2024-01-01'],
      ],
      memberships: [
        ['id', 'person', 'team', 'Discipline', 'from'],
        ['m1', 's1', 't1', null, '2024-01-01'],
        ['m2', 's1', null, 'DN', '2024-01-01'],
      ],
    });
    const mapping = JSON.stringify({
      columns: { people: { 'Staff code': 'id' } },
      values: { profession: { DN: 'district-nurse' } },
    });
    const res = await postImport(api, councilId, xlsx(file), { mapping });
    expect(res.body.errors).toEqual([]);
    expect(res.body.created).toEqual({ people: 1, teams: 1, memberships: 2 });
    const profession = await db.query(
      `MATCH (p:Person {councilId: $c, externalId: 's1'})-[:HAS_PROFESSION]->(x) RETURN x.id AS id`,
      { c: councilId },
    );
    expect(profession.records.map((r) => r.get('id'))).toEqual(['district-nurse']);
    // Without the mapping, "DN" is refused with the allowed values listed.
    const columnsOnly = JSON.stringify({ columns: { people: { 'Staff code': 'id' } } });
    const unmapped = await postImport(api, councilId, xlsx(file), {
      dryRun: 'true',
      mapping: columnsOnly,
    });
    expect(unmapped.body.errors).toEqual([
      expect.objectContaining({
        sheet: 'memberships',
        row: 3,
        column: 'profession',
        code: 'UNKNOWN_VALUE',
      }),
    ]);
    expect(unmapped.body.errors[0].message).toContain('district-nurse');
  });

  it('imports one CSV sheet, and a zip of CSVs', async () => {
    const councilId = await newCouncil();
    const sheets = councilSheets({ people: 10, tiesPerPerson: 1 });
    const { ties, notes, ...rest } = sheets;
    const zip = await zipOfCsv(rest);
    const first = await postImport(api, councilId, { data: zip, name: 'council.zip' });
    expect(first.body.errors).toEqual([]);
    expect(first.body.created).toEqual(
      Object.fromEntries(Object.entries(rest).map(([s, rows]) => [s, dataRows(rows)])),
    );
    // Ties alone, as CSV, referring to the people imported before by their ids.
    const tiesCsv = await postImport(
      api,
      councilId,
      { data: csv(ties), name: 'ties.csv' },
      { sheet: 'ties' },
    );
    expect(tiesCsv.body.errors).toEqual([]);
    expect(tiesCsv.body.created).toEqual({ ties: dataRows(ties) });
    const notesCsv = await postImport(
      api,
      councilId,
      { data: csv(notes), name: 'notes.csv' },
      { sheet: 'Learning notes' },
    );
    expect(notesCsv.body.created).toEqual({ notes: 3 });
  });

  it('refuses a request that is wrong as a whole with 400 BAD_USER_INPUT, and writes nothing', async () => {
    const councilId = await newCouncil();
    const viewer = await api.user({ roles: [{ councilId, role: CouncilRole.VIEWER }] });
    const before = await councilFingerprint(db, councilId);
    const good = csv(councilSheets({ people: 2 }).people);
    const cases: [string, Awaited<ReturnType<typeof postImport>>][] = [
      ['file', await postImport(api, councilId, null, { sheet: 'people' })],
      [
        'file',
        await postImport(api, councilId, {
          data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
          name: 'x.png',
        }),
      ],
      [
        'file',
        await postImport(api, councilId, {
          data: Buffer.from('PK\u0003\u0004garbage that is no zip'),
          name: 'x.xlsx',
        }),
      ],
      ['sheet', await postImport(api, councilId, { data: good, name: 'people.csv' })],
      [
        'mapping',
        await postImport(
          api,
          councilId,
          { data: good, name: 'people.csv' },
          { sheet: 'people', mapping: '{not json' },
        ),
      ],
      [
        'mapping',
        await postImport(
          api,
          councilId,
          { data: good, name: 'people.csv' },
          { sheet: 'people', mapping: '{"columns": {"people": {"a": "nope"}}}' },
        ),
      ],
      [
        'dryRun',
        await postImport(
          api,
          councilId,
          { data: good, name: 'people.csv' },
          { sheet: 'people', dryRun: 'maybe' },
        ),
      ],
    ];
    for (const [field, res] of cases) {
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BAD_USER_INPUT');
      expect(res.body.fields?.map((f) => f.field)).toEqual([field]);
      expect(JSON.stringify(res.body)).not.toMatch(/MATCH \(|Neo4jError|\.ts:\d+|at \w+ \(/);
    }
    // A viewer may not import at all.
    const forbidden = await postImport(
      api,
      councilId,
      { data: good, name: 'people.csv' },
      { sheet: 'people' },
      viewer.cookie,
    );
    expect(forbidden.status).toBe(403);
    expect(await councilFingerprint(db, councilId)).toBe(before);
  });

  it('serves the template as XLSX with vocabularies as drop-downs, and as a zip; both import as they are', async () => {
    const res = await fetch(`${api.url}/api/import/template.xlsx`, {
      headers: { cookie: api.admin.cookie },
    });
    expect(res.status).toBe(200);
    const data = Buffer.from(await res.arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'read-me',
        'organisations',
        'teams',
        'people',
        'memberships',
        'ties',
        'waves',
        'interventions',
        'notes',
      ]),
    );
    const ties = book.getWorksheet('ties')!;
    expect((ties.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['id', 'from', 'fromKind']);
    const typeColumn = (ties.getRow(1).values as unknown[]).indexOf('type');
    expect(ties.getCell(2, typeColumn).dataValidation).toMatchObject({ type: 'list' });
    const lists = book.getWorksheet('lists')!;
    const listed = lists.getColumn(1).values.slice(1).map(String);
    expect(listed.length).toBeGreaterThan(2);
    const anonymous = await fetch(`${api.url}/api/import/template.xlsx`);
    expect(anonymous.status).toBe(401);

    const councilId = await newCouncil();
    const imported = await postImport(api, councilId, { data, name: 'template.xlsx' });
    expect(imported.body.errors).toEqual([]);
    expect(imported.body.created).toEqual({
      organisations: 1,
      teams: 1,
      people: 1,
      memberships: 1,
      ties: 1,
      waves: 1,
      interventions: 1,
      notes: 1,
    });
    const zip = await fetch(`${api.url}/api/import/template.zip`, {
      headers: { cookie: api.admin.cookie },
    });
    expect(zip.status).toBe(200);
    const zipped = await postImport(
      api,
      councilId,
      { data: Buffer.from(await zip.arrayBuffer()), name: 'template.zip' },
      { dryRun: 'true' },
    );
    expect(zipped.body.errors).toEqual([]);
    expect(zipped.body.unchanged).toEqual(imported.body.created);
  });
});
