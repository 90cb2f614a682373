import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { testDb } from '../../support/domain-fixtures';
import { rootFields } from '../../support/schema-walk';
import { Gql, sessionCookie, startTestApp, TestApp } from '../../support/test-app';
import { uniqueId } from '../../support/test-neo4j';

interface Step {
  /** The mutation this step calls. */
  op: string;
  query: string;
  vars?: () => Record<string, unknown>;
  as?: () => Gql;
  /** Keeps what later steps need. */
  keep?: (data: any) => unknown;
  /** A field the event must show changing (before → after), for record writes. */
  field?: string;
}

const person = (pseudonym: string, teamId?: string) => ({
  pseudonym,
  level: 'FRONTLINE',
  validFrom: '2021-01-01',
  ...(teamId ? { teamId } : {}),
});
const tie = (fromId: string, toId: string) => ({
  fromId,
  fromKind: 'PERSON',
  toId,
  toKind: 'PERSON',
  typeId: 'direct-contact',
  strength: 3,
  frequency: 'WEEKLY',
  integrationLevel: 4,
  source: 'WORKSHOP',
  confidence: 0.8,
  validFrom: '2022-01-01',
});

/**
 * Every write leaves exactly one audit record: who, when, the operation, the council, the
 * records and, for record writes, each changed field before and after. The steps call
 * every mutation of the schema; a new mutation without a step fails the coverage check.
 */
describe('audit of every write', () => {
  let api: TestApp;
  let db: Neo4jService;
  const c = uniqueId('audit-council');
  const k: Record<string, any> = {};
  let userGql: Gql = () => Promise.reject(new Error('not signed in yet'));
  const password = 'first passphrase for the audit';
  const email = `${uniqueId('audited')}@test.example`.toLowerCase();

  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    await db.driver.close();
    await api.close();
  });

  const signInUser = async (pass: string) => {
    const res = await api.anonymous(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: email, p: pass },
    );
    const cookie = sessionCookie(res.headers) as string;
    userGql = api.gqlWith({ cookie });
    return res;
  };

  const steps: Step[] = [
    {
      op: 'createCouncil',
      query: `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }`,
      vars: () => ({
        i: { id: c, name: 'Audited', neighbourhoods: [{ id: `${c}-n1`, name: 'North' }] },
      }),
      field: 'name',
    },
    {
      op: 'updateCouncil',
      query: `mutation($c: ID!) { updateCouncil(councilId: $c, input: { region: "North West" }) { id } }`,
      field: 'region',
    },
    {
      op: 'updateCouncilSettings',
      query: `mutation($c: ID!) { updateCouncilSettings(councilId: $c, input: { namesVisible: true }) { id } }`,
      field: 'namesVisible',
    },
    {
      op: 'saveMapLayout',
      query: `mutation($c: ID!) { saveMapLayout(councilId: $c, level: PEOPLE, grouping: NONE,
        input: { positions: [{ id: "p1", x: 1, y: 2 }] }) { updatedAt } }`,
      field: 'moved',
    },
    {
      op: 'addNeighbourhood',
      query: `mutation($c: ID!) { addNeighbourhood(councilId: $c, input: { name: "East" }) { id } }`,
      keep: (d) => (k.nb = d.addNeighbourhood.id),
      field: 'name',
    },
    {
      op: 'renameNeighbourhood',
      query: `mutation($c: ID!, $id: ID!) { renameNeighbourhood(councilId: $c, id: $id, name: "East side") { id } }`,
      vars: () => ({ id: k.nb }),
      field: 'name',
    },
    {
      op: 'createOrganisation',
      query: `mutation($c: ID!) { createOrganisation(councilId: $c, input: { name: "Org A", typeId: "home-care-provider", validFrom: "2021-01-01" }) { id } }`,
      keep: (d) => (k.org = d.createOrganisation.id),
      field: 'name',
    },
    {
      op: 'createOrganisation',
      query: `mutation($c: ID!) { createOrganisation(councilId: $c, input: { name: "Org B", typeId: "gp-practice", validFrom: "2021-01-01" }) { id } }`,
      keep: (d) => (k.org2 = d.createOrganisation.id),
      field: 'name',
    },
    {
      op: 'updateOrganisation',
      query: `mutation($c: ID!, $id: ID!) { updateOrganisation(councilId: $c, id: $id, input: { name: "Org A2" }) { id } }`,
      vars: () => ({ id: k.org }),
      field: 'name',
    },
    {
      op: 'createTeam',
      query: `mutation($c: ID!, $o: ID!) { createTeam(councilId: $c, input: { name: "Team A", typeId: "home-care-branch", organisationId: $o, validFrom: "2021-01-01" }) { id } }`,
      vars: () => ({ o: k.org }),
      keep: (d) => (k.team = d.createTeam.id),
      field: 'name',
    },
    {
      op: 'createTeam',
      query: `mutation($c: ID!) { createTeam(councilId: $c, input: { name: "Team B", typeId: "district-nursing", validFrom: "2021-01-01" }) { id } }`,
      keep: (d) => (k.team2 = d.createTeam.id),
      field: 'name',
    },
    {
      op: 'createTeam',
      query: `mutation($c: ID!) { createTeam(councilId: $c, input: { name: "Team C", typeId: "reablement", validFrom: "2021-01-01" }) { id } }`,
      keep: (d) => (k.team3 = d.createTeam.id),
      field: 'name',
    },
    {
      op: 'updateTeam',
      query: `mutation($c: ID!, $id: ID!) { updateTeam(councilId: $c, id: $id, input: { name: "Team A2" }) { id } }`,
      vars: () => ({ id: k.team }),
      field: 'name',
    },
    {
      op: 'createPerson',
      query: `mutation($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { id } }`,
      vars: () => ({ i: person('W-1', k.team) }),
      keep: (d) => (k.p1 = d.createPerson.id),
      field: 'pseudonym',
    },
    {
      op: 'createPeople',
      query: `mutation($c: ID!, $i: CreatePeopleInput!) { createPeople(councilId: $c, input: $i) { ids } }`,
      vars: () => ({ i: { items: [person('W-2'), person('W-3')] } }),
      keep: (d) => ([k.p2, k.p3] = d.createPeople.ids),
      field: 'pseudonym',
    },
    {
      op: 'updatePerson',
      query: `mutation($c: ID!, $id: ID!) { updatePerson(councilId: $c, id: $id, input: { displayName: "Invented Name" }) { id } }`,
      vars: () => ({ id: k.p1 }),
      field: 'displayName',
    },
    {
      op: 'addTeamMembership',
      query: `mutation($c: ID!, $p: ID!, $t: ID!) { addTeamMembership(councilId: $c, input: { personId: $p, teamId: $t, validFrom: "2021-01-01" }) { id } }`,
      vars: () => ({ p: k.p2, t: k.team }),
      keep: (d) => (k.m1 = d.addTeamMembership.id),
      field: 'validFrom',
    },
    {
      op: 'addProfession',
      query: `mutation($c: ID!, $p: ID!) { addProfession(councilId: $c, input: { personId: $p, professionId: "home-care-worker", validFrom: "2021-01-01" }) { id } }`,
      vars: () => ({ p: k.p2 }),
      keep: (d) => (k.m2 = d.addProfession.id),
      field: 'validFrom',
    },
    {
      op: 'addTeamToOrganisation',
      query: `mutation($c: ID!, $o: ID!, $t: ID!) { addTeamToOrganisation(councilId: $c, input: { organisationId: $o, teamId: $t, validFrom: "2021-01-01" }) { id } }`,
      vars: () => ({ o: k.org, t: k.team2 }),
      field: 'validFrom',
    },
    {
      op: 'endMembership',
      query: `mutation($c: ID!, $id: ID!) { endMembership(councilId: $c, id: $id, validTo: "2023-01-01") { id } }`,
      vars: () => ({ id: k.m1 }),
      field: 'validTo',
    },
    {
      op: 'deleteMembership',
      query: `mutation($c: ID!, $id: ID!) { deleteMembership(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.m2 }),
      field: 'validFrom',
    },
    {
      op: 'createWave',
      query: `mutation($c: ID!) { createWave(councilId: $c, input: { label: "Baseline", date: "2022-01-01", method: "survey" }) { id } }`,
      keep: (d) => (k.wave = d.createWave.id),
      field: 'label',
    },
    {
      op: 'updateWave',
      query: `mutation($c: ID!, $id: ID!) { updateWave(councilId: $c, id: $id, input: { method: "interviews" }) { id } }`,
      vars: () => ({ id: k.wave }),
      field: 'method',
    },
    {
      op: 'createTie',
      query: `mutation($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`,
      vars: () => ({ i: tie(k.p1, k.p2) }),
      keep: (d) => (k.tie = d.createTie.id),
      field: 'strength',
    },
    {
      op: 'createTies',
      query: `mutation($c: ID!, $i: CreateTiesInput!) { createTies(councilId: $c, input: $i) { ids } }`,
      vars: () => ({ i: { items: [tie(k.p1, k.p3)] } }),
      keep: (d) => ([k.tie2] = d.createTies.ids),
      field: 'strength',
    },
    {
      op: 'updateTie',
      query: `mutation($c: ID!, $id: ID!) { updateTie(councilId: $c, id: $id, input: { strength: 4 }) { id } }`,
      vars: () => ({ id: k.tie }),
      field: 'strength',
    },
    {
      op: 'endTie',
      query: `mutation($c: ID!, $id: ID!) { endTie(councilId: $c, id: $id, validTo: "2024-01-01") { id } }`,
      vars: () => ({ id: k.tie }),
      field: 'validTo',
    },
    {
      op: 'createIntervention',
      query: `mutation($c: ID!) { createIntervention(councilId: $c, input: { date: "2022-02-01", label: "Facilitator", kind: FACILITATOR_APPOINTED }) { id } }`,
      keep: (d) => (k.int = d.createIntervention.id),
      field: 'label',
    },
    {
      op: 'updateIntervention',
      query: `mutation($c: ID!, $id: ID!) { updateIntervention(councilId: $c, id: $id, input: { label: "Facilitator appointed" }) { id } }`,
      vars: () => ({ id: k.int }),
      field: 'label',
    },
    {
      op: 'createLearningNote',
      query: `mutation($c: ID!, $t: ID!) { createLearningNote(councilId: $c, input: { categoryId: "what-helped", text: "Met face to face.", date: "2022-03-01", authorRole: "district nurse", target: { kind: TIE, id: $t } }) { id } }`,
      vars: () => ({ t: k.tie2 }),
      keep: (d) => (k.note = d.createLearningNote.id),
      field: 'text',
    },
    {
      op: 'updateLearningNote',
      query: `mutation($c: ID!, $id: ID!) { updateLearningNote(councilId: $c, id: $id, input: { text: "Met face to face, twice." }) { id } }`,
      vars: () => ({ id: k.note }),
      field: 'text',
    },
    {
      op: 'deleteLearningNote',
      query: `mutation($c: ID!, $id: ID!) { deleteLearningNote(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.note }),
      field: 'text',
    },
    {
      op: 'deleteTie',
      query: `mutation($c: ID!, $id: ID!) { deleteTie(councilId: $c, id: $id, reason: "entered twice") }`,
      vars: () => ({ id: k.tie2 }),
      field: 'strength',
    },
    {
      op: 'deleteIntervention',
      query: `mutation($c: ID!, $id: ID!) { deleteIntervention(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.int }),
      field: 'label',
    },
    {
      op: 'createBlueprint',
      query: `mutation($c: ID!) { createBlueprint(councilId: $c, input: { name: "Ours", description: "Our own.", expectations: [{ fromTeamTypeId: "home-care-branch", toTeamTypeId: "district-nursing", tieTypeId: "direct-contact", sameNeighbourhood: true }] }) { id } }`,
      keep: (d) => (k.bp = d.createBlueprint.id),
      field: 'name',
    },
    {
      op: 'updateBlueprint',
      query: `mutation($c: ID!, $id: ID!) { updateBlueprint(councilId: $c, id: $id, input: { name: "Ours (v2)" }) { id } }`,
      vars: () => ({ id: k.bp }),
      field: 'name',
    },
    {
      op: 'deleteBlueprint',
      query: `mutation($c: ID!, $id: ID!) { deleteBlueprint(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.bp }),
      field: 'name',
    },
    {
      op: 'endPerson',
      query: `mutation($c: ID!, $id: ID!) { endPerson(councilId: $c, id: $id, validTo: "2024-01-01") { id } }`,
      vars: () => ({ id: k.p3 }),
      field: 'validTo',
    },
    {
      op: 'deletePerson',
      query: `mutation($c: ID!, $id: ID!) { deletePerson(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.p3 }),
      field: 'pseudonym',
    },
    {
      op: 'endTeam',
      query: `mutation($c: ID!, $id: ID!) { endTeam(councilId: $c, id: $id, validTo: "2024-01-01") { id } }`,
      vars: () => ({ id: k.team2 }),
      field: 'validTo',
    },
    {
      op: 'deleteTeam',
      query: `mutation($c: ID!, $id: ID!) { deleteTeam(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.team3 }),
      field: 'name',
    },
    {
      op: 'deleteWave',
      query: `mutation($c: ID!, $id: ID!) { deleteWave(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.wave }),
      field: 'label',
    },
    {
      op: 'endOrganisation',
      query: `mutation($c: ID!, $id: ID!) { endOrganisation(councilId: $c, id: $id, validTo: "2024-06-01") { id } }`,
      vars: () => ({ id: k.org }),
      field: 'validTo',
    },
    {
      op: 'deleteOrganisation',
      query: `mutation($c: ID!, $id: ID!) { deleteOrganisation(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.org2 }),
      field: 'name',
    },
    {
      op: 'removeNeighbourhood',
      query: `mutation($c: ID!, $id: ID!) { removeNeighbourhood(councilId: $c, id: $id) }`,
      vars: () => ({ id: k.nb }),
      field: 'name',
    },
    {
      op: 'createUser',
      query: `mutation($c: ID!, $e: String!, $p: String!) { createUser(input: { email: $e, name: "Audited User", password: $p, councilId: $c, role: VIEWER }) { id } }`,
      vars: () => ({ e: email, p: password }),
      keep: (d) => (k.user = d.createUser.id),
      field: 'email',
    },
    {
      op: 'grantRole',
      query: `mutation($c: ID!, $u: ID!) { grantRole(input: { userId: $u, councilId: $c, role: EDITOR }) { id } }`,
      vars: () => ({ u: k.user }),
      field: 'role',
    },
    {
      op: 'revokeRole',
      query: `mutation($c: ID!, $u: ID!) { revokeRole(input: { userId: $u, councilId: $c }) { id } }`,
      vars: () => ({ u: k.user }),
      field: 'role',
    },
    {
      op: 'disableUser',
      query: `mutation($u: ID!) { disableUser(userId: $u) { id } }`,
      vars: () => ({ u: k.user }),
      field: 'disabled',
    },
    {
      op: 'enableUser',
      query: `mutation($u: ID!) { enableUser(userId: $u) { id } }`,
      vars: () => ({ u: k.user }),
      field: 'disabled',
    },
    {
      op: 'createPasswordResetLink',
      query: `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url } }`,
      vars: () => ({ u: k.user }),
      keep: (d) => (k.token = d.createPasswordResetLink.url.split('#token=')[1]),
    },
    {
      op: 'resetPassword',
      query: `mutation($t: String!) { resetPassword(token: $t, password: "second passphrase for the audit") }`,
      vars: () => ({ t: k.token }),
      as: () => api.anonymous,
    },
    {
      op: 'signIn',
      query: `mutation($e: String!) { signIn(email: $e, password: "second passphrase for the audit") { id } }`,
      vars: () => ({ e: email }),
      as: () => api.anonymous,
      keep: () => signInUser('second passphrase for the audit'),
    },
    {
      op: 'changePassword',
      query: `mutation { changePassword(currentPassword: "second passphrase for the audit", newPassword: "third passphrase for the audit") }`,
      as: () => userGql,
      keep: () => signInUser('third passphrase for the audit'),
    },
    {
      op: 'createApiToken',
      query: `mutation($e: String!) { createApiToken(input: { name: "audit", expiresAt: $e }) { token { id } } }`,
      vars: () => ({ e: new Date(Date.now() + 86_400_000).toISOString() }),
      as: () => userGql,
      keep: (d) => (k.apiToken = d.createApiToken.token.id),
      field: 'name',
    },
    {
      op: 'revokeApiToken',
      query: `mutation($id: ID!) { revokeApiToken(id: $id) { id } }`,
      vars: () => ({ id: k.apiToken }),
      as: () => userGql,
    },
    {
      op: 'signOutEverywhere',
      query: `mutation { signOutEverywhere }`,
      as: () => userGql,
      keep: () => signInUser('third passphrase for the audit'),
    },
    { op: 'signOut', query: `mutation { signOut }`, as: () => userGql },
    {
      op: 'deleteCouncil',
      query: `mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`,
      field: 'name',
    },
  ];

  it('covers every mutation of the schema', () => {
    const mutations = rootFields(api.app)
      .filter((f) => f.kind === 'mutation')
      .map((f) => f.name);
    expect([...new Set(steps.map((s) => s.op))].sort()).toEqual(mutations.sort());
  });

  it('records each successful write once, with who, the council, the records and before → after', async () => {
    const ids = async () =>
      new Set(
        (
          await db.query<{ ids: string[] }>('MATCH (e:AuditEvent) RETURN collect(e.id) AS ids')
        ).records[0].get('ids'),
      );
    for (const step of steps) {
      // signIn's own extra sign-in (keep) is itself audited: count up to the step only.
      const before = await ids();
      const gql = step.as?.() ?? api.gql;
      const res = await gql(step.query, { c, ...step.vars?.() });
      expect({ op: step.op, errors: res.errors }).toEqual({ op: step.op, errors: undefined });
      const after = await ids();
      const fresh = [...after].filter((id) => !before.has(id));
      expect({ op: step.op, records: fresh.length }).toEqual({ op: step.op, records: 1 });
      const row = await db.query(`MATCH (e:AuditEvent {id: $id}) RETURN properties(e) AS e`, {
        id: fresh[0],
      });
      const event = row.records[0].get('e') as Record<string, any>;
      expect(event.operation).toBe(step.op);
      expect(Date.parse(event.at)).toBeGreaterThan(Date.now() - 120_000);
      if (step.as === undefined) {
        expect(event.userId).toBe(api.admin.id);
        expect(event.actor).toContain(api.admin.email);
      }
      if (step.field) {
        const changes = JSON.parse(event.changes) as {
          field: string;
          before: string | null;
          after: string | null;
        }[];
        const change = changes.find((ch) => ch.field === step.field);
        expect({
          op: step.op,
          change: change !== undefined && change.before !== change.after,
        }).toEqual({ op: step.op, change: true });
        expect(event.entityIds.length).toBeGreaterThan(0);
      }
      if (!['signIn', 'resetPassword'].includes(step.op) && step.op !== 'createUser') {
        expect(JSON.stringify(event)).not.toMatch(/passphrase|passwordHash|"hash"/);
      }
      await step.keep?.(res.data);
    }
  });

  it('offers no way to change or delete an audit record through the API', () => {
    const mutations = rootFields(api.app)
      .filter((f) => f.kind === 'mutation')
      .map((f) => f.name);
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });
});
