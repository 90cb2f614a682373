import { createCouncil, deleteCouncil } from '../../support/domain-fixtures';
import { startTestApp, TestApp, TestUser } from '../../support/test-app';

/** A council admin runs their council's users; nothing beyond it. */
describe('council user management', () => {
  let api: TestApp;
  let a: string;
  let b: string;
  let adminA: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    a = (await createCouncil(api, 'Users A')).id;
    b = (await createCouncil(api, 'Users B')).id;
    adminA = await api.user({ roles: [{ councilId: a, role: 'COUNCIL_ADMIN' }] });
  });
  afterAll(async () => {
    await deleteCouncil(api, a);
    await deleteCouncil(api, b);
    await api.close();
  });

  it('creates a user with a role, lists only its own users, and manages them', async () => {
    const email = `New.Person.${Date.now()}@Council.example`;
    const made = await adminA.gql(
      `mutation($c: ID!, $e: String!) { createUser(input: { email: $e, name: "New Person", councilId: $c, role: VIEWER }) { id email roles { councilId role } } }`,
      { c: a, e: email },
    );
    expect(made.data?.createUser).toMatchObject({
      email: email.toLowerCase(),
      roles: [{ councilId: a, role: 'VIEWER' }],
    });
    const id = made.data?.createUser.id as string;
    const listed = await adminA.gql(`query($c: ID!) { users(councilId: $c) { items { id } } }`, {
      c: a,
    });
    expect(listed.data?.users.items.map((u: { id: string }) => u.id).sort()).toEqual(
      [adminA.id, id].sort(),
    );
    const link = await adminA.gql(
      `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url } }`,
      { u: id },
    );
    expect(link.data?.createPasswordResetLink.url).toContain('/reset-password#token=');
    const disabled = await adminA.gql(
      `mutation($u: ID!) { disableUser(userId: $u) { disabled } }`,
      { u: id },
    );
    expect(disabled.data?.disableUser.disabled).toBe(true);
    // Account events about the council's users show in the council's audit.
    const audit = await adminA.gql(
      `query($c: ID!, $e: ID) { auditEvents(councilId: $c, entityId: $e) { items { action } } }`,
      { c: a, e: id },
    );
    expect(audit.data?.auditEvents.items.map((e: { action: string }) => e.action)).toEqual([
      'USER_DISABLED',
      'PASSWORD_RESET_LINK',
      'USER_CREATED',
    ]);
    const self = await adminA.gql(`mutation($u: ID!) { disableUser(userId: $u) { id } }`, {
      u: adminA.id,
    });
    expect(self.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('adds an existing account from another council by email, but cannot manage that user beyond the role', async () => {
    const elsewhere = await api.user({ roles: [{ councilId: b, role: 'EDITOR' }] });
    const granted = await adminA.gql(
      `mutation($c: ID!, $e: String!) { grantRole(input: { email: $e, councilId: $c, role: EDITOR }) { id roles { councilId role } } }`,
      { c: a, e: elsewhere.email.toUpperCase() },
    );
    expect(granted.data?.grantRole.id).toBe(elsewhere.id);
    expect(
      granted.data?.grantRole.roles.map((r: { councilId: string }) => r.councilId).sort(),
    ).toEqual([a, b].sort());
    for (const query of [
      `mutation($u: ID!) { disableUser(userId: $u) { id } }`,
      `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url } }`,
    ]) {
      const res = await adminA.gql(query, { u: elsewhere.id });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await adminA.gql(
      `mutation($c: ID!) { grantRole(input: { email: "nobody@nowhere.example", councilId: $c, role: VIEWER }) { id } }`,
      { c: a },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const both = await adminA.gql(
      `mutation($c: ID!, $u: ID!) { grantRole(input: { userId: $u, email: "x@y.example", councilId: $c, role: VIEWER }) { id } }`,
      { c: a, u: elsewhere.id },
    );
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const revoked = await adminA.gql(
      `mutation($c: ID!, $u: ID!) { revokeRole(input: { userId: $u, councilId: $c }) { roles { councilId } } }`,
      { c: a, u: elsewhere.id },
    );
    expect(revoked.data?.revokeRole.roles).toEqual([{ councilId: b }]);
  });

  it('records a change of the names setting as SETTINGS_CHANGED, before and after', async () => {
    await adminA.gql(
      `mutation($c: ID!) { updateCouncilSettings(councilId: $c, input: { namesVisible: true }) { id } }`,
      { c: a },
    );
    const audit = await adminA.gql(
      `query($c: ID!) { auditEvents(councilId: $c, action: "SETTINGS_CHANGED") { items { operation changes { field before after } } } }`,
      { c: a },
    );
    expect(audit.data?.auditEvents.items).toEqual([
      {
        operation: 'updateCouncilSettings',
        changes: [{ field: 'namesVisible', before: null, after: 'true' }],
      },
    ]);
  });
});
