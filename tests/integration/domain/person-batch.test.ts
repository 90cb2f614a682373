import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  apiPerson,
  apiTeam,
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const BATCH = `mutation($c: ID!, $i: CreatePeopleInput!) {
  createPeople(councilId: $c, input: $i) { created ids errors { index field code message } } }`;

const item = (n: number, extra: Record<string, unknown> = {}) => ({
  pseudonym: `P-${String(n).padStart(4, '0')}`,
  level: 'FRONTLINE',
  validFrom: '2021-01-01',
  ...extra,
});

describe('createPeople (batch)', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];
  const council = async () => {
    const c = await createCouncil(api);
    councils.push(c.id);
    return c;
  };
  const countPeople = async (councilId: string) => {
    const res = await db.query(`MATCH (p:Person {councilId: $c}) RETURN count(p) AS n`, {
      c: councilId,
    });
    return res.records[0].get('n') as number;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  it('writes nothing and reports every bad item when any item fails', async () => {
    const c = await council();
    const other = await council();
    const team = await apiTeam(api, c.id);
    const lateTeam = await apiTeam(api, c.id, { validFrom: '2022-01-01' });
    const foreignTeam = await apiTeam(api, other.id);
    await apiPerson(api, c.id, { pseudonym: 'P-TAKEN' });
    const before = await councilFingerprint(db, c.id);
    const items = [
      item(0, { teamId: team, professionId: 'district-nurse' }),
      item(1, { pseudonym: 'P-TAKEN' }),
      item(2, { professionId: 'astronaut' }),
      item(3, { pseudonym: 'x'.repeat(41) }),
      item(4, { teamId: foreignTeam }),
      item(5, { validTo: '2020-01-01' }),
      item(6, { pseudonym: 'P-0000' }),
      item(7, { teamId: lateTeam }),
      item(8, { displayName: '' }),
    ];
    const res = await api.gql(BATCH, { c: c.id, i: { items } });
    expect(res.errors).toBeUndefined();
    const result = res.data?.createPeople;
    expect(result.created).toBe(0);
    expect(result.ids).toEqual([]);
    const summary = result.errors.map((e: { index: number; field: string; code: string }) => [
      e.index,
      e.field,
      e.code,
    ]);
    expect(summary).toEqual([
      [1, 'pseudonym', 'CONFLICT'],
      [2, 'professionId', 'BAD_USER_INPUT'],
      [3, 'pseudonym', 'BAD_USER_INPUT'],
      [4, 'teamId', 'NOT_FOUND'],
      [5, 'validTo', 'BAD_USER_INPUT'],
      [6, 'pseudonym', 'CONFLICT'],
      [7, 'teamId', 'BAD_USER_INPUT'],
      [8, 'displayName', 'BAD_USER_INPUT'],
    ]);
    for (const error of result.errors) expect(error.message.length).toBeGreaterThan(0);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('refuses a bad level on item 3 and writes none of the items', async () => {
    const c = await council();
    const before = await councilFingerprint(db, c.id);
    const items = [item(0), item(1), item(2), item(3, { level: 'BOSS' }), item(4)];
    const res = await api.gql(BATCH, { c: c.id, i: { items } });
    // Values of the wrong GraphQL type never reach the resolver: GraphQL names the item.
    expectBadInput(res, 'items[3].level');
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
    expect(await countPeople(c.id)).toBe(0);
  });

  it('creates 1,000 people with their team and profession memberships in one go', async () => {
    const c = await council();
    const teams = [
      await apiTeam(api, c.id, { neighbourhoodId: c.north }),
      await apiTeam(api, c.id),
    ];
    const items = Array.from({ length: 1000 }, (_, n) =>
      item(n, {
        teamId: teams[n % 2],
        professionId: n % 3 === 0 ? 'home-care-worker' : 'district-nurse',
        blendedRole: n % 10 === 0,
        level: n % 50 === 0 ? 'MANAGER' : 'FRONTLINE',
      }),
    );
    const started = Date.now();
    const res = await api.gql(BATCH, { c: c.id, i: { items } });
    const elapsed = Date.now() - started;
    expect(res.errors).toBeUndefined();
    const result = res.data?.createPeople;
    expect(result.errors).toEqual([]);
    expect(result.created).toBe(1000);
    expect(new Set(result.ids).size).toBe(1000);
    expect(await countPeople(c.id)).toBe(1000);
    // Generous bound: a query per row would take far longer than UNWIND batches.
    expect(elapsed).toBeLessThan(20_000);

    const memberships = await db.query(
      `MATCH (p:Person {councilId: $c})-[m:MEMBER_OF|HAS_PROFESSION]->() RETURN type(m) AS t, count(*) AS n ORDER BY t`,
      { c: c.id },
    );
    expect(memberships.records.map((r) => [r.get('t'), r.get('n')])).toEqual([
      ['HAS_PROFESSION', 1000],
      ['MEMBER_OF', 1000],
    ]);
    const filtered = await api.gql(
      `query($c: ID!, $n: ID!) { people(councilId: $c, neighbourhoodId: $n, professionId: "home-care-worker", asOf: "2022-01-01", limit: 1) { total } }`,
      { c: c.id, n: c.north },
    );
    // Even n in the North team, multiples of 3 are home-care workers: multiples of 6 below 1000.
    expect(filtered.data?.people.total).toBe(167);
    const first = await api.gql(
      `query($c: ID!, $id: ID!) { person(councilId: $c, id: $id) { pseudonym teamIds professionId level blendedRole } }`,
      { c: c.id, id: result.ids[0] },
    );
    expect(first.data?.person).toEqual({
      pseudonym: 'P-0000',
      teamIds: [teams[0]],
      professionId: 'home-care-worker',
      level: 'MANAGER',
      blendedRole: true,
    });
  });

  it.each([
    ['input.items', () => []],
    ['input.items', () => Array.from({ length: 2001 }, (_, n) => item(n))],
  ])('refuses a batch of the wrong size (%s) and writes nothing', async (field, make) => {
    const c = await council();
    const res = await api.gql(BATCH, { c: c.id, i: { items: make() } });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await countPeople(c.id)).toBe(0);
  });

  it('keeps councils apart: an unknown council is NOT_FOUND, a foreign team a per-item NOT_FOUND', async () => {
    const a = await council();
    const b = await council();
    const teamB = await apiTeam(api, b.id);
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const res = await api.gql(BATCH, {
      c: a.id,
      i: { items: [item(0), item(1, { teamId: teamB })] },
    });
    expect(res.data?.createPeople.errors).toEqual([
      expect.objectContaining({ index: 1, field: 'teamId', code: 'NOT_FOUND' }),
    ]);
    const nowhere = await api.gql(BATCH, { c: uniqueId('nowhere'), i: { items: [item(0)] } });
    expectCode(nowhere, 'NOT_FOUND');
    expectNoInternals(nowhere);
    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);
  });

  it('makes ids on the server: an id on an item is refused and nothing is written', async () => {
    const c = await council();
    await apiPerson(api, c.id);
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(BATCH, { c: c.id, i: { items: [item(0, { id: 'mine' })] } });
    expectCode(res, 'BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('Field "id" is not defined');
    expect(await countPeople(c.id)).toBe(1);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });
});
