import { expectNoInternals, startTestApp, TestApp } from '../support/test-app';
import { uniqueId } from '../support/test-neo4j';

/** A commissioner maps a neighbourhood from scratch, then reads it at two dates. */
describe("a commissioner's flow through GraphQL", () => {
  let api: TestApp;
  const councilId = uniqueId('flow');
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, {
      c: councilId,
    });
    await api.close();
  });

  async function ok<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await api.gql<T>(query, variables);
    if (res.errors) expectNoInternals(res);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  }

  it('creates a council, organisations, teams, people, ties and a note, and reads the network as of two dates', async () => {
    await ok(`mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`, {
      i: {
        id: councilId,
        name: 'Flow Borough',
        neighbourhoods: [{ id: `${councilId}-north`, name: 'North' }],
      },
    });
    // The server makes every id but the council's; `ids` maps our names to them.
    const ids: Record<string, string> = {};
    const org = async (key: string, name: string, typeId: string) => {
      const made = await ok(
        `mutation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { id sectorId } }`,
        {
          c: councilId,
          i: {
            name,
            typeId,
            neighbourhoodIds: [`${councilId}-north`],
            validFrom: '2021-01-01',
          },
        },
      );
      ids[key] = made.createOrganisation.id;
      return made;
    };
    const homeCare = await org('hc', 'Helping Hands Home Care', 'home-care-provider');
    expect(homeCare.createOrganisation.sectorId).toBe('independent');
    await org('nhs', 'Community Health NHS', 'nhs-community-trust');

    const team = async (key: string, name: string, typeId: string, organisation: string) => {
      const made = await ok(
        `mutation($c: ID!, $i: TeamInput!) { createTeam(councilId: $c, input: $i) { id } }`,
        {
          c: councilId,
          i: {
            name,
            typeId,
            organisationId: ids[organisation],
            neighbourhoodId: `${councilId}-north`,
            validFrom: '2021-01-01',
          },
        },
      );
      ids[key] = made.createTeam.id;
    };
    await team('branch', 'North branch', 'home-care-branch', 'hc');
    await team('dn', 'North district nurses', 'district-nursing', 'nhs');

    const people = [
      ['p1', 'HC-1', 'branch', 'home-care-worker'],
      ['p2', 'HC-2', 'branch', 'senior-carer'],
      ['p3', 'DN-1', 'dn', 'district-nurse'],
      ['p4', 'DN-2', 'dn', 'community-staff-nurse'],
    ];
    for (const [key, pseudonym, teamKey, professionId] of people) {
      const created = await ok(
        `mutation($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { id pseudonym displayName } }`,
        {
          c: councilId,
          i: {
            pseudonym,
            level: 'FRONTLINE',
            teamId: ids[teamKey],
            professionId,
            validFrom: '2021-01-01',
          },
        },
      );
      expect(created.createPerson.displayName).toBeNull(); // pseudonymous by default
      ids[key] = created.createPerson.id;
    }

    const tie = (
      from: string,
      to: string,
      typeId: string,
      validFrom: string,
      validTo: string | null = null,
    ) =>
      ok(`mutation($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`, {
        c: councilId,
        i: {
          fromId: ids[from],
          fromKind: 'PERSON',
          toId: ids[to],
          toKind: 'PERSON',
          typeId,
          strength: 3,
          frequency: 'WEEKLY',
          integrationLevel: 4,
          source: 'WORKSHOP',
          confidence: 0.8,
          validFrom,
          validTo,
        },
      });
    await tie('p1', 'p2', 'direct-contact', '2021-01-01');
    const delegated = await tie('p3', 'p1', 'delegated-health-task', '2023-03-01');
    await tie('p2', 'p4', 'direct-contact', '2021-06-01', '2023-01-01');

    const note = await ok(
      `mutation($c: ID!, $i: CreateLearningNoteInput!) { createLearningNote(councilId: $c, input: $i) { id category { id } target { kind id } } }`,
      {
        c: councilId,
        i: {
          categoryId: 'what-helped',
          text: 'Training together in person made the first delegated visits feel safe.',
          date: '2023-04-01',
          authorRole: 'District nurse',
          target: { kind: 'TIE', id: delegated.createTie.id },
        },
      },
    );
    expect(note.createLearningNote.target).toEqual({ kind: 'TIE', id: delegated.createTie.id });

    const read = (asOf: string) =>
      ok(
        `query($c: ID!, $d: String!) {
        ties(councilId: $c, asOf: $d) { total items { typeId from { id } to { id } } }
        networkSnapshot(councilId: $c, asOf: $d, level: TEAMS) { edges { source target typeId count } }
      }`,
        { c: councilId, d: asOf },
      );
    const in2022 = await read('2022-06-01');
    expect(in2022.ties.items.map((t: { typeId: string }) => t.typeId).sort()).toEqual([
      'direct-contact',
      'direct-contact',
    ]);
    // Direct contact is undirected: either end may be the source.
    expect(
      in2022.networkSnapshot.edges.map((e: { source: string; target: string }) => ({
        ...e,
        source: [e.source, e.target].sort()[0],
        target: [e.source, e.target].sort()[1],
      })),
    ).toEqual([
      {
        source: [ids.branch, ids.dn].sort()[0],
        target: [ids.branch, ids.dn].sort()[1],
        typeId: 'direct-contact',
        count: 1,
      },
    ]);
    const in2024 = await read('2024-01-01');
    expect(in2024.ties.items.map((t: { typeId: string }) => t.typeId).sort()).toEqual([
      'delegated-health-task',
      'direct-contact',
    ]);
    expect(in2024.networkSnapshot.edges).toEqual([
      {
        source: ids.dn,
        target: ids.branch,
        typeId: 'delegated-health-task',
        count: 1,
      },
    ]);
    const notes = await ok(
      `query($c: ID!, $t: ID!) { learningNotes(councilId: $c, targetKind: TIE, targetId: $t) { total } }`,
      {
        c: councilId,
        t: delegated.createTie.id,
      },
    );
    expect(notes.learningNotes.total).toBe(1);
  });
});
