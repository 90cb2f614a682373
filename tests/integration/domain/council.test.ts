import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

describe('councils and neighbourhoods', () => {
  let api: TestApp;
  let db: Neo4jService;
  const created: string[] = [];
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of created) await deleteCouncil(api, id);
    await db.driver.close();
    await api.close();
  });

  it('creates, reads, updates, lists and deletes a council', async () => {
    const { id } = await createCouncil(api, 'Create Read Update');
    const read = await api.gql(
      `query($c: ID!) { council(councilId: $c) { id name synthetic neighbourhoods { name } } }`,
      { c: id },
    );
    expect(read.data?.council).toEqual({
      id,
      name: 'Create Read Update',
      synthetic: false,
      neighbourhoods: [{ name: 'North' }, { name: 'South' }],
    });

    const updated = await api.gql(
      `mutation($c: ID!) { updateCouncil(councilId: $c, input: { region: "North West" }) { name region } }`,
      { c: id },
    );
    expect(updated.data?.updateCouncil).toEqual({
      name: 'Create Read Update',
      region: 'North West',
    });

    const listed = await api.gql(
      `{ councils(search: "create read", limit: 5) { total items { id } } }`,
    );
    expect(listed.data?.councils.items.map((c: { id: string }) => c.id)).toContain(id);

    const deleted = await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c) }`, { c: id });
    expect(deleted.data?.deleteCouncil).toBe(true);
    const gone = await api.gql(`query($c: ID!) { council(councilId: $c) { id } }`, { c: id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('adds, renames and removes a neighbourhood', async () => {
    const { id } = await createCouncil(api);
    created.push(id);
    const added = await api.gql(
      `mutation($c: ID!) { addNeighbourhood(councilId: $c, input: { name: "East" }) { id name } }`,
      { c: id },
    );
    const nb = added.data?.addNeighbourhood.id as string;
    const renamed = await api.gql(
      `mutation($c: ID!, $n: ID!) { renameNeighbourhood(councilId: $c, id: $n, name: "East Side") { name } }`,
      { c: id, n: nb },
    );
    expect(renamed.data?.renameNeighbourhood.name).toBe('East Side');
    const removed = await api.gql(
      `mutation($c: ID!, $n: ID!) { removeNeighbourhood(councilId: $c, id: $n) }`,
      { c: id, n: nb },
    );
    expect(removed.data?.removeNeighbourhood).toBe(true);
  });

  it('refuses a duplicate id with CONFLICT and writes nothing', async () => {
    const { id } = await createCouncil(api);
    created.push(id);
    const before = await councilFingerprint(db, id);
    const dup = await api.gql(
      `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
      { i: { id, name: 'Again' } },
    );
    expectCode(dup, 'CONFLICT');
    expectNoInternals(dup);
    expect(await councilFingerprint(db, id)).toBe(before);
  });

  it.each([
    ['input.name', { name: '' }],
    ['input.name', { name: 'x'.repeat(121) }],
    ['input.id', { id: 'bad id with spaces', name: 'X' }],
    ['input.neighbourhoods[0].name', { name: 'X', neighbourhoods: [{ name: '' }] }],
  ])('rejects a bad %s and writes nothing', async (field, input) => {
    const before = await db.query<{ n: number }>('MATCH (c:Council) RETURN count(c) AS n');
    const res = await api.gql(
      `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
      { i: input },
    );
    expectBadInput(res, field);
    expectNoInternals(res);
    const after = await db.query<{ n: number }>('MATCH (c:Council) RETURN count(c) AS n');
    expect(after.records[0].get('n')).toBe(before.records[0].get('n'));
  });

  it('refuses to delete a council that holds data unless forced', async () => {
    const { id } = await createCouncil(api);
    await db.query(
      "CREATE (:Organisation {id: $o, councilId: $c, name: 'Org'})",
      { o: uniqueId('org'), c: id },
      'WRITE',
    );
    const refused = await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c) }`, { c: id });
    expectCode(refused, 'CONFLICT');
    const forced = await api.gql(
      `mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`,
      { c: id },
    );
    expect(forced.data?.deleteCouncil).toBe(true);
    const left = await db.query<{ n: number }>(
      'MATCH (n) WHERE (n.councilId = $c OR n.id = $c) AND NOT n:AuditEvent RETURN count(n) AS n',
      { c: id },
    );
    expect(left.records[0].get('n')).toBe(0);
    // The audit trail is append-only: the council's history, its deletion included, stays.
    const audit = await db.query<{ ops: string[] }>(
      'MATCH (e:AuditEvent {councilId: $c}) RETURN collect(e.operation) AS ops',
      { c: id },
    );
    expect(audit.records[0].get('ops')).toEqual(
      expect.arrayContaining(['createCouncil', 'deleteCouncil']),
    );
  });

  it('lists the shared vocabularies, including integration levels 1–7 in order', async () => {
    const res = await api.gql(
      `{ vocabularies { sectors { id } professions { id } tieTypes { id defaultDirected } noteCategories { id } integrationLevels { level name } } }`,
    );
    const v = res.data?.vocabularies;
    expect(v.sectors.map((s: { id: string }) => s.id).sort()).toEqual([
      'council',
      'independent',
      'nhs',
      'voluntary',
    ]);
    expect(v.professions).toHaveLength(14);
    expect(v.tieTypes).toHaveLength(12);
    expect(v.noteCategories).toHaveLength(7);
    expect(v.integrationLevels.map((l: { name: string }) => l.name)).toEqual([
      'Not linked',
      'Communication',
      'Cooperation',
      'Coordination',
      'Collaboration',
      'Partnership',
      'Fully linked',
    ]);
  });
});
