import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  testDb,
} from '../../support/domain-fixtures';
import { startTestApp, TestApp, TestUser } from '../../support/test-app';
import { createExportCouncil, download, ExportCouncil } from './export-fixture';

const ROUTES = [
  'export.gexf',
  'export.graphml',
  'export.json',
  'export/nodes.csv',
  'export/ties.csv',
  'export/metrics.csv',
];
const NAMES = ['Sam Lee', 'Cat Jones'];

/** The data rows of an export CSV (comment lines skipped), split on commas (no value here has one). */
function rows(text: string): Record<string, string>[] {
  const lines = text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const [header, ...data] = lines.map((l) => l.split(','));
  return data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

describe('export access, validation, pseudonymity and audit', () => {
  let api: TestApp;
  let db: Neo4jService;
  let council: ExportCouncil;
  let other: string;
  let viewer: TestUser;
  let researcher: TestUser;
  const path = (route: string, query = '') => `/api/councils/${council.id}/${route}${query}`;
  const as = (user: TestUser) => ({ cookie: user.cookie });

  const setNames = async (on: boolean) => {
    const res = await api.gql(
      `mutation($c: ID!, $on: Boolean!) { updateCouncilSettings(councilId: $c, input: { namesVisible: $on }) { namesVisible } }`,
      { c: council.id, on },
    );
    expect(res.data?.updateCouncilSettings.namesVisible).toBe(on);
  };
  const auditOf = async (userId: string) => {
    const res = await api.gql(
      `query($c: ID!, $u: ID!) { auditEvents(councilId: $c, userId: $u) { items { action operation viaToken } } }`,
      { c: council.id, u: userId },
    );
    return res.data?.auditEvents.items as {
      action: string;
      operation: string;
      viaToken: string | null;
    }[];
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    council = await createExportCouncil(api);
    other = (await createCouncil(api, 'Other Council')).id;
    viewer = await api.user({ roles: [{ councilId: council.id, role: 'VIEWER' }] });
    researcher = await api.user({ roles: [{ councilId: council.id, role: 'RESEARCHER' }] });
  });
  afterAll(async () => {
    await deleteCouncil(api, council.id);
    await deleteCouncil(api, other);
    await db.driver.close();
    await api.close();
  });

  it('answers 401 without credentials and 403 to a user of another council, and writes nothing', async () => {
    const outsider = await api.user({ roles: [{ councilId: other, role: 'COUNCIL_ADMIN' }] });
    const before = await councilFingerprint(db, council.id);
    for (const route of ROUTES) {
      const anonymous = await download(api, path(route), {});
      expect({ route, status: anonymous.status, code: JSON.parse(anonymous.text).code }).toEqual({
        route,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
      const foreign = await download(api, path(route), as(outsider));
      expect({ route, status: foreign.status, code: JSON.parse(foreign.text).code }).toEqual({
        route,
        status: 403,
        code: 'FORBIDDEN',
      });
      expect(foreign.text).not.toContain('P-ana');
    }
    expect(await councilFingerprint(db, council.id)).toBe(before);
    expect(await auditOf(outsider.id)).toEqual([]);
  });

  it('refuses bad parameters with 400 BAD_USER_INPUT naming the parameter', async () => {
    const before = await councilFingerprint(db, council.id);
    const cases: [string, string, string][] = [
      ['export.graphml', '?level=NOPE', 'level'],
      ['export/nodes.csv', '?level=people', 'level'],
      ['export.gexf', '?asOf=2023-02-30', 'asOf'],
      ['export/ties.csv', '?wave=no-such-wave', 'wave'],
      ['export/metrics.csv', `?asOf=2023-01-01&wave=${council.waves.review}`, 'asOf'],
      ['export.json', '?minStrength=abc', 'minStrength'],
      ['export.json', '?minStrength=9', 'minStrength'],
      ['export.json', '?format=xml', 'format'],
      ['export.graphml', '?format=cytoscape', 'format'],
      ['export.graphml', '?tieTypeIds=ok,not%20an%20id', 'tieTypeIds'],
      ['export.graphml', '?colour=red', 'colour'],
    ];
    for (const [route, query, field] of cases) {
      const res = await download(api, path(route, query), as(viewer));
      const body = JSON.parse(res.text) as { code: string; fields: { field: string }[] };
      expect({
        route,
        query,
        status: res.status,
        code: body.code,
        fields: [...new Set(body.fields.map((f) => f.field))],
      }).toEqual({
        route,
        query,
        status: 400,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
      expect(res.text).not.toMatch(/MATCH \(|Neo4jError|\.ts:\d+/);
    }
    // Another council's wave is not a wave of this one.
    const foreignWave = await api.gql(
      `mutation($c: ID!) { createWave(councilId: $c, input: { label: "W", date: "2022-01-01", method: "m" }) { id } }`,
      { c: other },
    );
    const res = await download(
      api,
      path('export.graphml', `?wave=${foreignWave.data?.createWave.id}`),
      as(viewer),
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).fields[0].field).toBe('wave');
    expect(await councilFingerprint(db, council.id)).toBe(before);
  });

  it('answers 404 for a council that does not exist', async () => {
    const res = await download(api, '/api/councils/no-such-council/export.graphml');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).code).toBe('NOT_FOUND');
  });

  it('names the file and its type', async () => {
    const cases: [string, string, string][] = [
      ['export.gexf', 'application/gexf+xml', `${council.id}-people-2023-01-01.gexf`],
      ['export.graphml', 'application/graphml+xml', `${council.id}-people-2023-01-01.graphml`],
      ['export.json', 'application/json', `${council.id}-people-2023-01-01.json`],
      ['export/nodes.csv', 'text/csv', `${council.id}-people-2023-01-01-nodes.csv`],
      ['export/ties.csv', 'text/csv', `${council.id}-people-2023-01-01-ties.csv`],
      ['export/metrics.csv', 'text/csv', `${council.id}-people-2023-01-01-metrics.csv`],
    ];
    for (const [route, type, file] of cases) {
      const res = await download(api, path(route, '?asOf=2023-01-01'), as(viewer));
      expect({ route, status: res.status, type: res.headers.get('content-type') }).toEqual({
        route,
        status: 200,
        type: `${type}; charset=utf-8`,
      });
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
    }
    const teams = await download(
      api,
      path('export.json', '?level=TEAMS&format=cytoscape&asOf=2022-03-04'),
      as(viewer),
    );
    expect(teams.headers.get('content-disposition')).toBe(
      `attachment; filename="${council.id}-teams-2022-03-04-cytoscape.json"`,
    );
  });

  it('shows a viewer pseudonyms unless the council shows names; a researcher always pseudonyms', async () => {
    await setNames(false);
    for (const route of ROUTES) {
      const res = await download(api, path(route), as(viewer));
      expect(res.status).toBe(200);
      expect({ route, leaked: NAMES.filter((n) => res.text.includes(n)) }).toEqual({
        route,
        leaked: [],
      });
    }
    const pseudonymous = rows((await download(api, path('export/nodes.csv'), as(viewer))).text);
    expect(pseudonymous.find((n) => n.id === council.people.ana)?.label).toBe('P-ana');

    await setNames(true);
    try {
      // Names shown: two people called Sam Lee stay two nodes, each with its own ties.
      const nodes = rows((await download(api, path('export/nodes.csv'), as(viewer))).text);
      const sams = nodes.filter((n) => n.label === 'Sam Lee');
      expect(sams.map((n) => n.id).sort()).toEqual([council.people.ana, council.people.ben].sort());
      const ties = rows((await download(api, path('export/ties.csv'), as(viewer))).text);
      const ids = new Set(nodes.map((n) => n.id));
      for (const tie of ties) expect(ids.has(tie.source) && ids.has(tie.target)).toBe(true);
      const between = ties.filter(
        (t) =>
          [t.source, t.target].sort().join() ===
          [council.people.ana, council.people.ben].sort().join(),
      );
      expect(between.map((t) => t.tie_type).sort()).toEqual(['direct-contact', 'referral']);
      expect(ties.some((t) => t.source === 'Sam Lee' || t.target === 'Sam Lee')).toBe(false);
      const json = JSON.parse((await download(api, path('export.json'), as(viewer))).text);
      expect(json.attributes.pseudonymised).toBe(false);

      for (const route of ROUTES) {
        const res = await download(api, path(route), as(researcher));
        expect(res.status).toBe(200);
        expect({ route, leaked: NAMES.filter((n) => res.text.includes(n)) }).toEqual({
          route,
          leaked: [],
        });
      }
    } finally {
      await setNames(false);
    }
  });

  it('withholds the size of groups under 5 from researchers', async () => {
    const q = '?level=PROFESSIONS&asOf=2023-01-01';
    const asResearcher = rows(
      (await download(api, path('export/nodes.csv', q), as(researcher))).text,
    );
    // district-nurse 2, community-staff-nurse 1, home-care-worker 2, senior-carer 1: all small.
    expect(asResearcher.map((p) => p.id).sort()).toEqual([
      'community-staff-nurse',
      'district-nurse',
      'home-care-worker',
      'senior-carer',
    ]);
    for (const group of asResearcher)
      expect(group).toMatchObject({ size: '', internal_ties: '', suppressed: 'true' });
    const asViewer = rows((await download(api, path('export/nodes.csv', q), as(viewer))).text);
    expect(asViewer.find((p) => p.id === 'district-nurse')).toMatchObject({
      size: '2',
      internal_ties: '2', // Ana–Ben: direct contact and a referral
      suppressed: 'false',
    });
    // A team is one actor, not a group: nothing is withheld at TEAMS level.
    const teams = rows(
      (
        await download(
          api,
          path('export/nodes.csv', '?level=TEAMS&asOf=2023-01-01'),
          as(researcher),
        )
      ).text,
    );
    expect(teams.find((t) => t.id === council.teams.nursing)).toMatchObject({
      size: '1',
      internal_ties: '3', // Ana–Ben twice, Ben–Cat
      suppressed: 'false',
    });
  });

  it('audits a read through an API token: an export, or a researcher’s person-level read', async () => {
    const token = async (user: TestUser, name: string) => {
      const res = await user.gql(
        `mutation($n: String!, $e: String!) { createApiToken(input: { name: $n, expiresAt: $e }) { secret } }`,
        { n: name, e: new Date(Date.now() + 86_400_000).toISOString() },
      );
      return `Bearer ${res.data?.createApiToken.secret as string}`;
    };
    const exporter = await api.user({ roles: [{ councilId: council.id, role: 'VIEWER' }] });
    const viaToken = await download(api, path('export.graphml'), {
      authorization: await token(exporter, 'R script'),
    });
    expect(viaToken.status).toBe(200);
    expect(await auditOf(exporter.id)).toEqual([
      { action: 'TOKEN_EXPORT', operation: 'export.graphml', viaToken: 'R script' },
    ]);
    // The same export through a session is an ordinary read.
    await download(api, path('export.graphml'), as(exporter));
    expect(await auditOf(exporter.id)).toHaveLength(1);

    const analyst = await api.user({ roles: [{ councilId: council.id, role: 'RESEARCHER' }] });
    const bearer = { authorization: await token(analyst, 'python') };
    expect((await download(api, path('export/ties.csv'), bearer)).status).toBe(200);
    expect((await download(api, path('export/ties.csv', '?level=SECTORS'), bearer)).status).toBe(
      200,
    );
    expect(await auditOf(analyst.id)).toEqual(
      expect.arrayContaining([
        { action: 'PERSON_DATA_READ', operation: 'export/ties.csv', viaToken: 'python' },
        { action: 'TOKEN_EXPORT', operation: 'export/ties.csv', viaToken: 'python' },
      ]),
    );
  });

  it('JSON loads into graphology and Cytoscape.js, filtered as the GraphQL snapshot is', async () => {
    const q = `?wave=${council.waves.review}`;
    const graphology = JSON.parse((await download(api, path('export.json', q), as(viewer))).text);
    const graph = Graph.from(graphology);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(7);
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttribute(council.people.dan, 'blended_role')).toBe(true);
    expect(graph.isDirected(council.ties.referral)).toBe(true);
    expect(graph.getAttribute('moment')).toBe('2023-01-01');

    const elements = JSON.parse(
      (await download(api, path('export.json', `${q}&format=cytoscape`), as(viewer))).text,
    );
    const cy = cytoscape({ headless: true, elements: elements.elements });
    expect(cy.nodes().length).toBe(8);
    expect(cy.edges().length).toBe(7);
    expect(cy.getElementById(council.ties.referral).data('tie_type')).toBe('referral');
    expect(elements.data.level).toBe('PEOPLE');
    cy.destroy();

    for (const [query, filter] of [
      ['tieTypeIds=referral,joint-visit', { tieTypeIds: ['referral', 'joint-visit'] }],
      ['minStrength=5', { minStrength: 5 }],
      ['sectorIds=independent', { sectorIds: ['independent'] }],
    ] as const) {
      const exported = JSON.parse(
        (await download(api, path('export.json', `${q}&${query}`), as(viewer))).text,
      );
      const res = await viewer.gql(
        `query($c: ID!, $w: ID, $f: SnapshotFilterInput) { networkSnapshot(councilId: $c, wave: $w, filter: $f) { nodes { id } edges { id } } }`,
        { c: council.id, w: council.waves.review, f: filter },
      );
      const snap = res.data?.networkSnapshot as {
        nodes: { id: string }[];
        edges: { id: string }[];
      };
      expect({ query, edges: exported.edges.map((e: { key: string }) => e.key).sort() }).toEqual({
        query,
        edges: snap.edges.map((e) => e.id).sort(),
      });
      expect(exported.nodes.length).toBe(snap.nodes.length);
      expect(exported.attributes.filters_text).not.toBe('none');
    }
    const strong = JSON.parse(
      (await download(api, path('export.json', `${q}&minStrength=5`), as(viewer))).text,
    );
    expect(strong.edges).toHaveLength(1); // Cat–Dan, strength 5
  });
});
