import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  apiOrganisation,
  apiPerson,
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
  'id name typeId organisationId neighbourhoodId neighbourhood { id name } validFrom validTo';
const GET = `query($c: ID!, $id: ID!, $asOf: String, $wave: ID) {
  team(councilId: $c, id: $id, asOf: $asOf, wave: $wave) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $typeId: ID, $organisationId: ID, $neighbourhoodId: ID, $sectorId: ID,
                    $search: String, $asOf: String, $wave: ID, $offset: Int! = 0) {
  teams(councilId: $c, typeId: $typeId, organisationId: $organisationId, neighbourhoodId: $neighbourhoodId,
        sectorId: $sectorId, search: $search, asOf: $asOf, wave: $wave, offset: $offset) { total items { id } } }`;
const CREATE = `mutation($c: ID!, $i: TeamInput!) { createTeam(councilId: $c, input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $i: UpdateTeamInput!) { updateTeam(councilId: $c, id: $id, input: $i) { ${FIELDS} } }`;
const END = `mutation($c: ID!, $id: ID!, $to: String!) { endTeam(councilId: $c, id: $id, validTo: $to) { id validTo } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteTeam(councilId: $c, id: $id) }`;
const END_MEMBERSHIP = `mutation($c: ID!, $id: ID!, $to: String!) { endMembership(councilId: $c, id: $id, validTo: $to) { id } }`;
const TO_ORG = `mutation($c: ID!, $i: AddTeamToOrganisationInput!) { addTeamToOrganisation(councilId: $c, input: $i) { id } }`;

const ids = (res: GraphQLResponse<any>) =>
  (res.data?.teams?.items ?? []).map((t: { id: string }) => t.id);

describe('teams', () => {
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

  it('creates, reads, updates, lists, ends and deletes a team', async () => {
    const c = await council();
    const trust = await apiOrganisation(api, c.id, { typeId: 'nhs-community-trust' });
    const provider = await apiOrganisation(api, c.id, { typeId: 'home-care-provider' });
    const created = await api.gql(CREATE, {
      c: c.id,
      i: {
        name: 'North DN',
        typeId: 'district-nursing',
        organisationId: trust,
        neighbourhoodId: c.north,
        validFrom: '2020-01-01',
      },
    });
    const team = created.data?.createTeam;
    expect(team).toMatchObject({
      name: 'North DN',
      typeId: 'district-nursing',
      organisationId: trust,
      neighbourhoodId: c.north,
      neighbourhood: { id: c.north, name: 'North' },
      validFrom: '2020-01-01',
      validTo: null,
    });
    expect((await api.gql(GET, { c: c.id, id: team.id })).data?.team).toEqual(team);
    // The PART_OF membership starts with the team.
    const memberships = await api.gql(
      `query($c: ID!, $t: ID!) { memberships(councilId: $c, teamId: $t) { kind organisationId validFrom validTo } }`,
      { c: c.id, t: team.id },
    );
    expect(memberships.data?.memberships).toEqual([
      { kind: 'ORGANISATION', organisationId: trust, validFrom: '2020-01-01', validTo: null },
    ]);

    const updated = await api.gql(UPDATE, {
      c: c.id,
      id: team.id,
      i: { name: 'Renamed DN', typeId: 'integrated-neighbourhood', neighbourhoodId: null },
    });
    expect(updated.data?.updateTeam).toMatchObject({
      name: 'Renamed DN',
      typeId: 'integrated-neighbourhood',
      neighbourhoodId: null,
      neighbourhood: null,
      organisationId: trust,
    });
    const branch = await apiTeam(api, c.id, {
      name: 'South branch',
      typeId: 'home-care-branch',
      organisationId: provider,
      neighbourhoodId: c.south,
    });

    const q = { c: c.id, asOf: '2021-01-01' };
    expect(ids(await api.gql(LIST, q)).sort()).toEqual([team.id, branch].sort());
    expect(ids(await api.gql(LIST, { ...q, typeId: 'home-care-branch' }))).toEqual([branch]);
    expect(ids(await api.gql(LIST, { ...q, organisationId: trust }))).toEqual([team.id]);
    expect(ids(await api.gql(LIST, { ...q, neighbourhoodId: c.south }))).toEqual([branch]);
    expect(ids(await api.gql(LIST, { ...q, sectorId: 'independent' }))).toEqual([branch]);
    expect(ids(await api.gql(LIST, { ...q, search: 'renamed' }))).toEqual([team.id]);
    const second = await api.gql(LIST, { ...q, offset: 1 });
    expect(second.data?.teams.total).toBe(2);
    expect(ids(second)).toHaveLength(1);

    const ended = await api.gql(END, { c: c.id, id: branch, to: '2023-01-01' });
    expect(ended.data?.endTeam).toEqual({ id: branch, validTo: '2023-01-01' });

    expect((await api.gql(DELETE, { c: c.id, id: branch })).data?.deleteTeam).toBe(true);
    const gone = await api.gql(GET, { c: c.id, id: branch });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
  });

  it('reads as of a date: ended in 2023 absent as of 2024, present as of 2022', async () => {
    const c = await council();
    const team = await apiTeam(api, c.id, { validFrom: '2020-01-01', validTo: '2023-03-01' });
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2022-01-01' }))).toEqual([team]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2024-01-01' }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2019-01-01' }))).toEqual([]);
    const wave = uniqueId('wave');
    await db.query(
      `CREATE (:Wave {id: $wave, councilId: $c, label: 'Go-live', date: '2022-09-01', method: 'survey'})`,
      { wave, c: c.id },
      'WRITE',
    );
    expect(ids(await api.gql(LIST, { c: c.id, wave }))).toEqual([team]);
  });

  it('follows a team moving between organisations, by date', async () => {
    const c = await council();
    const trust = await apiOrganisation(api, c.id, { typeId: 'nhs-community-trust' });
    const provider = await apiOrganisation(api, c.id, { typeId: 'home-care-provider' });
    const team = await apiTeam(api, c.id, { organisationId: trust });
    const history = await api.gql(
      `query($c: ID!, $t: ID!) { memberships(councilId: $c, teamId: $t) { id } }`,
      { c: c.id, t: team },
    );
    await api.gql(END_MEMBERSHIP, {
      c: c.id,
      id: history.data?.memberships[0].id,
      to: '2023-01-01',
    });
    const moved = await api.gql(TO_ORG, {
      c: c.id,
      i: { teamId: team, organisationId: provider, validFrom: '2023-01-01' },
    });
    expect(moved.errors).toBeUndefined();

    const org = async (asOf: string) =>
      (await api.gql(GET, { c: c.id, id: team, asOf })).data?.team.organisationId;
    expect(await org('2022-12-31')).toBe(trust);
    expect(await org('2023-01-01')).toBe(provider);
    expect(
      ids(await api.gql(LIST, { c: c.id, organisationId: trust, asOf: '2022-01-01' })),
    ).toEqual([team]);
    expect(
      ids(await api.gql(LIST, { c: c.id, organisationId: trust, asOf: '2024-01-01' })),
    ).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id, sectorId: 'nhs', asOf: '2022-01-01' }))).toEqual([
      team,
    ]);
    expect(ids(await api.gql(LIST, { c: c.id, sectorId: 'nhs', asOf: '2024-01-01' }))).toEqual([]);
    expect(
      ids(await api.gql(LIST, { c: c.id, sectorId: 'independent', asOf: '2024-01-01' })),
    ).toEqual([team]);
  });

  it('ends its members and its organisation membership when the team ends', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id, { organisationId: org });
    const person = await apiPerson(api, c.id, { teamId: team });
    await api.gql(END, { c: c.id, id: team, to: '2022-07-01' });
    const res = await api.gql(
      `query($c: ID!, $t: ID!) { memberships(councilId: $c, teamId: $t) { kind personId validTo } }`,
      { c: c.id, t: team },
    );
    expect(res.data?.memberships).toEqual([
      { kind: 'TEAM', personId: person, validTo: '2022-07-01' },
      { kind: 'ORGANISATION', personId: null, validTo: '2022-07-01' },
    ]);
    const before = await councilFingerprint(db, c.id);
    const early = await api.gql(END, { c: c.id, id: team, to: '2019-01-01' });
    expectBadInput(early, 'validTo');
    expectNoInternals(early);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('refuses a hard delete while people are members of the team', async () => {
    const c = await council();
    const team = await apiTeam(api, c.id);
    await apiPerson(api, c.id, { teamId: team });
    const before = await councilFingerprint(db, c.id);
    const refused = await api.gql(DELETE, { c: c.id, id: team });
    expectCode(refused, 'CONFLICT');
    expect(refused.errors?.[0].message).toContain('members');
    expectNoInternals(refused);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('refuses an organisation that does not exist on the team’s start date', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id, { validFrom: '2022-01-01' });
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(CREATE, {
      c: c.id,
      i: { name: 'Too early', typeId: 'reablement', organisationId: org, validFrom: '2021-01-01' },
    });
    expectBadInput(res, 'input.organisationId');
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('keeps councils apart: every query and mutation refuses another council’s ids', async () => {
    const a = await council();
    const b = await council();
    const orgB = await apiOrganisation(api, b.id);
    const teamA = await apiTeam(api, a.id, { name: 'A team' });
    const teamB = await apiTeam(api, b.id, { name: 'B team', organisationId: orgB });
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const base = { name: 'X', typeId: 'reablement', validFrom: '2021-01-01' };
    const attempts: [string, Record<string, unknown>][] = [
      [GET, { c: a.id, id: teamB }],
      [LIST, { c: a.id, organisationId: orgB }],
      [LIST, { c: a.id, neighbourhoodId: b.north }],
      [CREATE, { c: a.id, i: { ...base, organisationId: orgB } }],
      [CREATE, { c: a.id, i: { ...base, neighbourhoodId: b.north } }],
      [UPDATE, { c: a.id, id: teamB, i: { name: 'Hijacked' } }],
      [UPDATE, { c: a.id, id: teamA, i: { neighbourhoodId: b.south } }],
      [END, { c: a.id, id: teamB, to: '2024-01-01' }],
      [DELETE, { c: a.id, id: teamB }],
    ];
    for (const [query, variables] of attempts) {
      const res = await api.gql(query, variables);
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);
    const stillB = await api.gql(GET, { c: b.id, id: teamB });
    expect(stillB.data?.team).toMatchObject({
      name: 'B team',
      organisationId: orgB,
      validTo: null,
    });
  });

  const valid = { name: 'Valid', typeId: 'reablement', validFrom: '2020-01-01' };
  it.each([
    ['input.name', { ...valid, name: '' }],
    ['input.name', { ...valid, name: 'y'.repeat(121) }],
    ['input.typeId', { ...valid, typeId: 'submarine-crew' }],
    ['input.typeId', { ...valid, typeId: '-bad' }],
    ['input.validFrom', { ...valid, validFrom: '01/02/2020' }],
    ['input.validTo', { ...valid, validTo: '2019-01-01' }],
    ['input.organisationId', { ...valid, organisationId: 'has spaces' }],
    ['input.neighbourhoodId', { ...valid, neighbourhoodId: '!' }],
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
    ['input.typeId', { typeId: null }],
    ['input.typeId', { typeId: 'unknown-team-type' }],
    ['input.neighbourhoodId', { neighbourhoodId: 'bad id' }],
  ])('refuses an update with a bad %s and changes nothing', async (field, input) => {
    const c = await council();
    const team = await apiTeam(api, c.id, { name: 'Unchanged' });
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(UPDATE, { c: c.id, id: team, i: input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
    expect((await api.gql(GET, { c: c.id, id: team })).data?.team.name).toBe('Unchanged');
  });

  it.each([
    ['typeId', { typeId: 'unknown-team-type' }],
    ['sectorId', { sectorId: 'unknown-sector' }],
    ['asOf', { asOf: 'yesterday' }],
    ['offset', { offset: -1 }],
  ])('refuses a list with a bad %s', async (field, variables) => {
    const c = await council();
    const res = await api.gql(LIST, { c: c.id, ...variables });
    expectBadInput(res, field);
    expectNoInternals(res);
  });
});
