import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  Actors,
  createActors,
  createWave,
  linkMembership,
  TIE_FIELDS,
  tieInput,
} from '../../support/actor-fixtures';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, GraphQLResponse, startTestApp, TestApp } from '../../support/test-app';

const CREATE = `mutation($c: ID!, $input: TieInput!) { createTie(councilId: $c, input: $input) { ${TIE_FIELDS} } }`;
const GET = `query($c: ID!, $id: ID!, $asOf: String, $wave: ID) {
  tie(councilId: $c, id: $id, asOf: $asOf, wave: $wave) { ${TIE_FIELDS} } }`;
const LIST = `query($c: ID!, $asOf: String, $wave: ID, $typeId: ID, $actorId: ID, $fromKind: ActorKind,
    $toKind: ActorKind, $minStrength: Int, $sectorId: ID, $source: TieSource, $offset: Int, $limit: Int) {
  ties(councilId: $c, asOf: $asOf, wave: $wave, typeId: $typeId, actorId: $actorId, fromKind: $fromKind,
       toKind: $toKind, minStrength: $minStrength, sectorId: $sectorId, source: $source,
       offset: $offset, limit: $limit) { total offset limit items { id } } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $input: UpdateTieInput!) {
  updateTie(councilId: $c, id: $id, input: $input) { ${TIE_FIELDS} } }`;
const END = `mutation($c: ID!, $id: ID!, $validTo: String!, $reason: String) {
  endTie(councilId: $c, id: $id, validTo: $validTo, reason: $reason) { ${TIE_FIELDS} } }`;
const DELETE = `mutation($c: ID!, $id: ID!, $reason: String!) { deleteTie(councilId: $c, id: $id, reason: $reason) }`;
const AUDIT = `query($c: ID!, $e: ID) { auditEvents(councilId: $c, entityId: $e, action: "DELETE") { total items { entityIds action reason } } }`;

const ids = (res: GraphQLResponse<any>) =>
  (res.data?.ties.items as { id: string }[]).map((t) => t.id).sort();

describe('ties', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  async function council(counts = { people: 4, teams: 2, organisations: 2 }) {
    const { id } = await createCouncil(api, 'Tie Council');
    councils.push(id);
    return { id, actors: await createActors(db, id, counts) };
  }

  async function create(councilId: string, input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { c: councilId, input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.createTie as Record<string, any>;
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

  it('creates, reads, updates, ends and deletes a tie', async () => {
    const { id: c, actors } = await council();
    const [p1, p2] = actors.people;
    const created = await create(c, tieInput(p1, p2, { trust: 4, note: 'met at training' }));
    expect(created).toMatchObject({
      typeId: 'direct-contact',
      directed: false, // the type's default
      strength: 3,
      frequency: 'WEEKLY',
      integrationLevel: 4,
      trust: 4,
      source: 'WORKSHOP',
      confidence: 0.8,
      waveId: null,
      validFrom: '2021-01-01',
      validTo: null,
      note: 'met at training',
      version: 1,
      from: { id: p1, kind: 'PERSON', name: 'P-1' },
      to: { id: p2, kind: 'PERSON', name: 'P-2' },
      history: [],
    });
    expect(Date.parse(created.recordedAt as string)).toBeGreaterThan(Date.now() - 60_000);

    const read = await api.gql(GET, { c, id: created.id });
    expect(read.data?.tie).toEqual(created);

    const updated = await api.gql(UPDATE, { c, id: created.id, input: { strength: 5 } });
    expect(updated.data?.updateTie).toMatchObject({ strength: 5, version: 2 });

    const ended = await api.gql(END, { c, id: created.id, validTo: '2023-06-01', reason: 'moved' });
    expect(ended.data?.endTie).toMatchObject({ validTo: '2023-06-01', version: 3 });

    const deleted = await api.gql(DELETE, { c, id: created.id, reason: 'entered twice' });
    expect(deleted.data?.deleteTie).toBe(true);
    const gone = await api.gql(GET, { c, id: created.id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('joins actors of any kind, with names, and takes direction from the tie type', async () => {
    const { id: c, actors } = await council();
    const referral = await create(
      c,
      tieInput(actors.people[0], actors.teams[0], { toKind: 'TEAM', typeId: 'referral' }),
    );
    expect(referral).toMatchObject({
      directed: true,
      from: { kind: 'PERSON', name: 'P-1' },
      to: { id: actors.teams[0], kind: 'TEAM', name: 'Team 1' },
    });
    const contract = await create(
      c,
      tieInput(actors.organisations[0], actors.teams[1], {
        fromKind: 'ORGANISATION',
        toKind: 'TEAM',
        typeId: 'commissioning-contract',
        directed: false,
      }),
    );
    expect(contract).toMatchObject({
      directed: false, // explicit value wins over the type's default
      from: { kind: 'ORGANISATION', name: 'Org 1' },
      to: { kind: 'TEAM', name: 'Team 2' },
    });
  });

  it('allows several ties of different types between a pair, refuses an identical active one', async () => {
    const { id: c, actors } = await council();
    const [p1, p2] = actors.people;
    await create(c, tieInput(p1, p2, { validTo: '2023-01-01' }));
    await create(c, tieInput(p1, p2, { typeId: 'joint-visit' }));
    // Same type again, but after the first one ended: a new period, not a duplicate.
    await create(c, tieInput(p1, p2, { validFrom: '2023-01-01' }));
    // Directed ties in both directions are two different ties.
    await create(c, tieInput(p1, p2, { typeId: 'referral' }));
    await create(c, tieInput(p2, p1, { typeId: 'referral' }));

    const before = await councilFingerprint(db, c);
    for (const input of [
      tieInput(p1, p2, { validFrom: '2022-06-01', strength: 5 }),
      tieInput(p2, p1, { typeId: 'joint-visit' }), // undirected: reversed is the same tie
      tieInput(p1, p2, { typeId: 'referral', validFrom: '2024-01-01' }),
    ]) {
      const res = await api.gql(CREATE, { c, input });
      expectCode(res, 'CONFLICT');
      expect(JSON.stringify(res.errors)).toContain('input.typeId');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it('reads ties as of a date or a wave', async () => {
    const { id: c, actors } = await council();
    const [p1, p2, p3] = actors.people;
    const ended = await create(c, tieInput(p1, p2, { validTo: '2023-06-01' }));
    const later = await create(c, tieInput(p2, p3, { validFrom: '2023-09-01' }));
    const wave2022 = await createWave(db, c, '2022-01-01');
    const wave2024 = await createWave(db, c, '2024-01-01');

    expect(ids(await api.gql(LIST, { c, asOf: '2022-01-01' }))).toEqual([ended.id]);
    expect(ids(await api.gql(LIST, { c, asOf: '2024-01-01' }))).toEqual([later.id]);
    expect(ids(await api.gql(LIST, { c, wave: wave2022 }))).toEqual([ended.id]);
    expect(ids(await api.gql(LIST, { c, wave: wave2024 }))).toEqual([later.id]);
    expect(ids(await api.gql(LIST, { c }))).toEqual([later.id]); // today
    // validTo is the first day the tie no longer holds.
    expect(ids(await api.gql(LIST, { c, asOf: '2023-05-31' }))).toEqual([ended.id]);
    expect(ids(await api.gql(LIST, { c, asOf: '2023-06-01' }))).toEqual([]);

    expect((await api.gql(GET, { c, id: ended.id, asOf: '2022-01-01' })).data?.tie.id).toBe(
      ended.id,
    );
    expect((await api.gql(GET, { c, id: ended.id, wave: wave2022 })).data?.tie.id).toBe(ended.id);
    for (const time of [{ asOf: '2024-01-01' }, { wave: wave2024 }]) {
      const absent = await api.gql(GET, { c, id: ended.id, ...time });
      expectCode(absent, 'NOT_FOUND');
      expectNoInternals(absent);
    }
    // Without a moment, an ended tie is still readable by id.
    expect((await api.gql(GET, { c, id: ended.id })).data?.tie.validTo).toBe('2023-06-01');
  });

  it('filters and pages the list', async () => {
    const { id: c, actors } = await council();
    const { people: p, teams: t, organisations: o } = actors;
    await linkMembership(db, p[0], t[0], o[0]); // p0 works in an NHS organisation
    const a = await create(c, tieInput(p[0], p[1], { strength: 5, source: 'ADMIN' }));
    const b = await create(c, tieInput(p[1], p[2], { typeId: 'advice' }));
    const d = await create(c, tieInput(p[2], t[1], { toKind: 'TEAM', strength: 1 }));
    const e = await create(
      c,
      tieInput(o[1], p[3], { fromKind: 'ORGANISATION', typeId: 'training', strength: 4 }),
    );
    const list = async (vars: Record<string, unknown>) => ids(await api.gql(LIST, { c, ...vars }));

    expect(await list({})).toEqual([a.id, b.id, d.id, e.id].sort());
    expect(await list({ typeId: 'advice' })).toEqual([b.id]);
    expect(await list({ actorId: p[1] })).toEqual([a.id, b.id].sort());
    expect(await list({ actorId: t[1] })).toEqual([d.id]);
    expect(await list({ fromKind: 'ORGANISATION' })).toEqual([e.id]);
    expect(await list({ toKind: 'TEAM' })).toEqual([d.id]);
    expect(await list({ minStrength: 4 })).toEqual([a.id, e.id].sort());
    expect(await list({ source: 'ADMIN' })).toEqual([a.id]);
    // NHS: p0 through membership, o1 directly; nothing is in the voluntary sector.
    expect(await list({ sectorId: 'nhs' })).toEqual([a.id, e.id].sort());
    expect(await list({ sectorId: 'voluntary' })).toEqual([]);

    const page = await api.gql(LIST, { c, offset: 1, limit: 2 });
    expect(page.data?.ties).toMatchObject({ total: 4, offset: 1, limit: 2 });
    expect(page.data?.ties.items).toHaveLength(2);
  });

  describe('validation', () => {
    let c: string;
    let actors: Actors;
    let tieId: string;
    beforeAll(async () => {
      ({ id: c, actors } = await council());
      tieId = (
        await create(c, tieInput(actors.people[0], actors.people[1], { validTo: '2024-01-01' }))
      ).id as string;
    });

    const self = () => tieInput(actors.people[0], actors.people[0]);
    const base = () => tieInput(actors.people[2], actors.people[3]);
    it.each<[string, () => Record<string, unknown>]>([
      ['input.strength', () => ({ ...base(), strength: 0 })],
      ['input.strength', () => ({ ...base(), strength: 6 })],
      ['input.integrationLevel', () => ({ ...base(), integrationLevel: 0 })],
      ['input.integrationLevel', () => ({ ...base(), integrationLevel: 8 })],
      ['input.trust', () => ({ ...base(), trust: 0 })],
      ['input.trust', () => ({ ...base(), trust: 6 })],
      ['input.confidence', () => ({ ...base(), confidence: 1.5 })],
      ['input.confidence', () => ({ ...base(), confidence: -0.1 })],
      ['input.validFrom', () => ({ ...base(), validFrom: '2023-02-30' })],
      ['input.validFrom', () => ({ ...base(), validFrom: '01/02/2023' })],
      ['input.validTo', () => ({ ...base(), validTo: '2023-02-30' })],
      ['input.validTo', () => ({ ...base(), validFrom: '2023-01-01', validTo: '2022-12-31' })],
      ['input.typeId', () => ({ ...base(), typeId: 'not-a-type' })],
      ['input.toId', self],
      ['input.frequency', () => ({ ...base(), frequency: 'SOMETIMES' })],
      ['input.source', () => ({ ...base(), source: 'RUMOUR' })],
      ['input.fromKind', () => ({ ...base(), fromKind: 'ROBOT' })],
      ['input.fromId', () => ({ ...base(), fromId: 'has spaces' })],
      ['input.note', () => ({ ...base(), note: 'x'.repeat(2001) })],
      ['validFrom', () => ({ ...base(), validFrom: undefined })],
    ])('createTie rejects a bad %s and writes nothing', async (field, input) => {
      const before = await councilFingerprint(db, c);
      const res = await api.gql(CREATE, { c, input: input() });
      expectBadInput(res, field);
      expectNoInternals(res);
      expect(await councilFingerprint(db, c)).toBe(before);
    });

    it.each<[string, Record<string, unknown>]>([
      ['input.strength', { strength: 6 }],
      ['input.strength', { strength: null }],
      ['input.integrationLevel', { integrationLevel: 8 }],
      ['input.confidence', { confidence: 1.5 }],
      ['input.validTo', { validTo: '2023-02-30' }],
      ['input.validTo', { validTo: '2020-12-31' }], // before the stored validFrom
      ['input.validFrom', { validFrom: '2024-06-01' }], // after the stored validTo
      ['input.validTo', { validFrom: '2022-01-01', validTo: '2021-06-01' }],
      ['input.typeId', { typeId: 'not-a-type' }],
      ['input.frequency', { frequency: 'SOMETIMES' }],
      ['input.changeReason', { strength: 2, changeReason: 'x'.repeat(501) }],
      ['input', {}],
      ['fromId', { fromId: 'x' }], // endpoints cannot change
    ])('updateTie rejects a bad %s and writes nothing', async (field, input) => {
      const before = await councilFingerprint(db, c);
      const res = await api.gql(UPDATE, { c, id: tieId, input });
      expectBadInput(res, field);
      expectNoInternals(res);
      expect(await councilFingerprint(db, c)).toBe(before);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['validTo', { validTo: '2020-12-31' }, END],
      ['validTo', { validTo: '2023-02-30' }, END],
      ['reason', { validTo: '2023-01-01', reason: 'x'.repeat(501) }, END],
      ['reason', { reason: 'no' }, DELETE],
      ['reason', { reason: 'x'.repeat(501) }, DELETE],
    ])('end / delete rejects a bad %s and writes nothing', async (field, vars, mutation) => {
      const before = await councilFingerprint(db, c);
      const res = await api.gql(mutation, { c, id: tieId, ...vars });
      expectBadInput(res, field);
      expectNoInternals(res);
      expect(await councilFingerprint(db, c)).toBe(before);
    });

    it.each<[string, Record<string, unknown>]>([
      ['minStrength', { minStrength: 0 }],
      ['typeId', { typeId: 'not-a-type' }],
      ['sectorId', { sectorId: 'not-a-sector' }],
      ['asOf', { asOf: '2023-02-30' }],
      ['asOf', { asOf: '2023-01-01', wave: 'some-wave' }],
      ['limit', { limit: 501 }],
      ['fromKind', { fromKind: 'ROBOT' }],
    ])('ties rejects a bad %s', async (field, vars) => {
      const res = await api.gql(LIST, { c, ...vars });
      expectBadInput(res, field);
      expectNoInternals(res);
    });
  });

  it('keeps councils apart in every tie query and mutation', async () => {
    const a = await council();
    const b = await council();
    const waveA = await createWave(db, a.id, '2022-01-01');
    const waveB = await createWave(db, b.id, '2022-01-01');
    const tieA = await create(a.id, tieInput(a.actors.people[0], a.actors.people[1]));
    const tieB = await create(b.id, tieInput(b.actors.people[0], b.actors.people[1]));
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const missing = 'council-that-does-not-exist';

    const notFound = async (query: string, vars: Record<string, unknown>, field?: string) => {
      const res = await api.gql(query, vars);
      expectCode(res, 'NOT_FOUND');
      if (field) expect(JSON.stringify(res.errors)).toContain(field);
      expect(res.data ?? null).toBeNull();
      expectNoInternals(res);
    };
    // Council A's tie through council B, and through a council that does not exist.
    for (const c of [b.id, missing]) {
      await notFound(GET, { c, id: tieA.id });
      await notFound(UPDATE, { c, id: tieA.id, input: { strength: 1 } });
      await notFound(END, { c, id: tieA.id, validTo: '2024-01-01' });
      await notFound(DELETE, { c, id: tieA.id, reason: 'not yours' });
    }
    await notFound(CREATE, { c: missing, input: tieInput(a.actors.people[0], a.actors.people[1]) });
    await notFound(LIST, { c: missing });
    // A council's audit outlives it, so asking for an unknown council's is no error: it is empty.
    expect((await api.gql(AUDIT, { c: missing })).data?.auditEvents.total).toBe(0);
    // Endpoints or waves of another council.
    const [b0, b1] = b.actors.people;
    const [a0] = a.actors.people;
    await notFound(CREATE, { c: b.id, input: tieInput(b0, a0) }, 'input.toId');
    await notFound(CREATE, { c: b.id, input: tieInput(a0, b1) }, 'input.fromId');
    await notFound(
      CREATE,
      { c: b.id, input: tieInput(b0, a.actors.teams[0], { toKind: 'TEAM' }) },
      'input.toId',
    );
    await notFound(CREATE, { c: b.id, input: tieInput(b0, b1, { waveId: waveA }) }, 'input.waveId');
    await notFound(UPDATE, { c: b.id, id: tieB.id, input: { waveId: waveA } }, 'input.waveId');
    await notFound(GET, { c: b.id, id: tieB.id, wave: waveA }, 'wave');
    await notFound(LIST, { c: b.id, wave: waveA }, 'wave');
    // Lists only ever show the council's own ties.
    expect(ids(await api.gql(LIST, { c: b.id }))).toEqual([tieB.id]);
    expect(ids(await api.gql(LIST, { c: b.id, actorId: a0 }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: b.id, wave: waveB }))).toEqual([tieB.id]);

    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);

    // A's audit trail stays invisible from B.
    await api.gql(DELETE, { c: a.id, id: tieA.id, reason: 'mistake' });
    expect((await api.gql(AUDIT, { c: a.id, e: tieA.id })).data?.auditEvents.total).toBe(1);
    expect((await api.gql(AUDIT, { c: b.id, e: tieA.id })).data?.auditEvents.total).toBe(0);
    expect((await api.gql(AUDIT, { c: b.id })).data?.auditEvents.total).toBe(0);
  });
});
