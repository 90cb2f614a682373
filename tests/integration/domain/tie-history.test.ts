import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { createActors, TIE_FIELDS, tieInput } from '../../support/actor-fixtures';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

const CREATE = `mutation($c: ID!, $input: TieInput!) { createTie(councilId: $c, input: $input) { ${TIE_FIELDS} } }`;
const GET = `query($c: ID!, $id: ID!) { tie(councilId: $c, id: $id) { ${TIE_FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $input: UpdateTieInput!) {
  updateTie(councilId: $c, id: $id, input: $input) { ${TIE_FIELDS} } }`;
const END = `mutation($c: ID!, $id: ID!, $validTo: String!, $reason: String) {
  endTie(councilId: $c, id: $id, validTo: $validTo, reason: $reason) { ${TIE_FIELDS} } }`;
const DELETE = `mutation($c: ID!, $id: ID!, $reason: String!) { deleteTie(councilId: $c, id: $id, reason: $reason) }`;
const AUDIT = `query($c: ID!, $e: ID, $a: String) { auditEvents(councilId: $c, entityId: $e, action: $a) {
  total items { id action operation entityKind entityIds reason at actor userId
                changes { entityId field before after } } } }`;

describe('tie history and audit', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];

  async function setup() {
    const { id } = await createCouncil(api, 'Tie History');
    councils.push(id);
    const { people } = await createActors(db, id, { people: 3 });
    const res = await api.gql(CREATE, {
      c: id,
      input: tieInput(people[0], people[1], { trust: 2 }),
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { c: id, people, tie: res.data?.createTie as Record<string, any> };
  }

  /** The single value `n` a Cypher statement returns. */
  async function scalar(cypher: string, params: Record<string, unknown>): Promise<unknown> {
    const result = await db.query(cypher, params);
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

  it('keeps the previous state of every edit, newest first', async () => {
    const { c, tie } = await setup();
    const first = await api.gql(UPDATE, {
      c,
      id: tie.id,
      input: { strength: 5, changeReason: 'weekly huddles started' },
    });
    expect(first.data?.updateTie).toMatchObject({ strength: 5, version: 2 });
    expect(first.data?.updateTie.history).toEqual([
      expect.objectContaining({
        version: 1,
        strength: 3,
        trust: 2,
        changedBy: api.admin.id,
        changeReason: 'weekly huddles started',
      }),
    ]);
    expect(first.data?.updateTie.recordedAt > tie.recordedAt).toBe(true);
    expect(first.data?.updateTie.history[0].changedAt).toBe(first.data?.updateTie.recordedAt);

    // null clears an optional attribute; the type can change and its relationship follows.
    const second = await api.gql(UPDATE, {
      c,
      id: tie.id,
      input: { trust: null, typeId: 'joint-visit' },
    });
    const updated = second.data?.updateTie;
    expect(updated).toMatchObject({ trust: null, typeId: 'joint-visit', version: 3 });
    expect(updated.history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(updated.history[0]).toMatchObject({ strength: 5, trust: 2, typeId: 'direct-contact' });
    expect(
      await scalar('MATCH (:Tie {id: $id})-[:OF_TYPE]->(t:TieType) RETURN collect(t.id)[0] AS n', {
        id: tie.id,
      }),
    ).toBe('joint-visit');

    const ended = await api.gql(END, { c, id: tie.id, validTo: '2023-06-01', reason: 'retired' });
    expect(ended.data?.endTie).toMatchObject({ validTo: '2023-06-01', version: 4 });
    expect(ended.data?.endTie.history[0]).toMatchObject({
      version: 3,
      validTo: null,
      changeReason: 'retired',
    });
    const read = await api.gql(GET, { c, id: tie.id });
    expect(read.data?.tie).toEqual(ended.data?.endTie);
    expect(
      await scalar('MATCH (v:TieVersion {tieId: $id})-[:VERSION_OF]->(:Tie) RETURN count(v) AS n', {
        id: tie.id,
      }),
    ).toBe(3);
  });

  it('leaves the tie and its history untouched when an edit is refused', async () => {
    const { c, people, tie } = await setup();
    // A second tie the edit would collide with.
    await api.gql(CREATE, { c, input: tieInput(people[0], people[1], { typeId: 'advice' }) });
    const before = await councilFingerprint(db, c);
    const refused = await api.gql(UPDATE, { c, id: tie.id, input: { typeId: 'advice' } });
    expectCode(refused, 'CONFLICT');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c)).toBe(before);
    expect((await api.gql(GET, { c, id: tie.id })).data?.tie).toEqual(tie);
  });

  it('refuses to delete a tie that learning notes are about', async () => {
    const { c, tie } = await setup();
    await db.query(
      `MATCH (t:Tie {id: $id})
       CREATE (:LearningNote {id: $id + '-note', councilId: $c, text: 'why it worked'})-[:ABOUT]->(t)`,
      { id: tie.id, c },
      'WRITE',
    );
    const before = await councilFingerprint(db, c);
    const refused = await api.gql(DELETE, { c, id: tie.id, reason: 'mistake' });
    expectCode(refused, 'CONFLICT');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c)).toBe(before);
    expect((await api.gql(AUDIT, { c, a: 'DELETE' })).data?.auditEvents.total).toBe(0);
  });

  const field = (event: { changes: { field: string }[] }, name: string) =>
    event.changes.find((change) => change.field === name);

  it('records the edit and the hard delete in auditEvents, before and after, and removes the history', async () => {
    const { c, tie } = await setup();
    await api.gql(UPDATE, { c, id: tie.id, input: { strength: 4 } });
    const deleted = await api.gql(DELETE, { c, id: tie.id, reason: 'entered for the wrong team' });
    expect(deleted.data?.deleteTie).toBe(true);

    const gone = await api.gql(GET, { c, id: tie.id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
    expect(await scalar('MATCH (t:Tie {id: $id}) RETURN count(t) AS n', { id: tie.id })).toBe(0);
    expect(
      await scalar('MATCH (v:TieVersion {tieId: $id}) RETURN count(v) AS n', { id: tie.id }),
    ).toBe(0);

    const audit = await api.gql(AUDIT, { c, e: tie.id });
    // Newest first: the delete (the tie as it was, with the reason), the edit, the create.
    expect(audit.data?.auditEvents.total).toBe(3);
    const [deletion, edit, creation] = audit.data?.auditEvents.items ?? [];
    expect(creation).toMatchObject({
      action: 'CREATE',
      operation: 'createTie',
      entityIds: [tie.id],
    });
    expect(field(creation, 'strength')).toMatchObject({ before: null, after: '3' });
    expect(deletion).toMatchObject({
      action: 'DELETE',
      operation: 'deleteTie',
      entityKind: 'Tie',
      entityIds: [tie.id],
      reason: 'entered for the wrong team',
      userId: api.admin.id,
    });
    expect(deletion.actor).toContain(api.admin.email);
    expect(field(deletion, 'strength')).toEqual({
      entityId: tie.id,
      field: 'strength',
      before: '4',
      after: null,
    });
    expect(field(deletion, 'version')).toMatchObject({ before: '2', after: null });
    expect(edit).toMatchObject({ action: 'UPDATE', operation: 'updateTie' });
    expect(field(edit, 'strength')).toEqual({
      entityId: tie.id,
      field: 'strength',
      before: '3',
      after: '4',
    });
    expect((await api.gql(AUDIT, { c, a: 'DELETE' })).data?.auditEvents.total).toBe(1);

    const again = await api.gql(DELETE, { c, id: tie.id, reason: 'again' });
    expectCode(again, 'NOT_FOUND');
    expectNoInternals(again);
  });
});
