import { Access } from '../../../api/auth/access';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import {
  councilFingerprint,
  createCouncil,
  deleteCouncil,
  testDb,
} from '../../support/domain-fixtures';
import { callOf, declaredRules, rootFields } from '../../support/schema-walk';
import { expectNoInternals, startTestApp, TestApp, TestUser } from '../../support/test-app';

const PUBLIC = ['health', 'signIn', 'resetPassword', 'signInOptions'];
/** The caller's own account: allowed to any signed-in user, whatever council they are in. */
const OWN_ACCOUNT = [
  'me',
  'councils',
  'vocabularies',
  'apiTokens',
  'createApiToken',
  'revokeApiToken',
  'changePassword',
  'signOut',
  'signOutEverywhere',
];

/**
 * One enforcement point, no field forgotten: every root field of the generated schema
 * declares its access, refuses an anonymous caller, and refuses a caller whose role is in
 * another council, writing nothing there.
 */
describe('access to every root field', () => {
  let api: TestApp;
  let db: Neo4jService;
  let home: string;
  let foreign: string;
  let foreignUser: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
    home = (await createCouncil(api, 'Home Council')).id;
    foreign = (await createCouncil(api, 'Foreign Council')).id;
    foreignUser = await api.user({ roles: [{ councilId: foreign, role: 'VIEWER' }] });
  });
  afterAll(async () => {
    await deleteCouncil(api, home);
    await deleteCouncil(api, foreign);
    await db.driver.close();
    await api.close();
  });

  it('declares an access rule on every root field, and an audit rule on every mutation', () => {
    const rules = declaredRules(api.app);
    const fields = rootFields(api.app);
    expect(fields.length).toBeGreaterThan(70);
    const undeclared = fields.filter((f) => !rules.get(f.name)?.access).map((f) => f.name);
    expect(undeclared).toEqual([]);
    const unaudited = fields
      .filter((f) => f.kind === 'mutation' && !rules.get(f.name)?.audit)
      .map((f) => f.name);
    expect(unaudited).toEqual([]);
    const publicOnes = fields.filter((f) => rules.get(f.name)?.access === Access.Public);
    expect(publicOnes.map((f) => f.name).sort()).toEqual([...PUBLIC].sort());
  });

  it('refuses every non-public root field to a caller with no session, with no data', async () => {
    const ids = { councilId: foreign, id: 'walk-id', userId: foreignUser.id };
    const before = await councilFingerprint(db, foreign);
    for (const root of rootFields(api.app)) {
      if (PUBLIC.includes(root.name)) continue;
      const res = await api.anonymous(callOf(root, ids));
      expect({ field: root.name, code: res.errors?.[0]?.extensions?.code }).toEqual({
        field: root.name,
        code: 'UNAUTHENTICATED',
      });
      expect(res.data ?? null).toBeNull();
      expectNoInternals(res);
    }
    expect(await councilFingerprint(db, foreign)).toBe(before);
  });

  it('refuses every field about another council to a caller whose role is elsewhere', async () => {
    const admin = await api.user({ roles: [{ councilId: home, role: 'COUNCIL_ADMIN' }] });
    const ids = { councilId: foreign, id: 'walk-id', userId: foreignUser.id };
    const before = await councilFingerprint(db, foreign);
    const refused: string[] = [];
    for (const root of rootFields(api.app)) {
      if (PUBLIC.includes(root.name) || OWN_ACCOUNT.includes(root.name)) continue;
      const res = await admin.gql(callOf(root, ids));
      const code = res.errors?.[0]?.extensions?.code;
      expect({ field: root.name, refused: code === 'FORBIDDEN' || code === 'NOT_FOUND' }).toEqual({
        field: root.name,
        refused: true,
      });
      expect(res.data ?? null).toBeNull();
      expectNoInternals(res);
      refused.push(root.name);
    }
    expect(refused.length).toBeGreaterThan(60);
    expect(await councilFingerprint(db, foreign)).toBe(before);
    // Their own account still works, and shows only their own council.
    const listed = await admin.gql(`{ councils { items { id } } me { roles { councilId role } } }`);
    expect(listed.data?.councils.items).toEqual([{ id: home }]);
    expect(listed.data?.me.roles).toEqual([{ councilId: home, role: 'COUNCIL_ADMIN' }]);
  });

  it.each(['VIEWER', 'RESEARCHER'] as const)(
    'refuses every write in their own council to a %s',
    async (role) => {
      const reader = await api.user({ roles: [{ councilId: home, role }] });
      const rules = declaredRules(api.app);
      const writes = rootFields(api.app).filter((f) =>
        [Access.CouncilWrite, Access.CouncilAdmin].includes(rules.get(f.name)?.access as Access),
      );
      expect(writes.length).toBeGreaterThan(40);
      const before = await councilFingerprint(db, home);
      for (const root of writes) {
        const res = await reader.gql(
          callOf(root, { councilId: home, id: 'walk-id', userId: reader.id }),
        );
        expect({ field: root.name, code: res.errors?.[0]?.extensions?.code }).toEqual({
          field: root.name,
          code: 'FORBIDDEN',
        });
        expect(res.data ?? null).toBeNull();
      }
      expect(await councilFingerprint(db, home)).toBe(before);
    },
  );

  it('lets an editor write map data but not manage users, settings or the audit', async () => {
    const editor = await api.user({ roles: [{ councilId: home, role: 'EDITOR' }] });
    const made = await editor.gql(
      `mutation($c: ID!) { createWave(councilId: $c, input: { label: "Editor wave", date: "2023-01-01", method: "survey" }) { id } }`,
      { c: home },
    );
    expect(made.errors).toBeUndefined();
    const before = await councilFingerprint(db, home);
    for (const query of [
      `mutation($c: ID!) { grantRole(input: { userId: "${editor.id}", councilId: $c, role: COUNCIL_ADMIN }) { id } }`,
      `mutation($c: ID!) { createUser(input: { email: "new@test.example", name: "New", councilId: $c, role: VIEWER }) { id } }`,
      `mutation($c: ID!) { updateCouncilSettings(councilId: $c, input: { namesVisible: true }) { id } }`,
      `query($c: ID!) { users(councilId: $c) { total } }`,
      `query($c: ID!) { auditEvents(councilId: $c) { total } }`,
      `mutation { disableUser(userId: "${editor.id}") { id } }`,
    ]) {
      const res = await editor.gql(query, { c: home });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
    expect(await councilFingerprint(db, home)).toBe(before);
    const me = await editor.gql(`{ me { roles { role } } }`);
    expect(me.data?.me.roles).toEqual([{ role: 'EDITOR' }]);
  });
});
