import { sha256 } from '../../../api/auth/secrets';
import { Browserish, freePort, startOidcProvider, TestProvider } from '../../support/oidc';
import { startTestApp, TestApp, TestUser } from '../../support/test-app';

/**
 * Single sign-on against a real OpenID Connect provider (node-oidc-provider, started here
 * on loopback with its own login and consent pages): authorisation code with PKCE, a user
 * matched by verified email to an account an admin created, nobody self-registered.
 */
describe('single sign-on with OpenID Connect', () => {
  let provider: TestProvider;
  let api: TestApp;
  let user: TestUser;
  const clientId = 'interweave-test';
  const clientSecret = 'a client secret for the test provider only';

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const staff = `sso-staff-${Date.now()}@council.example`;
    provider = await startOidcProvider({
      clientId,
      clientSecret,
      redirectUri: `${publicUrl}/auth/oidc/callback`,
      accounts: {
        staff: { email: staff, email_verified: true },
        stranger: { email: 'stranger@elsewhere.example', email_verified: true },
        unverified: { email: staff, email_verified: false },
      },
    });
    api = await startTestApp(undefined, {
      port,
      auth: {
        publicUrl,
        oidc: {
          issuerUrl: provider.issuer,
          clientId,
          clientSecret,
          label: 'Sign in with Test IdP',
        },
      },
    });
    user = await api.user({ name: 'SSO staff' });
    // The account an admin created for this member of staff, by their work email.
    await api.app
      .get((await import('../../../api/neo4j/neo4j.service')).Neo4jService)
      .query(
        'MATCH (u:User {id: $id}) SET u.email = $email',
        { id: user.id, email: staff },
        'WRITE',
      );
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  async function signInAs(login: string, returnTo = '/?council=tamebridge&view=changes') {
    const browser = new Browserish();
    const start = `${api.url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`;
    const loginPage = await browser.go(start);
    expect(loginPage.url.startsWith(provider.issuer)).toBe(true);
    expect(loginPage.text).toContain('name="login"');
    const consent = await browser.submit(loginPage, { login, password: 'any' });
    const landed = consent.url.startsWith(provider.issuer)
      ? await browser.submit(consent, {})
      : consent;
    return { browser, landed, session: browser.cookie(new URL(api.url).host, 'iw_session') };
  }

  it('announces itself to the sign-in page', async () => {
    const res = await api.anonymous(`{ signInOptions { password sso { label url } } }`);
    expect(res.data?.signInOptions).toEqual({
      password: true,
      sso: { label: 'Sign in with Test IdP', url: '/auth/oidc/start' },
    });
  });

  it('uses the authorisation code flow with PKCE (S256) and a state', async () => {
    const res = await fetch(`${api.url}/auth/oidc/start`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') as string);
    expect(location.origin).toBe(provider.issuer);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(location.searchParams.get('state')).toBeTruthy();
    expect(location.searchParams.get('client_id')).toBe(clientId);
  });

  it('signs in the user whose account has the verified email, back to the view they came from', async () => {
    const { landed, session } = await signInAs('staff');
    expect(new URL(landed.url).pathname + new URL(landed.url).search).toBe(
      '/?council=tamebridge&view=changes',
    );
    expect(session).toBeTruthy();
    const me = await api.gqlWith({ cookie: `iw_session=${session}` })(`{ me { id } }`);
    expect(me.data?.me.id).toBe(user.id);
    const events = await api.gql(
      `query($u: ID!) { auditEvents(userId: $u, action: "SIGN_IN") { items { operation } } }`,
      { u: user.id },
    );
    expect(events.data?.auditEvents.items.map((e: { operation: string }) => e.operation)).toContain(
      'oidc',
    );
    // The session is stored by hash only, like any other.
    const stored = await api.app
      .get((await import('../../../api/neo4j/neo4j.service')).Neo4jService)
      .query('MATCH (s:Session {id: $id}) RETURN s.userId AS u', { id: sha256(session as string) });
    expect(stored.records[0].get('u')).toBe(user.id);
  });

  it('refuses an email with no account (no self-registration) and an unverified email', async () => {
    const stranger = await signInAs('stranger');
    expect(new URL(stranger.landed.url).pathname + new URL(stranger.landed.url).search).toBe(
      '/signin?sso=no-account',
    );
    expect(stranger.session).toBeUndefined();
    const unverified = await signInAs('unverified');
    expect(new URL(unverified.landed.url).search).toBe('?sso=unverified');
    expect(unverified.session).toBeUndefined();
    const users = await api.gql(`{ users(search: "stranger") { total } }`);
    expect(users.data?.users.total).toBe(0);
  });

  it('refuses a callback that did not start here, and never redirects to another site', async () => {
    const forged = await new Browserish().go(`${api.url}/auth/oidc/callback?code=abc&state=xyz`);
    expect(new URL(forged.url).search).toBe('?sso=expired');
    const { landed } = await signInAs('staff', 'https://evil.example/steal');
    expect(new URL(landed.url).origin).toBe(api.url);
    expect(new URL(landed.url).pathname).toBe('/');
  });
});
