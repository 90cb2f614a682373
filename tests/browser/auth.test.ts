import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser';
import { testDb } from '../support/domain-fixtures';
import { freePort, startOidcProvider } from '../support/oidc';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { apiSnapshot, seedDemoCouncils, shot, waitForMap } from './map-helpers';

const today = () => new Date().toISOString().slice(0, 10);
const WRONG = /do not match an account/;

/** Fills and sends the sign-in form; resolves once the API has answered the signIn mutation. */
async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByTestId('signin-form');
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Password').fill(password);
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('signIn('),
  );
  await form.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

/** Waits for the form's alert to say the expected words. */
async function expectAlert(form: Locator, words: RegExp): Promise<void> {
  const alert = form.getByRole('alert');
  await alert.filter({ hasText: words }).waitFor({ timeout: 30_000 });
}

/** Waits until a detail panel's learning notes have loaded (so its controls are final). */
function notesLoaded(scope: Locator): Promise<void> {
  return scope.locator('[data-testid="notes-section"][aria-busy="false"]').waitFor();
}

/** The query string as a sorted list of pairs, so two URLs compare regardless of order. */
function params(search: string): [string, string][] {
  return [...new URLSearchParams(search).entries()].sort(([a], [b]) => a.localeCompare(b));
}

describe('signing in, roles and expired sessions in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let viewer: TestUser;
  let researcher: TestUser;
  let editor: TestUser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
    viewer = await api.user({
      name: 'Vera Viewer',
      roles: [{ councilId: 'tamebridge', role: 'VIEWER' }],
    });
    researcher = await api.user({
      name: 'Rae Researcher',
      roles: [{ councilId: 'tamebridge', role: 'RESEARCHER' }],
    });
    editor = await api.user({
      name: 'Eddie Editor',
      roles: [{ councilId: 'tamebridge', role: 'EDITOR' }],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('sends a visitor without a session to sign in, then back to the exact view they asked for', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const view = '/?council=tamebridge&view=evolution&wave=tamebridge-wave-pilot&level=TEAMS';
    await page.goto(`${api.url}${view}`);
    await page.waitForURL(/\/signin\?next=/, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('next')).toBe(view);
    await page.getByTestId('signin-notice').waitFor();
    await shot(page, 'signin');

    // A wrong password and an unknown email get the same words at the form.
    await signInThroughForm(page, viewer.email, 'not-the-password-at-all');
    const error = page.getByTestId('signin-error');
    await error.waitFor();
    const wrongPassword = await error.textContent();
    expect(wrongPassword).toMatch(WRONG);
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    await signInThroughForm(page, 'nobody-here@test.example', 'not-the-password-at-all');
    await error.waitFor();
    expect(await error.textContent()).toBe(wrongPassword);
    await shot(page, 'signin-error');

    await signInThroughForm(page, viewer.email, viewer.password);
    await page.waitForURL(
      (u) => u.pathname === '/' && u.search === new URL(`${api.url}${view}`).search,
      {
        timeout: 30_000,
      },
    );
    await page.getByRole('heading', { name: /Group matrix at Pilot/ }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('tab-evolution').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('radio', { name: 'Teams' }).isChecked()).toBe(true);
    await page.close();
  });

  it('lists only the councils the user holds a role in', async () => {
    const page = await signedInPage(browser, api, viewer);
    await page.goto(`${api.url}/`);
    await page.waitForURL(/council=tamebridge/);
    const picker = page.getByTestId('council-picker');
    await picker.locator('option[value="tamebridge"]').waitFor({ state: 'attached' });
    expect(await picker.locator('option').allTextContents()).toEqual(['Tamebridge']);
    expect(await picker.inputValue()).toBe('tamebridge');

    // The user menu names the user and their role; a viewer gets no admin or new-council action.
    await page.getByTestId('user-menu').click();
    expect(await page.getByTestId('user-roles').textContent()).toContain('Viewer in Tamebridge');
    expect(await page.getByTestId('admin-link').count()).toBe(0);
    expect(await page.getByTestId('new-council').count()).toBe(0);

    // A link to another council's map says so instead of showing anything of it.
    await page.goto(`${api.url}/?council=riverholm`);
    await page.getByTestId('council-no-access').waitFor();
    expect(await page.getByTestId('network-canvas').count()).toBe(0);
    await page.close();

    // The system admin sees every council.
    const admin = await signedInPage(browser, api);
    await admin.goto(`${api.url}/?council=tamebridge`);
    const all = admin.getByTestId('council-picker');
    await all.locator('option[value="riverholm"]').waitFor({ state: 'attached' });
    expect(await all.locator('option').count()).toBeGreaterThanOrEqual(4);
    await admin.close();
  });

  it('shows viewers and researchers no edit controls, and editors all of them', async () => {
    const snap = await apiSnapshot(api, 'tamebridge', { asOf: today() });
    const edge = snap.edges[0];
    const person = snap.nodes[0];
    const open = async (user: TestUser, selected: string) => {
      const page = await signedInPage(browser, api, user);
      await page.goto(`${api.url}/?council=tamebridge&selected=${encodeURIComponent(selected)}`);
      await waitForMap(page);
      return page;
    };
    const editControls = [
      'add-tie',
      'add-person',
      'add-team',
      'add-organisation',
      'edit-tie',
      'end-tie',
      'add-note',
      'draw-tie',
    ];

    for (const reader of [viewer, researcher]) {
      const page = await open(reader, edge.id);
      await page.getByTestId('tie-history').waitFor();
      await notesLoaded(page.getByTestId('tie-detail'));
      for (const id of editControls)
        expect([id, await page.getByTestId(id).count()]).toEqual([id, 0]);
      if (reader === viewer) {
        await page.getByTestId('user-menu').click();
        await page.getByTestId('user-roles').waitFor();
        await shot(page, 'viewer-no-edit');
      }
      await page.close();

      const node = await open(reader, person.id);
      await notesLoaded(node.getByTestId('node-detail'));
      expect(await node.getByTestId('edit-node').count()).toBe(0);
      expect(await node.getByTestId('add-note').count()).toBe(0);
      await node.close();
    }

    const page = await open(editor, edge.id);
    await page.getByTestId('tie-history').waitFor();
    for (const id of editControls) await page.getByTestId(id).first().waitFor();
    await page.close();
    const node = await open(editor, person.id);
    await node.getByTestId('edit-node').waitFor();
    await node.close();
  });

  it('an expired session sends the user to sign in and back to the same view, URL state and all', async () => {
    const user = await api.user({
      name: 'Sam Session',
      roles: [{ councilId: 'tamebridge', role: 'EDITOR' }],
    });
    const page = await signedInPage(browser, api, user);
    await page.goto(
      `${api.url}/?council=tamebridge&wave=tamebridge-wave-pilot&level=TEAMS&colour=profession`,
    );
    await waitForMap(page);

    const db = testDb();
    try {
      await db.query(
        `MATCH (s:Session {userId: $id}) SET s.expiresAt = '2000-01-01T00:00:00.000Z'`,
        { id: user.id },
        'WRITE',
      );
    } finally {
      await db.driver.close();
    }
    // The next request (opening the Changes view) finds no session.
    await page.getByTestId('tab-changes').click();
    await page.waitForURL(/\/signin\?next=/, { timeout: 30_000 });
    const next = new URL(page.url()).searchParams.get('next')!;
    const wanted = params(new URL(next, api.url).search);
    expect(Object.fromEntries(wanted)).toEqual({
      council: 'tamebridge',
      view: 'changes',
      wave: 'tamebridge-wave-pilot',
      level: 'TEAMS',
      colour: 'profession',
    });

    await signInThroughForm(page, user.email, user.password);
    await page.waitForURL((u) => u.pathname === '/' && u.search.length > 1, { timeout: 30_000 });
    expect(params(new URL(page.url()).search)).toEqual(wanted);
    await waitForMap(page);
    expect(await page.getByTestId('tab-changes').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('radio', { name: 'Teams' }).isChecked()).toBe(true);
    await page.close();
  });

  it('signs out from the user menu; the sign-in page explains single sign-on outcomes', async () => {
    const user = await api.user({
      name: 'Olive Out',
      roles: [{ councilId: 'tamebridge', role: 'VIEWER' }],
    });
    const page = await signedInPage(browser, api, user);
    await page.goto(`${api.url}/?council=tamebridge`);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/signin\?signedOut=1/);
    await page.getByTestId('signin-notice').filter({ hasText: 'signed out' }).waitFor();
    const me = await api.gqlWith({ cookie: user.cookie })('{ me { id } }');
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await page.goto(`${api.url}/signin?sso=no-account`);
    expect(await page.getByTestId('sso-message').textContent()).toMatch(/no Interweave account/);
    // No identity provider configured here: no SSO button.
    await page.getByTestId('signin-form').waitFor();
    expect(await page.getByTestId('signin-sso').count()).toBe(0);
    await page.close();
  });

  it('changes your own password from the account page, then signs in with the new one', async () => {
    const user = await api.user({ name: 'Pat Password' });
    const page = await signedInPage(browser, api, user);
    await page.goto(`${api.url}/account`);
    const form = page.getByTestId('password-form');
    await form.waitFor();
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password', { exact: true }).fill('a new passphrase here');
    await form.getByLabel('New password again').fill('a new passphrase here');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expectAlert(form, /current password is not right/);
    await form.getByLabel('Current password').fill(user.password);
    await form.getByLabel('New password again').fill('a different one entirely');
    await form.getByRole('button', { name: 'Change password' }).click();
    await expectAlert(form, /not the same/);
    await form.getByLabel('New password again').fill('a new passphrase here');
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL(/\/signin\?changed=1/, { timeout: 30_000 });
    expect(await page.getByTestId('signin-notice').textContent()).toMatch(/password is changed/);
    await signInThroughForm(page, user.email, 'a new passphrase here');
    await page.getByTestId('user-menu').waitFor({ timeout: 30_000 });
    expect((await api.signIn(user.email, user.password)).cookie).toBeNull();
    await page.close();
  });

  it('signs in through a real OpenID provider from the sign-in page, back to the same view', async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const staff = `browser-sso-${Date.now()}@trust.example`;
    const provider = await startOidcProvider({
      clientId: 'interweave',
      clientSecret: 'test-secret',
      redirectUri: `${publicUrl}/auth/oidc/callback`,
      accounts: { staff: { email: staff, email_verified: true } },
    });
    const sso = await startTestApp(undefined, {
      port,
      auth: {
        publicUrl,
        oidc: {
          issuerUrl: provider.issuer,
          clientId: 'interweave',
          clientSecret: 'test-secret',
          label: 'Sign in with Test Health Trust',
        },
      },
    });
    try {
      // The account an administrator made for this member of staff.
      await sso.gql(
        `mutation($e: String!) { createUser(input: { email: $e, name: "Sso Staff", councilId: "tamebridge", role: VIEWER }) { id } }`,
        { e: staff },
      );
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const next = '/?council=tamebridge&view=table';
      await page.goto(`${sso.url}/signin?next=${encodeURIComponent(next)}`);
      const button = page.getByTestId('signin-sso');
      await button.waitFor();
      expect(await button.textContent()).toBe('Sign in with Test Health Trust');
      await screenshot(page, 'signin-sso');
      await button.click();
      await page.waitForURL((url) => url.origin === provider.issuer, { timeout: 30_000 });
      await page.locator('input[name="login"]').fill('staff');
      await page.locator('input[name="password"]').fill('any');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(
        (url) => url.pathname.includes('/interaction/') || url.origin === sso.url,
        {
          timeout: 30_000,
        },
      );
      if (new URL(page.url()).origin === provider.issuer)
        await page.locator('button[type="submit"]').click();
      await page.waitForURL((url) => url.origin === sso.url && url.pathname === '/', {
        timeout: 30_000,
      });
      expect(new URL(page.url()).search).toBe('?council=tamebridge&view=table');
      await page.getByTestId('user-menu').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('user-menu').textContent()).toContain('Sso Staff');
      await page.getByTestId('nodes-table').waitFor({ timeout: 60_000 });
      await page.close();
    } finally {
      await sso.close();
      await provider.stop();
    }
  });

  it('says so when the identity provider cannot be reached', async () => {
    const sso = await startTestApp(undefined, {
      auth: {
        oidc: {
          issuerUrl: 'http://127.0.0.1:9/unreachable',
          clientId: 'interweave',
          clientSecret: 'test-secret',
          label: 'Sign in with Test Health Trust',
        },
      },
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${sso.url}/signin`);
      await page.getByTestId('signin-sso').click();
      await page.waitForURL(/\/signin\?sso=unavailable/, { timeout: 30_000 });
      expect(await page.getByTestId('sso-message').textContent()).toMatch(/cannot be reached/);
      await page.close();
    } finally {
      await sso.close();
    }
  });
});
