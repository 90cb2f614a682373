import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { createActors, createWave, tieInput } from '../../support/actor-fixtures';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

const BATCH = `mutation($c: ID!, $input: CreateTiesInput!) {
  createTies(councilId: $c, input: $input) { created ids errors { index field code message } } }`;
const GET = `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) {
  id directed version from { id kind } to { id kind } } }`;

describe('batch tie creation', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  async function council(people = 6) {
    const { id } = await createCouncil(api, 'Tie Batch');
    councils.push(id);
    return { id, actors: await createActors(db, id, { people, teams: 2, organisations: 2 }) };
  }

  async function tieCount(councilId: string): Promise<number> {
    const result = await db.query<{ n: number }>(
      'MATCH (t:Tie) WHERE t.councilId = $c RETURN count(t) AS n',
      { c: councilId },
    );
    return result.records[0].get('n');
  }

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of councils) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  it('creates ties between actors of every kind in one go', async () => {
    const { id: c, actors } = await council();
    const { people: p, teams: t, organisations: o } = actors;
    const items = [
      tieInput(p[0], p[1]),
      tieInput(p[0], t[0], { toKind: 'TEAM', typeId: 'referral' }),
      tieInput(t[0], o[0], { fromKind: 'TEAM', toKind: 'ORGANISATION', typeId: 'co-location' }),
      tieInput(o[0], o[1], {
        fromKind: 'ORGANISATION',
        toKind: 'ORGANISATION',
        typeId: 'commissioning-contract',
        directed: false,
      }),
      tieInput(p[0], p[1], { typeId: 'joint-visit' }),
    ];
    const res = await api.gql(BATCH, { c, input: { items } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createTies).toMatchObject({ created: 5, errors: [] });
    const ids = res.data?.createTies.ids as string[];
    expect(ids).toHaveLength(5);
    expect(ids[4]).toMatch(/^tie-/);
    expect(await tieCount(c)).toBe(5);

    const referral = await api.gql(GET, { c, id: ids[1] });
    expect(referral.data?.tie).toMatchObject({
      directed: true,
      version: 1,
      from: { id: p[0], kind: 'PERSON' },
      to: { id: t[0], kind: 'TEAM' },
    });
    expect((await api.gql(GET, { c, id: ids[3] })).data?.tie.directed).toBe(false);
  });

  it('writes nothing and reports every problem per item when any item is wrong', async () => {
    const { id: c, actors } = await council();
    const other = await council();
    const otherWave = await createWave(db, other.id, '2022-01-01');
    const { people: p } = actors;
    const foreign = other.actors.people[0];
    const items = [
      tieInput(p[0], p[1]), // 0: fine on its own
      tieInput(p[0], p[2], { strength: 0 }),
      tieInput(p[0], p[3], { typeId: 'not-a-type' }),
      tieInput(p[4], p[4]), // self tie
      tieInput(p[0], 'nobody-here'),
      tieInput(p[0], foreign), // endpoint of another council
      tieInput(p[1], p[0]), // identical to item 0 (undirected, reversed)
      tieInput(p[1], p[2], { validFrom: '2023-02-30' }),
      tieInput(p[1], p[3], { validFrom: '2023-01-01', validTo: '2022-01-01' }),
      tieInput(p[1], p[4], { waveId: otherWave }),
      tieInput(p[1], p[5], { integrationLevel: 8, confidence: 1.5 }),
      tieInput(p[2], p[3], { strength: 6 }),
      tieInput(p[2], p[4], { integrationLevel: 0 }),
      tieInput(p[2], 'nobody', { toKind: 'TEAM', trust: 6 }),
    ];
    const before = await councilFingerprint(db, c);
    const res = await api.gql(BATCH, { c, input: { items } });
    expect(res.errors).toBeUndefined();
    const result = res.data?.createTies;
    expect(result.created).toBe(0);
    expect(result.ids).toEqual([]);
    const seen = (result.errors as { index: number; field: string; code: string }[]).map(
      (e) => `${e.index} ${e.field} ${e.code}`,
    );
    expect(seen).toEqual([
      '1 strength BAD_USER_INPUT',
      '2 typeId BAD_USER_INPUT',
      '3 toId BAD_USER_INPUT',
      '4 toId NOT_FOUND',
      '5 toId NOT_FOUND',
      '6 typeId CONFLICT',
      '7 validFrom BAD_USER_INPUT',
      '8 validTo BAD_USER_INPUT',
      '9 waveId NOT_FOUND',
      '10 integrationLevel BAD_USER_INPUT',
      '10 confidence BAD_USER_INPUT',
      '11 strength BAD_USER_INPUT',
      '12 integrationLevel BAD_USER_INPUT',
      '13 trust BAD_USER_INPUT',
      '13 toId NOT_FOUND',
    ]);
    const message = (index: number) =>
      (result.errors as { index: number; message: string }[]).find((e) => e.index === index)
        ?.message;
    expect(message(5)).toContain(foreign);
    expect(message(6)).toContain('item 0');
    expect(await councilFingerprint(db, c)).toBe(before);
    expect(await tieCount(c)).toBe(0);
  });

  it('refuses items identical to stored ties (ids are made by the server)', async () => {
    const { id: c, actors } = await council();
    const { people: p } = actors;
    const first = await api.gql(BATCH, {
      c,
      input: { items: [tieInput(p[0], p[1])] },
    });
    expect(first.data?.createTies.created).toBe(1);
    const before = await councilFingerprint(db, c);
    const res = await api.gql(BATCH, {
      c,
      input: {
        items: [
          tieInput(p[2], p[3]),
          tieInput(p[0], p[1], { validFrom: '2024-01-01', strength: 5 }),
        ],
      },
    });
    const errors = res.data?.createTies.errors as { index: number; field: string; code: string }[];
    expect(errors.map((e) => `${e.index} ${e.field} ${e.code}`)).toEqual(['1 typeId CONFLICT']);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it('writes large batches across several statements in one transaction', async () => {
    const { id: c, actors } = await council(200);
    const { people: p } = actors;
    const items = [];
    // 200 people, each tied to the next 10: 2,000 ties (the most per request), two 1,000-row
    // statements; the body stays under the 1 MB limit.
    for (let i = 0; i < p.length; i += 1) {
      for (let k = 1; k <= 10; k += 1) items.push(tieInput(p[i], p[(i + k) % p.length]));
    }
    const res = await api.gql(BATCH, { c, input: { items } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createTies.created).toBe(2000);
    expect(new Set(res.data?.createTies.ids).size).toBe(2000);
    expect(await tieCount(c)).toBe(2000);
    const rels = await db.query<{ n: number }>(
      `MATCH (t:Tie)-[r:FROM|TO|OF_TYPE]->() WHERE t.councilId = $c RETURN count(r) AS n`,
      { c },
    );
    expect(rels.records[0].get('n')).toBe(6000);
  });

  it('rejects an empty or oversized batch, and an unknown council', async () => {
    const { id: c, actors } = await council();
    const one = tieInput(actors.people[0], actors.people[1]);
    const empty = await api.gql(BATCH, { c, input: { items: [] } });
    expectBadInput(empty, 'input.items');
    expectNoInternals(empty);
    const tooMany = await api.gql(BATCH, {
      c,
      input: { items: Array.from({ length: 2001 }, () => one) },
    });
    expectBadInput(tooMany, 'input.items');
    expectNoInternals(tooMany);
    const unknown = await api.gql(BATCH, { c: 'no-such-council', input: { items: [one] } });
    expectCode(unknown, 'NOT_FOUND');
    expectNoInternals(unknown);
    expect(await tieCount(c)).toBe(0);
  });
});
