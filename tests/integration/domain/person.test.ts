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

const FIELDS = `id pseudonym displayName roleTitle level blendedRole professionId teamIds validFrom validTo
  memberships { id kind personId teamId professionId validFrom validTo }`;
const GET = `query($c: ID!, $id: ID!, $asOf: String) { person(councilId: $c, id: $id, asOf: $asOf) { ${FIELDS} } }`;
const LIST = `query($c: ID!, $teamId: ID, $professionId: ID, $level: PersonLevel, $blendedRole: Boolean,
                    $organisationId: ID, $neighbourhoodId: ID, $search: String, $asOf: String, $wave: ID) {
  people(councilId: $c, teamId: $teamId, professionId: $professionId, level: $level, blendedRole: $blendedRole,
         organisationId: $organisationId, neighbourhoodId: $neighbourhoodId, search: $search, asOf: $asOf,
         wave: $wave) { total items { id } } }`;
const CREATE = `mutation($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($c: ID!, $id: ID!, $i: UpdatePersonInput!) { updatePerson(councilId: $c, id: $id, input: $i) { ${FIELDS} } }`;
const END = `mutation($c: ID!, $id: ID!, $to: String!) { endPerson(councilId: $c, id: $id, validTo: $to) { id validTo } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deletePerson(councilId: $c, id: $id) }`;

const ids = (res: GraphQLResponse<any>) =>
  (res.data?.people?.items ?? []).map((p: { id: string }) => p.id);

describe('people', () => {
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

  it('creates, reads, updates, lists, ends and deletes a person', async () => {
    const c = await council();
    // Display names and role titles are hidden unless the council turns them on.
    await api.gql(
      `mutation($c: ID!) { updateCouncilSettings(councilId: $c, input: { namesVisible: true }) { id } }`,
      { c: c.id },
    );
    const trust = await apiOrganisation(api, c.id, { typeId: 'nhs-community-trust' });
    const dn = await apiTeam(api, c.id, { organisationId: trust, neighbourhoodId: c.north });
    const branch = await apiTeam(api, c.id, {
      typeId: 'home-care-branch',
      neighbourhoodId: c.south,
    });
    const created = await api.gql(CREATE, {
      c: c.id,
      i: {
        pseudonym: 'P-0001',
        roleTitle: 'District nurse',
        level: 'FRONTLINE',
        teamId: dn,
        professionId: 'district-nurse',
        validFrom: '2020-01-01',
      },
    });
    const person = created.data?.createPerson;
    // Pseudonymous by default: no display name unless one is given.
    expect(person).toMatchObject({
      pseudonym: 'P-0001',
      displayName: null,
      roleTitle: 'District nurse',
      level: 'FRONTLINE',
      blendedRole: false,
      professionId: 'district-nurse',
      teamIds: [dn],
      validFrom: '2020-01-01',
      validTo: null,
    });
    expect(person.memberships).toEqual([
      expect.objectContaining({
        kind: expect.any(String),
        personId: person.id,
        validFrom: '2020-01-01',
        validTo: null,
      }),
      expect.objectContaining({
        kind: expect.any(String),
        personId: person.id,
        validFrom: '2020-01-01',
        validTo: null,
      }),
    ]);
    expect(person.memberships.map((m: { kind: string }) => m.kind).sort()).toEqual([
      'PROFESSION',
      'TEAM',
    ]);
    expect((await api.gql(GET, { c: c.id, id: person.id })).data?.person).toEqual(person);

    const named = await api.gql(UPDATE, {
      c: c.id,
      id: person.id,
      i: { displayName: 'Ann Example', level: 'MANAGER', blendedRole: true },
    });
    expect(named.data?.updatePerson).toMatchObject({
      displayName: 'Ann Example',
      level: 'MANAGER',
      blendedRole: true,
    });
    const cleared = await api.gql(UPDATE, { c: c.id, id: person.id, i: { displayName: null } });
    expect(cleared.data?.updatePerson).toMatchObject({ displayName: null, pseudonym: 'P-0001' });
    await api.gql(UPDATE, { c: c.id, id: person.id, i: { displayName: 'Ann Example' } });

    const carer = await apiPerson(api, c.id, {
      pseudonym: 'P-0002',
      teamId: branch,
      professionId: 'home-care-worker',
      blendedRole: true,
    });
    const q = { c: c.id, asOf: '2021-01-01' };
    expect(ids(await api.gql(LIST, q)).sort()).toEqual([person.id, carer].sort());
    expect(ids(await api.gql(LIST, { ...q, teamId: branch }))).toEqual([carer]);
    expect(ids(await api.gql(LIST, { ...q, professionId: 'district-nurse' }))).toEqual([person.id]);
    expect(ids(await api.gql(LIST, { ...q, level: 'MANAGER' }))).toEqual([person.id]);
    expect(ids(await api.gql(LIST, { ...q, blendedRole: true })).sort()).toEqual(
      [person.id, carer].sort(),
    );
    expect(ids(await api.gql(LIST, { ...q, organisationId: trust }))).toEqual([person.id]);
    expect(ids(await api.gql(LIST, { ...q, neighbourhoodId: c.south }))).toEqual([carer]);
    expect(ids(await api.gql(LIST, { ...q, search: 'ann ex' }))).toEqual([person.id]);
    expect(ids(await api.gql(LIST, { ...q, search: 'p-0002' }))).toEqual([carer]);

    const ended = await api.gql(END, { c: c.id, id: carer, to: '2023-01-01' });
    expect(ended.data?.endPerson).toEqual({ id: carer, validTo: '2023-01-01' });
    const endedRead = await api.gql(GET, { c: c.id, id: carer, asOf: '2022-01-01' });
    expect(endedRead.data?.person.memberships.map((m: { validTo: string }) => m.validTo)).toEqual([
      '2023-01-01',
      '2023-01-01',
    ]);

    expect((await api.gql(DELETE, { c: c.id, id: carer })).data?.deletePerson).toBe(true);
    const gone = await api.gql(GET, { c: c.id, id: carer });
    expectCode(gone, 'NOT_FOUND');
    expectNoInternals(gone);
    // The branch now has no members, so it can be deleted: the memberships went too.
    expect(
      (
        await api.gql(`mutation($c: ID!, $id: ID!) { deleteTeam(councilId: $c, id: $id) }`, {
          c: c.id,
          id: branch,
        })
      ).data?.deleteTeam,
    ).toBe(true);
  });

  it('reads as of a date or wave: ended in 2023, absent as of 2024, present as of 2022', async () => {
    const c = await council();
    const team = await apiTeam(api, c.id);
    const person = await apiPerson(api, c.id, { teamId: team, validTo: '2023-05-01' });
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2022-01-01' }))).toEqual([person]);
    expect(ids(await api.gql(LIST, { c: c.id, asOf: '2024-01-01' }))).toEqual([]);
    expect(ids(await api.gql(LIST, { c: c.id, teamId: team, asOf: '2024-01-01' }))).toEqual([]);
    const wave = uniqueId('wave');
    await db.query(
      `CREATE (:Wave {id: $wave, councilId: $c, label: 'Pilot', date: '2022-02-01', method: 'survey'})`,
      { wave, c: c.id },
      'WRITE',
    );
    expect(ids(await api.gql(LIST, { c: c.id, wave }))).toEqual([person]);
    const asOf2024 = await api.gql(GET, { c: c.id, id: person, asOf: '2024-01-01' });
    expect(asOf2024.data?.person.teamIds).toEqual([]);
    const asOf2022 = await api.gql(GET, { c: c.id, id: person, asOf: '2022-01-01' });
    expect(asOf2022.data?.person.teamIds).toEqual([team]);
  });

  it('refuses a pseudonym already used in the council, on create and on update', async () => {
    const c = await council();
    await apiPerson(api, c.id, { pseudonym: 'P-0042' });
    const other = await apiPerson(api, c.id, { pseudonym: 'P-0043' });
    const before = await councilFingerprint(db, c.id);
    const dup = await api.gql(CREATE, {
      c: c.id,
      i: { pseudonym: 'P-0042', level: 'MANAGER', validFrom: '2021-01-01' },
    });
    expectCode(dup, 'CONFLICT');
    expect(JSON.stringify(dup.errors)).toContain('input.pseudonym');
    expectNoInternals(dup);
    const renamed = await api.gql(UPDATE, { c: c.id, id: other, i: { pseudonym: 'P-0042' } });
    expectCode(renamed, 'CONFLICT');
    expectNoInternals(renamed);
    expect(await councilFingerprint(db, c.id)).toBe(before);
    // Another council may use the same pseudonym.
    const elsewhere = await council();
    expect(await apiPerson(api, elsewhere.id, { pseudonym: 'P-0042' })).toBeTruthy();
  });

  it('refuses a hard delete while ties refer to the person', async () => {
    const c = await council();
    const person = await apiPerson(api, c.id);
    await db.query(
      `MATCH (p:Person {id: $p}) CREATE (:Tie {id: $tie, councilId: $c})-[:TO]->(p)`,
      { p: person, tie: uniqueId('tie'), c: c.id },
      'WRITE',
    );
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(DELETE, { c: c.id, id: person });
    expectCode(res, 'CONFLICT');
    expect(res.errors?.[0].message).toContain('ties');
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('keeps councils apart: every query and mutation refuses another council’s ids', async () => {
    const a = await council();
    const b = await council();
    const orgB = await apiOrganisation(api, b.id);
    const teamB = await apiTeam(api, b.id, { organisationId: orgB });
    const personA = await apiPerson(api, a.id);
    const personB = await apiPerson(api, b.id, { pseudonym: 'B-1', teamId: teamB });
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const attempts: [string, Record<string, unknown>][] = [
      [GET, { c: a.id, id: personB }],
      [LIST, { c: a.id, teamId: teamB }],
      [LIST, { c: a.id, organisationId: orgB }],
      [LIST, { c: a.id, neighbourhoodId: b.north }],
      [
        CREATE,
        {
          c: a.id,
          i: { pseudonym: 'X', level: 'FRONTLINE', validFrom: '2021-01-01', teamId: teamB },
        },
      ],
      [UPDATE, { c: a.id, id: personB, i: { displayName: 'Hijacked' } }],
      [END, { c: a.id, id: personB, to: '2024-01-01' }],
      [DELETE, { c: a.id, id: personB }],
    ];
    for (const [query, variables] of attempts) {
      const res = await api.gql(query, variables);
      expectCode(res, 'NOT_FOUND');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);
    const stillB = await api.gql(GET, { c: b.id, id: personB });
    expect(stillB.data?.person).toMatchObject({
      displayName: null,
      teamIds: [teamB],
      validTo: null,
    });
    expect(personA).toBeTruthy();
  });

  const valid = { pseudonym: 'P-9', level: 'FRONTLINE', validFrom: '2020-01-01' };
  it.each([
    ['input.pseudonym', { ...valid, pseudonym: '' }],
    ['input.pseudonym', { ...valid, pseudonym: 'p'.repeat(41) }],
    ['input.pseudonym', { ...valid, pseudonym: '   ' }],
    ['input.displayName', { ...valid, displayName: 'd'.repeat(121) }],
    ['input.roleTitle', { ...valid, roleTitle: '' }],
    // GraphQL itself refuses values of the wrong type, naming the variable path ($i).
    ['i.level', { ...valid, level: 'BOSS' }],
    ['input.validFrom', { ...valid, validFrom: '2020-1-1' }],
    ['input.validTo', { ...valid, validTo: '2019-06-01' }],
    ['input.professionId', { ...valid, professionId: 'astronaut' }],
    ['input.teamId', { ...valid, teamId: 'no spaces allowed' }],
    ['i.blendedRole', { ...valid, blendedRole: 'yes' }],
  ])('refuses a create with a bad %s and writes nothing', async (field, input) => {
    const c = await council();
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(CREATE, { c: c.id, i: input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it('refuses a team that does not exist on the person’s start date', async () => {
    const c = await council();
    const team = await apiTeam(api, c.id, { validFrom: '2022-01-01' });
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(CREATE, { c: c.id, i: { ...valid, teamId: team } });
    expectBadInput(res, 'input.teamId');
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it.each([
    ['input.pseudonym', { pseudonym: null }],
    ['input.pseudonym', { pseudonym: 'q'.repeat(41) }],
    ['input.level', { level: null }],
    ['input.blendedRole', { blendedRole: null }],
    ['input.roleTitle', { roleTitle: '' }],
  ])('refuses an update with a bad %s and changes nothing', async (field, input) => {
    const c = await council();
    const person = await apiPerson(api, c.id, { pseudonym: 'Unchanged' });
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(UPDATE, { c: c.id, id: person, i: input });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
    expect((await api.gql(GET, { c: c.id, id: person })).data?.person.pseudonym).toBe('Unchanged');
  });

  it.each([
    ['validTo', END, { to: '2019-12-31' }],
    ['professionId', LIST, { professionId: 'astronaut' }],
    ['level', LIST, { level: 'BOSS' }],
    ['asOf', LIST, { asOf: '2024-02-30' }],
  ])('refuses a bad %s on end or list', async (field, query, variables) => {
    const c = await council();
    const person = await apiPerson(api, c.id);
    const before = await councilFingerprint(db, c.id);
    const res = await api.gql(query, { c: c.id, id: person, ...variables });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });
});
