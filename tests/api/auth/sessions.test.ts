import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { sha256 } from '../../../api/auth/secrets';
import { testDb } from '../../support/domain-fixtures';
import { expectNoInternals, sessionCookie, startTestApp, TestApp } from '../../support/test-app';

const ME = `{ me { id email systemAdmin roles { councilId role } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }`;

describe('sessions', () => {
  let api: TestApp;
  let db: Neo4jService;
  beforeAll(async () => {
    api = await startTestApp();
    db = testDb();
  });
  afterAll(async () => {
    await db.driver.close();
    await api.close();
  });

  const secretOf = (cookie: string) => cookie.slice('iw_session='.length);

  it('signIn sets an httpOnly SameSite=Lax cookie, stores only its hash, and me answers', async () => {
    const user = await api.user({ name: 'Session user' });
    const res = await api.anonymous(SIGN_IN, { e: user.email.toUpperCase(), p: user.password });
    expect(res.data?.signIn).toEqual({ id: user.id, email: user.email });
    const header = res.headers?.getSetCookie().find((c) => c.startsWith('iw_session=')) ?? '';
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/); // plain http here; see the HTTPS case below
    const cookie = sessionCookie(res.headers) as string;
    const stored = await db.query(
      'MATCH (s:Session {userId: $u}) RETURN collect(s.id) AS ids, collect(properties(s)) AS all',
      { u: user.id },
    );
    expect(stored.records[0].get('ids')).toContain(sha256(secretOf(cookie)));
    expect(JSON.stringify(stored.records[0].get('all'))).not.toContain(secretOf(cookie));
    const me = await api.gqlWith({ cookie })(ME);
    expect(me.data?.me).toMatchObject({ id: user.id, email: user.email, systemAdmin: false });
  });

  it('marks the cookie Secure when served over HTTPS (behind a trusted proxy)', async () => {
    const proxied = await startTestApp(undefined, { http: { trustProxyHops: 1 } });
    try {
      const user = await proxied.user();
      const res = await proxied.gqlWith({ 'x-forwarded-proto': 'https' })(SIGN_IN, {
        e: user.email,
        p: user.password,
      });
      const header = res.headers?.getSetCookie().find((c) => c.startsWith('iw_session=')) ?? '';
      expect(header).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password and an unknown email with the same UNAUTHENTICATED answer', async () => {
    const user = await api.user();
    const wrong = await api.anonymous(SIGN_IN, { e: user.email, p: 'not the password' });
    const unknown = await api.anonymous(SIGN_IN, { e: 'nobody@test.example', p: 'whatever' });
    for (const res of [wrong, unknown]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
      expect(sessionCookie(res.headers)).toBeNull();
      expectNoInternals(res);
    }
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('ends a session after the idle time and after its lifetime', async () => {
    const idle = await api.user();
    await db.query(
      `MATCH (s:Session {userId: $u}) SET s.lastSeenAt = '2000-01-01T00:00:00.000Z'`,
      { u: idle.id },
      'WRITE',
    );
    const idleRes = await idle.gql(ME);
    expect(idleRes.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(idleRes.errors?.[0].message).toMatch(/expired/);

    const old = await api.user();
    await db.query(
      `MATCH (s:Session {userId: $u}) SET s.expiresAt = '2000-01-01T00:00:00.000Z'`,
      { u: old.id },
      'WRITE',
    );
    expect((await old.gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // A fresh sign-in works again.
    const again = await api.signIn(old.email, old.password);
    expect((await api.gqlWith({ cookie: again.cookie as string })(ME)).data?.me.id).toBe(old.id);
  });

  it('signOut ends this session only; signOutEverywhere ends all of them', async () => {
    const user = await api.user();
    const second = (await api.signIn(user.email, user.password)).cookie as string;
    const third = (await api.signIn(user.email, user.password)).cookie as string;
    const out = await user.gql(`mutation { signOut }`);
    expect(out.data?.signOut).toBe(true);
    expect((await user.gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gqlWith({ cookie: second })(ME)).data?.me.id).toBe(user.id);
    const all = await api.gqlWith({ cookie: second })(`mutation { signOutEverywhere }`);
    expect(all.errors).toBeUndefined();
    expect(all.data?.signOutEverywhere).toBe(2);
    for (const cookie of [second, third]) {
      expect((await api.gqlWith({ cookie })(ME)).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const left = await db.query('MATCH (s:Session {userId: $u}) RETURN count(s) AS n', {
      u: user.id,
    });
    expect(left.records[0].get('n')).toBe(0);
  });

  it('disabling a user ends their sessions at once and refuses new sign-ins', async () => {
    const user = await api.user();
    expect((await user.gql(ME)).data?.me.id).toBe(user.id);
    const disabled = await api.gql(`mutation($u: ID!) { disableUser(userId: $u) { disabled } }`, {
      u: user.id,
    });
    expect(disabled.data?.disableUser).toEqual({ disabled: true });
    expect((await user.gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const retry = await api.signIn(user.email, user.password);
    expect(retry.cookie).toBeNull();
    expect(retry.response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await api.gql(`mutation($u: ID!) { enableUser(userId: $u) { disabled } }`, { u: user.id });
    expect((await api.signIn(user.email, user.password)).cookie).not.toBeNull();
  });

  it('a reset link created by an admin sets a new password once and ends old sessions', async () => {
    const user = await api.user();
    const link = await api.gql(
      `mutation($u: ID!) { createPasswordResetLink(userId: $u) { url expiresAt } }`,
      { u: user.id },
    );
    const url = link.data?.createPasswordResetLink.url as string;
    expect(url).toMatch(/\/reset-password#token=[\w-]{40,}$/);
    const token = url.split('#token=')[1];
    const stored = await db.query('MATCH (r:PasswordReset {userId: $u}) RETURN r.id AS id', {
      u: user.id,
    });
    expect(stored.records[0].get('id')).toBe(sha256(token));

    const tooShort = await api.anonymous(
      `mutation($t: String!) { resetPassword(token: $t, password: "short") }`,
      { t: token },
    );
    expect(tooShort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const next = 'a brand new passphrase';
    const reset = await api.anonymous(
      `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
      { t: token, p: next },
    );
    expect(reset.data?.resetPassword).toBe(true);
    expect((await user.gql(ME)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.signIn(user.email, user.password)).cookie).toBeNull();
    expect((await api.signIn(user.email, next)).cookie).not.toBeNull();
    const reuse = await api.anonymous(
      `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
      { t: token, p: 'yet another passphrase' },
    );
    expect(reuse.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.signIn(user.email, next)).cookie).not.toBeNull();
  });
});
