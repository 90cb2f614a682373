import ExcelJS from 'exceljs';
import { CouncilRole } from '../../../api/auth/roles';
import { createCouncil, deleteCouncil } from '../../support/domain-fixtures';
import { councilSheets, dataRows, postImport, workbook } from '../../support/import-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';

const SNAPSHOT = `query($c: ID!, $asOf: String, $level: NetworkLevel!) {
  networkSnapshot(councilId: $c, asOf: $asOf, level: $level) {
    nodes { id kind label size blendedRole professionId teamId organisationId }
    edges { source target strength integrationLevel directed count } } }`;

interface Snapshot {
  nodes: Record<string, string | number | boolean | null>[];
  edges: { source: string; target: string; [k: string]: unknown }[];
}

const GROUPS = `query($c: ID!, $asOf: String) {
  teams(councilId: $c, asOf: $asOf, limit: 500) { items { id name } }
  organisations(councilId: $c, asOf: $asOf, limit: 500) { items { id name } } }`;

type Names = Map<string, string>;

/** A snapshot with every record id replaced by its name: comparable across councils. */
function byLabel(snapshot: Snapshot, groups: Names): { nodes: string[]; edges: string[] } {
  const label = new Map([
    ...groups,
    ...snapshot.nodes.map((n) => [n.id as string, n.label as string] as const),
  ]);
  const name = (id: unknown) => (typeof id === 'string' ? (label.get(id) ?? id) : id);
  return {
    nodes: snapshot.nodes
      .map((n) =>
        JSON.stringify({
          ...n,
          id: undefined,
          teamId: name(n.teamId),
          organisationId: name(n.organisationId),
        }),
      )
      .sort(),
    edges: snapshot.edges
      .map((e) => JSON.stringify({ ...e, source: name(e.source), target: name(e.target) }))
      .sort(),
  };
}

describe('XLSX workbook export', () => {
  let api: TestApp;
  const councils: string[] = [];
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await api.close();
  });

  const groupNames = async (c: string, asOf: string): Promise<Names> => {
    type Page = { items: { id: string; name: string }[] };
    const res = await api.gql<{ teams: Page; organisations: Page }>(GROUPS, { c, asOf });
    expect(res.errors).toBeUndefined();
    return new Map(
      [...res.data!.teams.items, ...res.data!.organisations.items].map((x) => [x.id, x.name]),
    );
  };

  const download = async (councilId: string, cookie = api.admin.cookie) => {
    const res = await fetch(`${api.url}/api/councils/${councilId}/export.xlsx`, {
      headers: { cookie },
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      data: Buffer.from(await res.arrayBuffer()),
    };
  };

  it('export → import into a new council gives the same snapshot at every wave', async () => {
    const source = (await createCouncil(api)).id;
    const target = (await createCouncil(api)).id;
    councils.push(source, target);
    const sheets = councilSheets({ people: 60, tiesPerPerson: 2 });
    const first = await postImport(api, source, { data: await workbook(sheets), name: 'a.xlsx' });
    expect(first.body.errors).toEqual([]);

    const exported = await download(source);
    expect(exported.status).toBe(200);
    expect(exported.type).toContain('spreadsheetml');
    const imported = await postImport(api, target, { data: exported.data, name: 'export.xlsx' });
    expect(imported.body.errors).toEqual([]);
    expect(imported.body.created).toEqual(
      Object.fromEntries(Object.entries(sheets).map(([s, rows]) => [s, dataRows(rows)])),
    );

    for (const asOf of ['2024-03-01', '2025-03-01', '2025-06-01']) {
      for (const level of ['PEOPLE', 'TEAMS', 'ORGANISATIONS']) {
        const [a, b] = await Promise.all(
          [source, target].map((c) =>
            api.gql<{ networkSnapshot: Snapshot }>(SNAPSHOT, { c, asOf, level }),
          ),
        );
        const [ga, gb] = await Promise.all([source, target].map((c) => groupNames(c, asOf)));
        expect(a.errors).toBeUndefined();
        expect(b.errors).toBeUndefined();
        expect(a.data!.networkSnapshot.edges.length).toBeGreaterThan(0);
        expect(byLabel(b.data!.networkSnapshot, gb)).toEqual(byLabel(a.data!.networkSnapshot, ga));
      }
    }
    // The export of the imported council re-imports into it as all unchanged.
    const again = await download(target);
    const same = await postImport(
      api,
      target,
      { data: again.data, name: 'again.xlsx' },
      { dryRun: 'true' },
    );
    expect(same.body).toMatchObject({ ok: true, created: {}, updated: {} });
  });

  it('writes people by pseudonym only, without names, for a caller who may not see names', async () => {
    const councilId = (await createCouncil(api)).id;
    councils.push(councilId);
    const file = await workbook({
      people: [
        ['id', 'pseudonym', 'displayName', 'level', 'validFrom'],
        ['p1', 'P-1', 'Alice Real', 'FRONTLINE', '2024-01-01'],
      ],
    });
    // Names are off in this council: the displayName column is ignored with a warning.
    const res = await postImport(api, councilId, { data: file, name: 'p.xlsx' });
    expect(res.body.created).toEqual({ people: 1 });
    expect(res.body.warnings).toEqual([
      expect.objectContaining({ sheet: 'people', column: 'displayName', code: 'IGNORED' }),
    ]);
    const researcher = await api.user({ roles: [{ councilId, role: CouncilRole.RESEARCHER }] });
    const exported = await download(councilId, researcher.cookie);
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.data as unknown as ExcelJS.Buffer);
    const people = book.getWorksheet('people')!;
    expect((people.getRow(1).values as unknown[]).filter(Boolean)).not.toContain('displayName');
    expect((people.getRow(2).values as unknown[]).slice(1)).toEqual([
      'p1',
      'P-1',
      'FRONTLINE',
      false,
      '2024-01-01',
    ]);
    expect(exported.data.toString('latin1')).not.toContain('Alice');
    // No role in the council: refused, whether or not it exists.
    const stranger = await api.user({});
    expect((await download(councilId, stranger.cookie)).status).toBe(403);
  });
});
