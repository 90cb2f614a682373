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

const M = 'id kind personId teamId professionId organisationId validFrom validTo';
const TEAM = `mutation($c: ID!, $i: AddTeamMembershipInput!) { addTeamMembership(councilId: $c, input: $i) { ${M} } }`;
const PROFESSION = `mutation($c: ID!, $i: AddProfessionInput!) { addProfession(councilId: $c, input: $i) { ${M} } }`;
const TO_ORG = `mutation($c: ID!, $i: AddTeamToOrganisationInput!) { addTeamToOrganisation(councilId: $c, input: $i) { ${M} } }`;
const END = `mutation($c: ID!, $id: ID!, $to: String!) { endMembership(councilId: $c, id: $id, validTo: $to) { ${M} } }`;
const DELETE = `mutation($c: ID!, $id: ID!) { deleteMembership(councilId: $c, id: $id) }`;
const LIST = `query($c: ID!, $p: ID, $t: ID, $asOf: String) {
  memberships(councilId: $c, personId: $p, teamId: $t, asOf: $asOf) { ${M} } }`;
const PERSON = `query($c: ID!, $id: ID!, $asOf: String) {
  person(councilId: $c, id: $id, asOf: $asOf) { teamIds professionId memberships { id } } }`;
const PEOPLE = `query($c: ID!, $t: ID, $asOf: String) { people(councilId: $c, teamId: $t, asOf: $asOf) { items { id } } }`;

const people = (res: GraphQLResponse<any>) =>
  res.data?.people.items.map((p: { id: string }) => p.id);

describe('memberships', () => {
  let api: TestApp;
  let db: Neo4jService;
  const councils: string[] = [];
  const council = async () => {
    const c = await createCouncil(api);
    councils.push(c.id);
    return c;
  };
  /** validTo of a membership read straight from the database (the fingerprint ignores it). */
  const storedValidTo = async (id: string) => {
    const res = await db.query(`MATCH ()-[m {id: $id}]->() RETURN m.validTo AS v`, { id });
    return res.records[0]?.get('v') as string | null | undefined;
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

  it('adds, lists, ends and deletes each kind of membership', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id);
    const person = await apiPerson(api, c.id);

    const joined = await api.gql(TEAM, {
      c: c.id,
      i: { personId: person, teamId: team, validFrom: '2020-02-01' },
    });
    expect(joined.data?.addTeamMembership).toMatchObject({
      kind: 'TEAM',
      personId: person,
      teamId: team,
      professionId: null,
      organisationId: null,
      validFrom: '2020-02-01',
      validTo: null,
    });
    const profession = await api.gql(PROFESSION, {
      c: c.id,
      i: {
        personId: person,
        professionId: 'social-worker',
        validFrom: '2020-01-01',
        validTo: '2022-01-01',
      },
    });
    expect(profession.data?.addProfession).toMatchObject({
      kind: 'PROFESSION',
      professionId: 'social-worker',
      validTo: '2022-01-01',
    });
    const partOf = await api.gql(TO_ORG, {
      c: c.id,
      i: { teamId: team, organisationId: org, validFrom: '2020-01-01' },
    });
    expect(partOf.data?.addTeamToOrganisation).toMatchObject({
      kind: 'ORGANISATION',
      teamId: team,
      organisationId: org,
      personId: null,
    });

    const ofPerson = await api.gql(LIST, { c: c.id, p: person });
    expect(ofPerson.data?.memberships.map((m: { kind: string }) => m.kind)).toEqual([
      'PROFESSION',
      'TEAM',
    ]);
    const ofTeam = await api.gql(LIST, { c: c.id, t: team });
    expect(ofTeam.data?.memberships.map((m: { kind: string }) => m.kind)).toEqual([
      'ORGANISATION',
      'TEAM',
    ]);
    const current = await api.gql(LIST, { c: c.id, p: person, asOf: '2023-01-01' });
    expect(current.data?.memberships.map((m: { kind: string }) => m.kind)).toEqual(['TEAM']);

    const id = joined.data?.addTeamMembership.id as string;
    const ended = await api.gql(END, { c: c.id, id, to: '2021-06-01' });
    expect(ended.data?.endMembership).toMatchObject({ id, validTo: '2021-06-01' });
    expect(await storedValidTo(id)).toBe('2021-06-01');

    expect((await api.gql(DELETE, { c: c.id, id })).data?.deleteMembership).toBe(true);
    expect(await storedValidTo(id)).toBeUndefined();
    const again = await api.gql(DELETE, { c: c.id, id });
    expectCode(again, 'NOT_FOUND');
    expectNoInternals(again);
  });

  it('sees a move between teams at the right dates', async () => {
    const c = await council();
    const north = await apiTeam(api, c.id, { name: 'North DN' });
    const south = await apiTeam(api, c.id, { name: 'South DN' });
    const person = await apiPerson(api, c.id, {
      teamId: north,
      professionId: 'community-staff-nurse',
    });
    const first = (await api.gql(LIST, { c: c.id, p: person })).data?.memberships.find(
      (m: { kind: string }) => m.kind === 'TEAM',
    );
    await api.gql(END, { c: c.id, id: first.id, to: '2023-01-01' });
    const moved = await api.gql(TEAM, {
      c: c.id,
      i: { personId: person, teamId: south, validFrom: '2023-01-01' },
    });
    expect(moved.errors).toBeUndefined();

    const teamsOn = async (asOf: string) =>
      (await api.gql(PERSON, { c: c.id, id: person, asOf })).data?.person.teamIds;
    expect(await teamsOn('2022-12-31')).toEqual([north]);
    expect(await teamsOn('2023-01-01')).toEqual([south]);
    expect(await teamsOn('2019-06-01')).toEqual([]);
    expect(people(await api.gql(PEOPLE, { c: c.id, t: north, asOf: '2022-06-01' }))).toEqual([
      person,
    ]);
    expect(people(await api.gql(PEOPLE, { c: c.id, t: north, asOf: '2023-06-01' }))).toEqual([]);
    expect(people(await api.gql(PEOPLE, { c: c.id, t: south, asOf: '2023-06-01' }))).toEqual([
      person,
    ]);
    // The whole history stays on the person.
    const history = await api.gql(PERSON, { c: c.id, id: person });
    expect(history.data?.person.memberships).toHaveLength(3);
  });

  it('keeps one profession and one organisation at a time, and no double team membership', async () => {
    const c = await council();
    const orgA = await apiOrganisation(api, c.id);
    const orgB = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id, { organisationId: orgA });
    const person = await apiPerson(api, c.id, { teamId: team, professionId: 'home-care-worker' });
    const before = await councilFingerprint(db, c.id);
    const attempts: [string, Record<string, unknown>][] = [
      [PROFESSION, { personId: person, professionId: 'senior-carer', validFrom: '2022-01-01' }],
      [TO_ORG, { teamId: team, organisationId: orgB, validFrom: '2022-01-01' }],
      [TEAM, { personId: person, teamId: team, validFrom: '2021-01-01' }],
    ];
    for (const [mutation, input] of attempts) {
      const res = await api.gql(mutation, { c: c.id, i: input });
      expectCode(res, 'CONFLICT');
      expect(JSON.stringify(res.errors)).toContain('input.validFrom');
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, c.id)).toBe(before);

    // End the first profession, then the new one follows on without overlap.
    const carer = (await api.gql(LIST, { c: c.id, p: person })).data?.memberships.find(
      (m: { kind: string }) => m.kind === 'PROFESSION',
    );
    await api.gql(END, { c: c.id, id: carer.id, to: '2022-01-01' });
    const promoted = await api.gql(PROFESSION, {
      c: c.id,
      i: { personId: person, professionId: 'senior-carer', validFrom: '2022-01-01' },
    });
    expect(promoted.errors).toBeUndefined();
    const professionOn = async (asOf: string) =>
      (await api.gql(PERSON, { c: c.id, id: person, asOf })).data?.person.professionId;
    expect(await professionOn('2021-12-31')).toBe('home-care-worker');
    expect(await professionOn('2022-01-01')).toBe('senior-carer');
    // Stretching the first one back over the second is refused.
    const stretched = await api.gql(END, { c: c.id, id: carer.id, to: '2023-01-01' });
    expectCode(stretched, 'CONFLICT');
    expectNoInternals(stretched);
    expect(await storedValidTo(carer.id)).toBe('2022-01-01');
  });

  it('refuses a membership starting while an end is not valid, and an end before the start', async () => {
    const c = await council();
    const team = await apiTeam(api, c.id, { validFrom: '2021-01-01' });
    const person = await apiPerson(api, c.id, { validFrom: '2020-01-01', teamId: null });
    const before = await councilFingerprint(db, c.id);
    const early = await api.gql(TEAM, {
      c: c.id,
      i: { personId: person, teamId: team, validFrom: '2020-06-01' },
    });
    expectBadInput(early, 'input.validFrom');
    expectNoInternals(early);
    expect(await councilFingerprint(db, c.id)).toBe(before);

    const joined = await api.gql(TEAM, {
      c: c.id,
      i: { personId: person, teamId: team, validFrom: '2021-06-01' },
    });
    const id = joined.data?.addTeamMembership.id as string;
    const backwards = await api.gql(END, { c: c.id, id, to: '2021-01-01' });
    expectBadInput(backwards, 'validTo');
    expectNoInternals(backwards);
    expect(await storedValidTo(id)).toBeNull();
  });

  it('never lets a membership outlive the team, person or organisation it links', async () => {
    const c = await council();
    const org = await apiOrganisation(api, c.id, { validTo: '2024-01-01' });
    const team = await apiTeam(api, c.id, { validTo: '2023-01-01', organisationId: org });
    const person = await apiPerson(api, c.id, { teamId: team, professionId: 'gp' });
    const kinds = async () =>
      Object.fromEntries(
        (await api.gql(LIST, { c: c.id, p: person })).data?.memberships.map(
          (m: { kind: string; id: string; validTo: string | null }) => [m.kind, m],
        ),
      );
    expect((await kinds()).TEAM.validTo).toBe('2023-01-01');
    expect((await kinds()).PROFESSION.validTo).toBeNull();
    const partOf = await api.gql(LIST, { c: c.id, t: team });
    expect(partOf.data?.memberships).toContainEqual(
      expect.objectContaining({
        kind: 'ORGANISATION',
        validTo: '2023-01-01',
      }),
    );

    const teamStretch = await api.gql(END, {
      c: c.id,
      id: (await kinds()).TEAM.id,
      to: '2030-01-01',
    });
    expect(teamStretch.data?.endMembership.validTo).toBe('2023-01-01');

    const other = await apiTeam(api, c.id, { validTo: '2022-06-01' });
    const joined = await api.gql(TEAM, {
      c: c.id,
      i: { personId: person, teamId: other, validFrom: '2021-01-01', validTo: '2025-01-01' },
    });
    expect(joined.data?.addTeamMembership.validTo).toBe('2022-06-01');
    const stretched = await api.gql(END, {
      c: c.id,
      id: (await kinds()).PROFESSION.id,
      to: '2030-01-01',
    });
    expect(stretched.data?.endMembership.validTo).toBe('2030-01-01');
  });

  it('keeps councils apart: every query and mutation refuses another council’s ids', async () => {
    const a = await council();
    const b = await council();
    const orgA = await apiOrganisation(api, a.id);
    const teamA = await apiTeam(api, a.id);
    const personA = await apiPerson(api, a.id);
    const orgB = await apiOrganisation(api, b.id);
    const teamB = await apiTeam(api, b.id, { organisationId: orgB });
    const personB = await apiPerson(api, b.id, { teamId: teamB });
    const membershipB = (await api.gql(LIST, { c: b.id, p: personB })).data?.memberships[0]
      .id as string;
    const fpA = await councilFingerprint(db, a.id);
    const fpB = await councilFingerprint(db, b.id);
    const from = '2021-01-01';
    const attempts: [string, Record<string, unknown>, string | null][] = [
      [TEAM, { c: a.id, i: { personId: personA, teamId: teamB, validFrom: from } }, 'input.teamId'],
      [
        TEAM,
        { c: a.id, i: { personId: personB, teamId: teamA, validFrom: from } },
        'input.personId',
      ],
      [
        PROFESSION,
        { c: a.id, i: { personId: personB, professionId: 'gp', validFrom: from } },
        'input.personId',
      ],
      [
        TO_ORG,
        { c: a.id, i: { teamId: teamA, organisationId: orgB, validFrom: from } },
        'input.organisationId',
      ],
      [
        TO_ORG,
        { c: a.id, i: { teamId: teamB, organisationId: orgA, validFrom: from } },
        'input.teamId',
      ],
      [END, { c: a.id, id: membershipB, to: '2024-01-01' }, null],
      [DELETE, { c: a.id, id: membershipB }, null],
      [LIST, { c: a.id, p: personB }, 'personId'],
      [LIST, { c: a.id, t: teamB }, 'teamId'],
    ];
    for (const [query, variables, field] of attempts) {
      const res = await api.gql(query, variables);
      expectCode(res, 'NOT_FOUND');
      if (field) expect(JSON.stringify(res.errors)).toContain(field);
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, a.id)).toBe(fpA);
    expect(await councilFingerprint(db, b.id)).toBe(fpB);
    expect(await storedValidTo(membershipB)).toBeNull();
  });

  it.each([
    ['input.validFrom', TEAM, { validFrom: '2021-02-29' }],
    ['input.validTo', TEAM, { validFrom: '2021-01-01', validTo: '2020-01-01' }],
    ['input.personId', TEAM, { personId: 'bad id', validFrom: '2021-01-01' }],
    ['input.professionId', PROFESSION, { professionId: 'wizard', validFrom: '2021-01-01' }],
    ['input.organisationId', TO_ORG, { organisationId: '', validFrom: '2021-01-01' }],
  ])('refuses a bad %s and writes nothing', async (field, mutation, overrides) => {
    const c = await council();
    const org = await apiOrganisation(api, c.id);
    const team = await apiTeam(api, c.id);
    const person = await apiPerson(api, c.id);
    const before = await councilFingerprint(db, c.id);
    const base = mutation === TO_ORG ? { teamId: team, organisationId: org } : { personId: person };
    const target =
      mutation === TEAM ? { teamId: team } : mutation === PROFESSION ? { professionId: 'gp' } : {};
    const res = await api.gql(mutation, { c: c.id, i: { ...base, ...target, ...overrides } });
    expectBadInput(res, field);
    expectNoInternals(res);
    expect(await councilFingerprint(db, c.id)).toBe(before);
  });

  it.each([
    ['personId', { p: null, t: null }],
    ['personId', { p: 'x', t: 'y' }],
    ['asOf', { p: 'x', asOf: '2020-02-30' }],
  ])('refuses a memberships query with a bad %s', async (field, variables) => {
    const c = await council();
    const res = await api.gql(LIST, { c: c.id, ...variables });
    expectBadInput(res, field);
    expectNoInternals(res);
  });

  it('refuses a bad validTo when ending', async () => {
    const c = await council();
    const person = await apiPerson(api, c.id, { professionId: 'gp' });
    const id = (await api.gql(LIST, { c: c.id, p: person })).data?.memberships[0].id as string;
    const res = await api.gql(END, { c: c.id, id, to: 'tomorrow' });
    expectBadInput(res, 'validTo');
    expectNoInternals(res);
    expect(await storedValidTo(id)).toBeNull();
  });
});
