import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { expectBadInput, expectCode, testDb } from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const FIELDS = `id name description builtIn
  expectations { id fromTeamTypeId toTeamTypeId tieTypeId sameNeighbourhood description }`;
const CREATE = `mutation($input: CreateBlueprintInput!) { createBlueprint(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateBlueprintInput!) { updateBlueprint(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteBlueprint(id: $id) }`;
const GET = `query($id: ID!) { blueprint(id: $id) { ${FIELDS} } }`;
const LIST = `query($search: String, $offset: Int, $limit: Int) { blueprints(search: $search, offset: $offset, limit: $limit) { total items { id name } } }`;

const STANDARD = 'blended-roles-trusted-assessment';

const contact = {
  fromTeamTypeId: 'home-care-branch',
  toTeamTypeId: 'district-nursing',
  tieTypeId: 'direct-contact',
  sameNeighbourhood: true,
  description: 'Carers and nurses of a neighbourhood know each other.',
};
const referral = {
  fromTeamTypeId: 'hospital-discharge',
  toTeamTypeId: 'reablement',
  tieTypeId: 'referral',
  sameNeighbourhood: false,
};

describe('blueprints', () => {
  let api: TestApp;
  let db: Neo4jService;
  const created: string[] = [];

  /** The stored state of a blueprint and its expectation nodes: "unchanged" means equal. */
  async function snapshot(id: string): Promise<string> {
    const result = await db.query(
      `OPTIONAL MATCH (b:Blueprint {id: $id})
       RETURN b {.*, expectations: COLLECT { MATCH (b)-[:EXPECTS]->(e) RETURN e {.*} ORDER BY e.id }} AS b,
              COUNT { MATCH (e:BlueprintExpectation) WHERE e.id STARTS WITH $id } AS nodes`,
      { id },
    );
    return JSON.stringify(result.records[0].toObject());
  }

  async function blueprintCount(): Promise<number> {
    const result = await db.query<{ n: number }>(
      'MATCH (b:Blueprint) RETURN count(b) + COUNT { (:BlueprintExpectation) } AS n',
    );
    return result.records[0].get('n');
  }

  async function create(input: Record<string, unknown>) {
    const res = await api.gql(CREATE, { input });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    created.push(res.data?.createBlueprint.id);
    return res.data?.createBlueprint as { id: string; expectations: { id: string }[] };
  }

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    for (const id of created) await api.gql(DELETE, { id });
    await db.driver.close();
    await api.close();
  });

  it('has the standard blended-roles blueprint after migrations', async () => {
    const res = await api.gql(GET, { id: STANDARD });
    const blueprint = res.data?.blueprint;
    expect(blueprint).toMatchObject({
      id: STANDARD,
      name: 'Blended roles and trusted assessment',
      builtIn: true,
    });
    const rows = blueprint.expectations.map(
      (e: {
        fromTeamTypeId: string;
        toTeamTypeId: string;
        tieTypeId: string;
        sameNeighbourhood: boolean;
      }) => `${e.fromTeamTypeId} ${e.tieTypeId} ${e.toTeamTypeId} ${e.sameNeighbourhood}`,
    );
    expect(rows).toEqual([
      'home-care-branch direct-contact district-nursing true',
      'district-nursing delegated-health-task home-care-branch true',
      'trusted-assessor direct-contact home-care-branch false',
      'trusted-assessor information-sharing social-work-locality false',
      'commissioning commissioning-contract home-care-branch false',
    ]);
    for (const e of blueprint.expectations) {
      expect(e.id).toMatch(new RegExp(`^${STANDARD}\\.[a-z-]+$`));
      expect(e.description).toEqual(expect.any(String));
    }
    const listed = await api.gql(LIST, { search: 'BLENDED roles' });
    expect(listed.data?.blueprints.items.map((b: { id: string }) => b.id)).toContain(STANDARD);
  });

  it('refuses to change or delete the built-in blueprint (CONFLICT)', async () => {
    const before = await snapshot(STANDARD);
    const attempts = [
      await api.gql(UPDATE, { id: STANDARD, input: { name: 'Renamed' } }),
      await api.gql(UPDATE, { id: STANDARD, input: { expectations: [referral] } }),
      await api.gql(DELETE, { id: STANDARD }),
    ];
    for (const res of attempts) {
      expectCode(res, 'CONFLICT');
      expectNoInternals(res);
    }
    expect(await snapshot(STANDARD)).toBe(before);
  });

  it('creates, reads, lists, updates and deletes a blueprint', async () => {
    const made = await create({
      name: 'Discharge to assess',
      description: 'Hospital discharge teams refer to reablement.',
      expectations: [contact, referral],
    });
    const id = made.id;
    expect(id).toMatch(/^blueprint-/);
    expect(made).toEqual({
      id,
      name: 'Discharge to assess',
      description: 'Hospital discharge teams refer to reablement.',
      builtIn: false,
      expectations: [
        { id: `${id}.1`, ...contact },
        { id: `${id}.2`, ...referral, description: null },
      ],
    });
    expect((await api.gql(GET, { id })).data?.blueprint).toEqual(made);
    const listed = await api.gql(LIST, { search: 'discharge to', limit: 500 });
    expect(listed.data?.blueprints.items.map((b: { id: string }) => b.id)).toContain(id);

    const renamed = await api.gql(UPDATE, { id, input: { name: 'Discharge to assess (v2)' } });
    expect(renamed.data?.updateBlueprint.name).toBe('Discharge to assess (v2)');
    expect(renamed.data?.updateBlueprint.expectations).toEqual(made.expectations);

    const replaced = await api.gql(UPDATE, {
      id,
      input: { description: 'Only the referral.', expectations: [referral] },
    });
    expect(replaced.data?.updateBlueprint).toMatchObject({
      name: 'Discharge to assess (v2)',
      description: 'Only the referral.',
      expectations: [{ id: `${id}.1`, ...referral }],
    });
    const nodes = await db.query<{ n: number }>(
      'MATCH (e:BlueprintExpectation) WHERE e.id STARTS WITH $id RETURN count(e) AS n',
      { id },
    );
    expect(nodes.records[0].get('n')).toBe(1);

    expect((await api.gql(DELETE, { id })).data?.deleteBlueprint).toBe(true);
    const gone = await api.gql(GET, { id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
    expect(await snapshot(id)).toBe(JSON.stringify({ b: null, nodes: 0 }));
  });

  it('makes ids on the server: an id in the input is refused and nothing is written', async () => {
    const made = await create({ name: 'Generated', description: 'd', expectations: [contact] });
    const before = await snapshot(made.id);
    const count = await blueprintCount();
    const dup = await api.gql(CREATE, {
      input: { id: made.id, name: 'Again', description: 'd', expectations: [referral] },
    });
    expectCode(dup, 'BAD_USER_INPUT');
    expect(dup.errors?.[0].message).toContain('Field "id" is not defined');
    expectNoInternals(dup);
    expect(await snapshot(made.id)).toBe(before);
    expect(await blueprintCount()).toBe(count);
  });

  it('answers NOT_FOUND for a blueprint that does not exist', async () => {
    const id = uniqueId('no-bp');
    for (const res of [
      await api.gql(GET, { id }),
      await api.gql(UPDATE, { id, input: { name: 'X' } }),
      await api.gql(DELETE, { id }),
    ]) {
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(await snapshot(id)).toBe(JSON.stringify({ b: null, nodes: 0 }));
  });

  const valid = { name: 'Valid', description: 'A blueprint.', expectations: [contact, referral] };
  const many = Array.from({ length: 51 }, (_, i) => ({ ...referral, description: `e${i}` }));
  it.each([
    ['input.name', { ...valid, name: '' }],
    ['input.name', { ...valid, name: 'x'.repeat(121) }],
    ['input.description', { ...valid, description: '' }],
    ['input.description', { ...valid, description: 'x'.repeat(2001) }],
    ['input.expectations', { ...valid, expectations: [] }],
    ['input.expectations', { ...valid, expectations: many }],
    [
      'input.expectations[0].fromTeamTypeId',
      { ...valid, expectations: [{ ...contact, fromTeamTypeId: 'choir' }] },
    ],
    [
      'input.expectations[1].toTeamTypeId',
      { ...valid, expectations: [contact, { ...referral, toTeamTypeId: 'choir' }] },
    ],
    [
      'input.expectations[1].tieTypeId',
      { ...valid, expectations: [contact, { ...referral, tieTypeId: 'gossip' }] },
    ],
    [
      'input.expectations[1].tieTypeId',
      { ...valid, expectations: [contact, { ...referral, tieTypeId: 'bad id' }] },
    ],
    [
      'input.expectations[0].description',
      { ...valid, expectations: [{ ...contact, description: 'x'.repeat(501) }] },
    ],
    ['input.expectations[1]', { ...valid, expectations: [contact, contact] }],
    [
      'input.expectations[1]',
      {
        ...valid,
        expectations: [
          contact,
          {
            ...contact,
            fromTeamTypeId: contact.toTeamTypeId,
            toTeamTypeId: contact.fromTeamTypeId,
          },
        ],
      },
    ],
  ])('rejects a bad %s on create and writes nothing', async (field, input) => {
    const count = await blueprintCount();
    const res = await api.gql(CREATE, { input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await blueprintCount()).toBe(count);
  });

  it('keeps expectations in the order given, beyond nine of them', async () => {
    const types = ['district-nursing', 'home-care-branch', 'reablement', 'social-work-locality'];
    const expectations = types
      .flatMap((from) => types.filter((to) => to !== from).map((to) => ({ from, to })))
      .map(({ from, to }, i) => ({
        fromTeamTypeId: from,
        toTeamTypeId: to,
        tieTypeId: 'referral',
        description: `#${i}`,
      }));
    expect(expectations).toHaveLength(12);
    const made = await create({ ...valid, expectations });
    const read = await api.gql(GET, { id: made.id });
    expect(
      read.data?.blueprint.expectations.map((e: { description: string }) => e.description),
    ).toEqual(expectations.map((e) => e.description));
  });

  it('accepts the same team types both ways for a directed tie type', async () => {
    const reverse = {
      ...referral,
      fromTeamTypeId: 'reablement',
      toTeamTypeId: 'hospital-discharge',
    };
    const made = await create({ ...valid, expectations: [referral, reverse] });
    expect(made.expectations).toHaveLength(2);
  });

  it.each([
    ['input.name', { name: null }],
    ['input.name', { name: '' }],
    ['input.description', { description: null }],
    ['input.expectations', { expectations: null }],
    ['input.expectations', { expectations: [] }],
    [
      'input.expectations[1].tieTypeId',
      { expectations: [contact, { ...referral, tieTypeId: 'gossip' }] },
    ],
    ['input.expectations[1]', { expectations: [referral, referral] }],
  ])('rejects a bad %s on update and changes nothing', async (field, input) => {
    const made = await create(valid);
    const before = await snapshot(made.id);
    const res = await api.gql(UPDATE, { id: made.id, input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await snapshot(made.id)).toBe(before);
  });

  it.each([
    ['id', GET, { id: 'bad id' }],
    ['search', LIST, { search: 'x'.repeat(121) }],
    ['limit', LIST, { limit: 501 }],
  ])('rejects a bad %s argument', async (field, query, variables) => {
    const res = await api.gql(query, variables);
    expectBadInput(res, field);
    expectNoInternals(res);
  });
});
