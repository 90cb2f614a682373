import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  apiOrganisation,
  apiTeam,
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  expectBadInput,
  expectCode,
  testDb,
} from '../../support/domain-fixtures';
import { expectNoInternals, GraphQLResponse, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

const FIELDS =
  'id name typeId sectorId neighbourhoodIds neighbourhoods { id name } validFrom validTo';
const GET = `query($c: ID!, $id: ID!, $asOf: String, $wave: ID) {
  organisation(councilId: $c, id: $id, asOf: $asOf, wave: $wave) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $typeId: ID, $sectorId: ID, $neighbourhoodId: ID, $search: String,
                    $asOf: String, $wave: ID, $limit: Int! = 50) {
  organisations(councilId: $c, typeId: $typeId, sectorId: $sectorId, neighbourhoodId: $neighbourhoodId,
                search: $search, asOf: $asOf, wave: $wave, limit: $limit) { total items { id } } }`;
const CREATE = `mutation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $i: UpdateOrganisationInput!) {
  updateOrganisation(councilId: $c, id: $id, input: $i) { ${FIELDS} } }`;
const END = `mutation($c: ID!, $id: ID!, $to: String!) { endOrganisation(councilId: $c, id: $id, validTo: $to) { id validTo } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteOrganisation(councilId: $c, id: $id) }`;

const ids = (res: GraphQLResponse<any>) =>
  (res.data?.organisations?.items ?? []).map((o: { id: string }) => o.id);

describe('organisations', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];
  const council = async () => {
    const c = await createCouncil(api);
    councils.push(c.id);
    return c;
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

  it('creates, reads, updates, lists, ends and deletes an organisation', async () => {
    const c = await council();
    const created = await api.gql(CREATE, {
      c: c.id,
      i: {
        name: 'Tameside GP',
        typeId: 'gp-practice',
        neighbourhoodIds: [c.north],
        validFrom: '2020-01-01',
      },
    });
    const org = created.data?.createOrganisation;
    // The sector defaults to the organisation type's usual sector.
    expect(org).toMatchObject({
      name: 'Tameside GP',
      typeId: 'gp-practice',
      sectorId: 'nhs',
      neighbourhoodIds: [c.north],
      neighbourhoods: [{ id: c.north, name: 'North' }],
      validFrom: '2020-01-01',
      validTo: null,
    });

    const read = await api.gql(GET, { c: c.id, id: org.id });
    expect(read.data?.organisation).toEqual(org);

    const updated = await api.gql(UPDATE, {
      c: c.id,
      id: org.id,
      i: {
        name: 'Care at Home Ltd',
        typeId: 'home-care-provider',
        sectorId: 'independent',
        neighbourhoodIds: [c.south],
      },
    });
    expect(updated.data?.updateOrganisation).toMatchObject({
      name: 'Care at Home Ltd',
      typeId: 'home-care-provider',
      sectorId: 'independent',
      neighbourhoodIds: [c.south],
    });
    const other = await apiOrganisation(api, c.id, {
      name: 'Voluntary Hub',
      typeId: 'voluntary-organisation',
    });

    const q = { c: c.id, asOf: '2021-01-01' };
    expect(ids(await api.gql(LIST, q)).sort()).toEqual([org.id, other].sort());
    expect(ids(await api.gql(LIST, { ...q, typeId: 'home-care-provider' }))).toEqual([org.id]);
    expect(ids(await api.gql(LIST, { ...q, sectorId: 'voluntary' }))).toEqual([other]);
    expect(ids(await api.gql(LIST, { ...q, neighbourhoodId: c.south }))).toEqual([org.id]);
    expect(ids(await api.gql(LIST, { ...q, neighbourhoodId: c.north }))).toEqual([]);
    expect(ids(await api.gql(LIST, { ...q, search: 'CARE AT' }))).toEqual([org.id]);
    const page = await api.gql(LIST, { ...q, limit: 1 });
    expect(page.data?.organisations.total).toBe(2);
    expect(ids(page)).toHaveLength(1);

    const ended = await api.gql(END, { c: c.id, id: org.id, to: '2023-01-01' });
    expect(ended.data?.endOrganisation).toEqual({ id: org.id, validTo: '2023-01-01' });

    expect(await api.gql(DELETE, { c: c.id, id: org.id })).toMatchObject({
      data: { deleteOrganisation: true },
    });
    const gone = await api.gql(GET, { c: c.id, id: org.id });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('reads as of a date or a wave: ended in 2023, absent as of 2024, present as of 2022', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id, {
      validFrom: '2020-01-01',
      validTo: '2023-06-01',
    });
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2022-06-01' }))).toEqual([org]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2024-01-01' }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2019-12-31' }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2023-06-01' }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id }))).toEqual([]);

    const wave = uniqueId('wave');
    await db.query(
      `CREATE (:Wave {id: $wave, councilId: $c, label: 'Baseline', date: '2021-03-01', method: 'survey'})`,
      { wave, c: c.id },
      'WRITE',
    );
    expect(ids(await api.gql(LIST, { c: c.id, wave }))).toEqual([org]);
    // A get returns the record whatever the moment; the moment must still be valid.
    const read = await api.gql(GET, { c: c.id, id: org, asOf: '2024-01-01' });
    expect(read.data?.organisation.validTo).toBe('2023-06-01');
    const both = await api.gql(LIST, { c: c.id, wave, asOf: '2022-01-01' });
    expectBadInput(both, 'asOf');
    expectNoInternals(both);
  });

  it('ends the team memberships still open when an organisation ends', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id, { organisationId: org });
    await api.gql(END, { c: c.id, id: org, to: '2023-01-01' });
    const res = await api.gql(
      `query($c: ID!, $t: ID!) { memberships(councilId: $c, teamId: $t) { kind organisationId validTo } }`,
      { c: c.id, t: team },
    );
    expect(res.data?.memberships).toEqual([
      { kind: 'ORGANISATION', organisationId: org, validTo: '2023-01-01' },
    ]);
  });

  it('refuses a hard delete while teams or ties refer to the organisation', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id, { organisationId: org });
    let before = await councilFingerprint(db, c.id);
    const refused = await api.gql(DELETE, { c: c.id, id: org });
    expectCode(refused, 'CONFLICT');
    expect(refused.errors?.[0].message).toContain('teams');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c.id)).toBe(before);

    await api.gql(`mutation($c: ID!, $id: ID!) { deleteTeam(councilId: $c, id: $id) }`, {
      c: c.id,
      id: team,
    });
    await db.query(
      `MATCH (o:Organisation {id: $org}) CREATE (:Tie {id: $tie, councilId: $c})-[:FROM]->(o)`,
      { org, tie: uniqueId('tie'), c: c.id },
      'WRITE',
    );
    before = await councilFingerprint(db, c.id);
    const byTie = await api.gql(DELETE, { c: c.id, id: org });
    expectCode(byTie, 'CONFLICT');
    expect(byTie.errors?.[0].message).toContain('ties');
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('keeps councils apart: every query and mutation refuses another council’s ids', async () => {
    const a = await council();
    const b = await council();
    const orgA = await apiOrganisation(api, a.id, { name: 'A org' });
    const orgB = await apiOrganisation(api, b.id, { name: 'B org', neighbourhoodIds: [b.north] });
    const waveB = uniqueId('wave');
    await db.query(
      `CREATE (:Wave {id: $wave, councilId: $c, label: 'B', date: '2021-01-01', method: 'survey'})`,
      { wave: waveB, c: b.id },
      'WRITE',
    );
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const attempts: [string, Record<string, unknown>][] = [
      [GET, { c: a.id, id: orgB }],
      [GET, { c: a.id, id: orgA, wave: waveB }],
      [LIST, { c: a.id, neighbourhoodId: b.north }],
      [LIST, { c: a.id, wave: waveB }],
      [
        CREATE,
        {
          c: a.id,
          i: {
            name: 'X',
            typeId: 'gp-practice',
            validFrom: '2020-01-01',
            neighbourhoodIds: [b.north],
          },
        },
      ],
      [UPDATE, { c: a.id, id: orgB, i: { name: 'Hijacked' } }],
      [UPDATE, { c: a.id, id: orgA, i: { neighbourhoodIds: [b.south] } }],
      [END, { c: a.id, id: orgB, to: '2024-01-01' }],
      [DELETE, { c: a.id, id: orgB }],
    ];
    for (const [query, variables] of attempts) {
      const res = await api.gql(query, variables);
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);
    const stillB = await api.gql(GET, { c: b.id, id: orgB });
    expect(stillB.data?.organisation).toMatchObject({
      name: 'B org',
      neighbourhoodIds: [b.north],
      validTo: null,
    });
    const unknownCouncil = await api.gql(LIST, { c: uniqueId('nowhere') });
    expectCode(unknownCouncil, 'NOT_FOUND');
  });

  const valid = { name: 'Valid', typeId: 'gp-practice', validFrom: '2020-01-01' };
  it.each([
    ['input.name', { ...valid, name: '' }],
    ['input.name', { ...valid, name: 'x'.repeat(121) }],
    ['input.typeId', { ...valid, typeId: 'not a slug' }],
    ['input.typeId', { ...valid, typeId: 'spaceship-operator' }],
    ['input.sectorId', { ...valid, sectorId: 'military' }],
    ['input.validFrom', { ...valid, validFrom: '2023-02-30' }],
    ['validFrom', { name: 'No start', typeId: 'gp-practice' }],
    ['input.validTo', { ...valid, validTo: '2019-12-31' }],
    ['input.neighbourhoodIds', { ...valid, neighbourhoodIds: ['dup', 'dup'] }],
    ['"id\\" is not defined', { ...valid, id: 'server-makes-ids' }],
  ])('refuses a create with a bad %s and writes nothing', async (field, input) => {
    const c = await council();
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(CREATE, { c: c.id, i: input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it.each([
    ['input.name', { name: null }],
    ['input.name', { name: '' }],
    ['input.typeId', { typeId: 'unknown-type' }],
    ['input.sectorId', { sectorId: null }],
    ['input.neighbourhoodIds', { neighbourhoodIds: null }],
  ])('refuses an update with a bad %s and changes nothing', async (field, input) => {
    const c = await council();
    const org = await apiOrganisation(api, c.id, { name: 'Unchanged' });
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(UPDATE, { c: c.id, id: org, i: input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
    expect((await api.gql(GET, { c: c.id, id: org })).data?.organisation.name).toBe('Unchanged');
  });

  it.each([
    ['validTo', END, { to: '2019-01-01' }],
    ['validTo', END, { to: 'soon' }],
    ['asOf', LIST, { asOf: '2024-13-01' }],
    ['limit', LIST, { limit: 501 }],
    ['typeId', LIST, { typeId: 'unknown-type' }],
    ['sectorId', LIST, { sectorId: 'unknown-sector' }],
    ['councilId', LIST, { c: 'bad council id' }],
  ])('refuses a bad %s on end or list', async (field, query, variables) => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(query, { c: c.id, id: org, ...variables });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });
});
