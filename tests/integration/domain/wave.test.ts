import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { createNoteTargets, createTieVersion } from '../../support/note-targets';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const FIELDS = 'id label date method responseRate';
const CREATE = `mutation($c: ID!, $input: CreateWaveInput!) { createWave(councilId: $c, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $input: UpdateWaveInput!) { updateWave(councilId: $c, id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteWave(councilId: $c, id: $id) }`;
const GET = `query($c: ID!, $id: ID!) { wave(councilId: $c, id: $id) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $offset: Int, $limit: Int) { waves(councilId: $c, offset: $offset, limit: $limit) { total offset limit items { ${FIELDS} } } }`;

describe('waves', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  async function council() {
    const c = await createCouncil(api);
    councils.push(c.id);
    return c.id;
  }

  async function createWave(councilId: string, input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { c: councilId, input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.createWave as { id: string; label: string };
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

  it('creates, reads, lists by date, updates and deletes a wave', async () => {
    const c = await council();
    const review = await createWave(c, {
      label: 'Review',
      date: '2024-06-01',
      method: 'interviews',
    });
    const created = await api.gql(CREATE, {
      c,
      input: {
        label: 'Baseline',
        date: '2023-01-15',
        method: 'online survey',
        responseRate: 0.42,
      },
    });
    const id = created.data?.createWave.id as string;
    expect(id).toMatch(/^wave-/);
    expect(created.data?.createWave).toEqual({
      id,
      label: 'Baseline',
      date: '2023-01-15',
      method: 'online survey',
      responseRate: 0.42,
    });

    const read = await api.gql(GET, { c, id });
    expect(read.data?.wave.label).toBe('Baseline');

    const listed = await api.gql(LIST, { c });
    expect(listed.data?.waves.total).toBe(2);
    expect(listed.data?.waves.items.map((w: { id: string }) => w.id)).toEqual([id, review.id]);
    const paged = await api.gql(LIST, { c, offset: 1, limit: 1 });
    expect(paged.data?.waves).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(paged.data?.waves.items.map((w: { id: string }) => w.id)).toEqual([review.id]);

    const updated = await api.gql(UPDATE, {
      c,
      id,
      input: { label: 'Baseline (2023)', method: 'survey and interviews', responseRate: null },
    });
    expect(updated.data?.updateWave).toEqual({
      id,
      label: 'Baseline (2023)',
      date: '2023-01-15',
      method: 'survey and interviews',
      responseRate: null,
    });

    const moved = await api.gql(UPDATE, { c, id, input: { date: '2025-01-01' } });
    expect(moved.data?.updateWave.label).toBe('Baseline (2023)');
    const reordered = await api.gql(LIST, { c });
    expect(reordered.data?.waves.items.map((w: { id: string }) => w.id)).toEqual([review.id, id]);

    const deleted = await api.gql(DELETE, { c, id });
    expect(deleted.data?.deleteWave).toBe(true);
    const gone = await api.gql(GET, { c, id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('keeps labels unique per council (CONFLICT) but allows the same label elsewhere', async () => {
    const c = await council();
    const other = await council();
    await createWave(c, { label: 'Baseline', date: '2023-01-01', method: 'survey' });
    const pilot = await createWave(c, { label: 'Pilot', date: '2023-06-01', method: 'survey' });
    const before = await councilFingerprint(db, c);

    const dup = await api.gql(CREATE, {
      c,
      input: { label: 'Baseline', date: '2024-01-01', method: 'survey' },
    });
    expectCode(dup, 'CONFLICT');
    expect(JSON.stringify(dup.errors)).toContain('input.label');
    expectNoInternals(dup);

    const renamed = await api.gql(UPDATE, { c, id: pilot.id, input: { label: 'Baseline' } });
    expectCode(renamed, 'CONFLICT');
    expectNoInternals(renamed);
    expect(await councilFingerprint(db, c)).toBe(before);
    expect((await api.gql(GET, { c, id: pilot.id })).data?.wave.label).toBe('Pilot');

    const sameLabelElsewhere = await api.gql(CREATE, {
      c: other,
      input: { label: 'Baseline', date: '2023-01-01', method: 'survey' },
    });
    expect(sameLabelElsewhere.errors).toBeUndefined();

    const keepOwnLabel = await api.gql(UPDATE, { c, id: pilot.id, input: { label: 'Pilot' } });
    expect(keepOwnLabel.data?.updateWave.label).toBe('Pilot');
  });

  it('makes ids on the server: an id in the input is refused and nothing is written', async () => {
    const c = await council();
    const wave = await createWave(c, { label: 'A', date: '2023-01-01', method: 'survey' });
    const before = await councilFingerprint(db, c);
    const dup = await api.gql(CREATE, {
      c,
      input: { id: wave.id, label: 'B', date: '2023-01-01', method: 'survey' },
    });
    expectCode(dup, 'BAD_USER_INPUT');
    expect(JSON.stringify(dup.errors)).toContain('"id\\" is not defined');
    expectNoInternals(dup);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it('refuses to delete a wave while ties (or kept tie versions) refer to it', async () => {
    const c = await council();
    const wave = await createWave(c, { label: 'Baseline', date: '2023-01-01', method: 'survey' });
    const targets = await createNoteTargets(db, c, { waveId: wave.id });
    const before = await councilFingerprint(db, c);

    const refused = await api.gql(DELETE, { c, id: wave.id });
    expectCode(refused, 'CONFLICT');
    expect(refused.errors?.[0].message).toContain('1 ties');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c)).toBe(before);

    // The tie moves on to another wave, but its kept earlier version still names this one.
    const later = await createWave(c, { label: 'Review', date: '2024-01-01', method: 'survey' });
    await db.query(
      `MATCH (t:Tie {id: $id}) SET t.waveId = $w`,
      { id: targets.tieId, w: later.id },
      'WRITE',
    );
    await createTieVersion(db, targets.tieId, wave.id);
    expectCode(await api.gql(DELETE, { c, id: wave.id }), 'CONFLICT');

    await db.query(
      `MATCH (v:TieVersion {tieId: $id}) DETACH DELETE v`,
      { id: targets.tieId },
      'WRITE',
    );
    const deleted = await api.gql(DELETE, { c, id: wave.id });
    expect(deleted.data?.deleteWave).toBe(true);
  });

  it("never reads, changes or deletes another council's wave", async () => {
    const a = await council();
    const b = await council();
    const own = await createWave(a, { label: 'Own', date: '2023-01-01', method: 'survey' });
    const foreign = await createWave(b, { label: 'Foreign', date: '2023-01-01', method: 'survey' });
    const beforeA = await councilFingerprint(db, a);
    const beforeB = await councilFingerprint(db, b);

    const attempts = [
      await api.gql(GET, { c: a, id: foreign.id }),
      await api.gql(UPDATE, { c: a, id: foreign.id, input: { label: 'Hijacked' } }),
      await api.gql(DELETE, { c: a, id: foreign.id }),
    ];
    for (const res of attempts) {
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    const listed = await api.gql(LIST, { c: a });
    expect(listed.data?.waves.items.map((w: { id: string }) => w.id)).toEqual([own.id]);

    expect(await councilFingerprint(db, a)).toBe(beforeA);
    expect(await councilFingerprint(db, b)).toBe(beforeB);
    expect((await api.gql(GET, { c: b, id: foreign.id })).data?.wave.label).toBe('Foreign');
  });

  it('answers NOT_FOUND for a council that does not exist', async () => {
    const missing = uniqueId('no-council');
    const results = [
      await api.gql(LIST, { c: missing }),
      await api.gql(CREATE, { c: missing, input: { label: 'X', date: '2023-01-01', method: 'm' } }),
    ];
    for (const res of results) {
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    const left = await db.query<{ n: number }>(
      'MATCH (w:Wave {councilId: $c}) RETURN count(w) AS n',
      { c: missing },
    );
    expect(left.records[0].get('n')).toBe(0);
  });

  const valid = { label: 'Wave', date: '2023-01-01', method: 'online survey' };
  it.each([
    ['"id\\" is not defined', { ...valid, id: 'server-makes-ids' }],
    ['input.label', { ...valid, label: '' }],
    ['input.label', { ...valid, label: 'x'.repeat(81) }],
    ['input.date', { ...valid, date: '2023-02-30' }],
    ['input.date', { ...valid, date: '01/02/2023' }],
    ['input.method', { ...valid, method: '' }],
    ['input.method', { ...valid, method: 'x'.repeat(201) }],
    ['input.responseRate', { ...valid, responseRate: 1.01 }],
    ['input.responseRate', { ...valid, responseRate: -0.1 }],
  ])('rejects a bad %s on create and writes nothing', async (field, input) => {
    const c = await council();
    const before = await councilFingerprint(db, c);
    const res = await api.gql(CREATE, { c, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
  });

  it.each([
    ['input.label', { label: null }],
    ['input.label', { label: '' }],
    ['input.date', { date: null }],
    ['input.date', { date: '2023-13-01' }],
    ['input.method', { method: null }],
    ['input.method', { method: 'x'.repeat(201) }],
    ['input.responseRate', { responseRate: 2 }],
  ])('rejects a bad %s on update and changes nothing', async (field, input) => {
    const c = await council();
    const wave = await createWave(c, valid);
    const before = await councilFingerprint(db, c);
    const res = await api.gql(UPDATE, { c, id: wave.id, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c)).toBe(before);
    expect((await api.gql(GET, { c, id: wave.id })).data?.wave).toMatchObject(valid);
  });

  it.each([
    ['councilId', GET, { c: 'bad council', id: 'w' }],
    ['id', GET, { c: 'council', id: 'bad id' }],
    ['limit', LIST, { c: 'council', limit: 501 }],
    ['offset', LIST, { c: 'council', offset: -1 }],
  ])('rejects a bad %s argument', async (field, query, variables) => {
    const res = await api.gql(query, variables);
    expectBadInput(res, field);
    expectNoInternals(res);
  });
});
