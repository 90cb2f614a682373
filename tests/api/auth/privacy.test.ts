import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { seedDemo } from '../../../seed/demo-seed';
import { testDb } from '../../support/domain-fixtures';
import { startTestApp, TestApp, TestUser } from '../../support/test-app';

const T = 'tamebridge';
const R = 'riverholm';
const BASE = 'tamebridge-wave-baseline';
const REVIEW = 'tamebridge-wave-review';

/** Every person-bearing query a client can send, as one researcher or viewer would. */
const PERSON_QUERIES: [string, string, Record<string, unknown>][] = [
  [
    'people',
    `query($c: ID!, $w: ID) { people(councilId: $c, wave: $w, limit: 500) { items { id pseudonym displayName roleTitle } } }`,
    { w: REVIEW },
  ],
  [
    'person',
    `query($c: ID!, $id: ID!) { person(councilId: $c, id: $id) { pseudonym displayName roleTitle } }`,
    {},
  ],
  [
    'ties',
    `query($c: ID!, $w: ID) { ties(councilId: $c, wave: $w, limit: 500) { items { from { id name } to { id name } } } }`,
    { w: REVIEW },
  ],
  [
    'networkSnapshot',
    `query($c: ID!, $w: ID) { networkSnapshot(councilId: $c, wave: $w) { nodes { id label } edges { source target } } }`,
    { w: REVIEW },
  ],
  [
    'networkAnalysis',
    `query($c: ID!, $w: ID) { networkAnalysis(councilId: $c, wave: $w, pathMetrics: false) { nodes { nodeId label group } } }`,
    { w: REVIEW },
  ],
  [
    'networkDiff',
    `query($c: ID!) { networkDiff(councilId: $c, fromWave: "${BASE}", toWave: "${REVIEW}", pathMetrics: false) { __typename } }`,
    {},
  ],
  [
    'missingConnections',
    `query($c: ID!, $w: ID) { missingConnections(councilId: $c, wave: $w, limit: 200) { __typename } }`,
    { w: BASE },
  ],
  [
    'learningNotes',
    `query($c: ID!) { learningNotes(councilId: $c, limit: 500) { items { text authorRole } } }`,
    {},
  ],
  [
    'memberships',
    `query($c: ID!, $p: ID) { memberships(councilId: $c, personId: $p) { personId teamId } }`,
    {},
  ],
  [
    'compareCouncils',
    `query($c: ID!) { compareCouncils(councilIds: [$c], waveLabel: "Review", pathMetrics: false) { __typename } }`,
    {},
  ],
];

describe('pseudonymous by default; researchers never see names', () => {
  let api: TestApp;
  let db: Neo4jService;
  let names: string[];
  let manager: string;
  let viewer: TestUser;
  let researcher: TestUser;

  /** Selects every field of the diff and missing connections, whatever their shape. */
  async function fullSelection(typeName: string, depth = 3): Promise<string> {
    const res = await api.gql(
      `query($t: String!) { __type(name: $t) { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`,
      { t: typeName },
    );
    const fields = res.data?.__type.fields as { name: string; type: Record<string, any> }[];
    const parts: string[] = [];
    for (const field of fields) {
      let type = field.type;
      while (type.ofType) type = type.ofType;
      if (type.kind === 'OBJECT') {
        if (depth > 0) parts.push(`${field.name} { ${await fullSelection(type.name, depth - 1)} }`);
      } else parts.push(field.name);
    }
    return parts.join(' ') || '__typename';
  }

  async function ask(user: TestUser, [, query, extra]: (typeof PERSON_QUERIES)[number]) {
    let text = query;
    if (query.includes('networkDiff'))
      text = query.replace('__typename', await fullSelection('NetworkDiffModel'));
    if (query.includes('compareCouncils'))
      text = query.replace('__typename', await fullSelection('CouncilComparisonModel'));
    if (query.includes('missingConnections'))
      text = query.replace('__typename', await fullSelection('MissingConnectionsModel'));
    const res = await user.gql(text, { c: T, id: manager, p: manager, ...extra });
    expect(res.errors).toBeUndefined();
    return JSON.stringify(res.data);
  }

  beforeAll(async () => {
    db = testDb();
    await seedDemo(db);
    api = await startTestApp();
    const named = await db.query(
      `MATCH (p:Person {councilId: $c}) WHERE p.displayName IS NOT NULL RETURN p.id AS id, p.displayName AS name`,
      { c: T },
    );
    names = named.records.map((r) => r.get('name') as string);
    manager = named.records[0].get('id') as string;
    viewer = await api.user({ roles: [{ councilId: T, role: 'VIEWER' }] });
    researcher = await api.user({
      roles: [
        { councilId: T, role: 'RESEARCHER' },
        { councilId: R, role: 'RESEARCHER' },
      ],
    });
  });
  afterAll(async () => {
    await api.gql(
      `mutation { updateCouncilSettings(councilId: "${T}", input: { namesVisible: true }) { id } }`,
    );
    await db.driver.close();
    await api.close();
  });

  const setNames = (on: boolean) =>
    api.gql(
      `mutation($on: Boolean!) { updateCouncilSettings(councilId: "${T}", input: { namesVisible: $on }) { namesVisible } }`,
      { on },
    );
  const leaked = (text: string) => names.filter((name) => text.includes(name));

  it('shows display names to a viewer only while the council has names turned on', async () => {
    expect(names.length).toBeGreaterThan(5);
    expect((await setNames(true)).data?.updateCouncilSettings.namesVisible).toBe(true);
    const on = await ask(viewer, PERSON_QUERIES[0]);
    expect(leaked(on).length).toBeGreaterThan(5);
    await setNames(false);
    for (const query of PERSON_QUERIES)
      expect({ query: query[0], leaked: leaked(await ask(viewer, query)) }).toEqual({
        query: query[0],
        leaked: [],
      });
    await setNames(true);
  });

  it.each(PERSON_QUERIES.map((q) => [q[0], q] as const))(
    'never gives a researcher a name in %s, even with names on',
    async (_name, query) => {
      await setNames(true);
      const text = await ask(researcher, query);
      expect(leaked(text)).toEqual([]);
      expect(text).not.toContain('(invented)');
      if (query[0] === 'people' || query[0] === 'person')
        expect(text).not.toMatch(/"roleTitle":"[^"]/);
    },
  );

  it("lets a researcher's search match pseudonyms but never hidden names", async () => {
    const first = names[0].split(' ')[0];
    const query = `query($c: ID!, $s: String!) { people(councilId: $c, search: $s, wave: "${REVIEW}", limit: 500) { total items { pseudonym } } }`;
    expect((await viewer.gql(query, { c: T, s: first })).data?.people.total).toBeGreaterThan(0);
    expect((await researcher.gql(query, { c: T, s: first })).data?.people.total).toBe(0);
    const pseudonym = (
      await researcher.gql(
        `query($c: ID!, $id: ID!) { person(councilId: $c, id: $id) { pseudonym } }`,
        { c: T, id: manager },
      )
    ).data?.person.pseudonym;
    expect(
      (await researcher.gql(query, { c: T, s: pseudonym })).data?.people.total,
    ).toBeGreaterThan(0);
  });

  it('suppresses groups under 5 actors for a researcher in comparisons and group statistics, and states the rule', async () => {
    const compare = `query { compareCouncils(councilIds: ["${T}", "${R}"], waveLabel: "Review", grouping: TEAM, pathMetrics: false) {
      rows { councilId groupEI { group size index suppressed } mixing { groups sizes counts suppressed suppressionRule } } } }`;
    const forResearcher = (await researcher.gql(compare)).data?.compareCouncils.rows;
    const forAdmin = (await api.gql(compare)).data?.compareCouncils.rows;
    expect(forResearcher).toHaveLength(2);
    for (const [i, row] of (forResearcher as any[]).entries()) {
      const adminRow = forAdmin[i];
      const small = adminRow.mixing.sizes.map((s: number) => s < 5);
      expect(small.some(Boolean)).toBe(true);
      expect(row.mixing.suppressed).toEqual(small);
      expect(row.mixing.suppressionRule).toMatch(/fewer than 5/);
      row.mixing.sizes.forEach((size: number | null, g: number) => {
        if (small[g]) {
          expect(size).toBeNull();
          expect(row.mixing.counts[g].every((c: number | null) => c === null)).toBe(true);
        } else expect(size).toBe(adminRow.mixing.sizes[g]);
      });
      for (const ei of row.groupEI) {
        const size = adminRow.groupEI.find((a: { group: string }) => a.group === ei.group).size;
        expect(ei.suppressed).toBe(size < 5);
        if (size < 5) expect([ei.size, ei.index]).toEqual([null, null]);
      }
      expect(adminRow.mixing.suppressed.every((s: boolean) => !s)).toBe(true);
      expect(adminRow.mixing.suppressionRule).toBeNull();
    }
    const analysis = await researcher.gql(
      `query { networkAnalysis(councilId: "${T}", wave: "${REVIEW}", grouping: TEAM, pathMetrics: false) { groupEI { suppressed } } }`,
    );
    expect(
      analysis.data?.networkAnalysis.groupEI.some((g: { suppressed: boolean }) => g.suppressed),
    ).toBe(true);
  });

  it("records a researcher's reads of person-level data in the audit, and learning notes show roles only", async () => {
    await researcher.gql(`query { people(councilId: "${T}") { total } }`);
    const audit = await api.gql(
      `query($u: ID!) { auditEvents(councilId: "${T}", userId: $u, action: "PERSON_DATA_READ", limit: 200) { total items { operation } } }`,
      { u: researcher.id },
    );
    const operations = new Set(
      audit.data?.auditEvents.items.map((e: { operation: string }) => e.operation),
    );
    for (const op of ['people', 'ties', 'networkSnapshot', 'networkDiff'])
      expect(operations.has(op)).toBe(true);
    // Team-level reads are not person-level data.
    const before = audit.data?.auditEvents.total as number;
    await researcher.gql(
      `query { networkSnapshot(councilId: "${T}", level: TEAMS) { nodes { id } } }`,
    );
    const after = await api.gql(
      `query($u: ID!) { auditEvents(councilId: "${T}", userId: $u, action: "PERSON_DATA_READ") { total } }`,
      { u: researcher.id },
    );
    expect(after.data?.auditEvents.total).toBe(before);
    const notes = await researcher.gql(`{ __type(name: "LearningNote") { fields { name } } }`);
    const fields = notes.data?.__type.fields.map((f: { name: string }) => f.name);
    expect(fields).toContain('authorRole');
    expect(fields.filter((f: string) => /author/i.test(f))).toEqual(['authorRole']);
  });
});
