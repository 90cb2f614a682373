import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { seedDemoCouncils, shot } from './map-helpers';

/** A GraphQL request from outside the browser with `Authorization: Bearer <secret>`. */
async function withToken(url: string, secret: string, query: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
}

describe('API tokens page in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let researcher: TestUser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
    researcher = await api.user({
      name: 'Rita Researcher',
      roles: [{ councilId: 'tamebridge', role: 'RESEARCHER' }],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('creates a token shown once, which then works as Bearer from a script, and revokes it', async () => {
    const page = await signedInPage(browser, api, researcher);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: api.url });
    await page.goto(`${api.url}/?council=tamebridge&view=table`);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-tokens').click();
    await page.waitForURL(/\/tokens$/);
    await page.getByRole('heading', { name: 'API tokens' }).waitFor();

    const form = page.getByTestId('token-form');
    await form.getByRole('button', { name: 'Create token' }).click();
    expect(await form.getByRole('alert').first().textContent()).toMatch(/Give the token a name/);
    await form.getByLabel('Name').fill('R analysis');
    const expires = await form.getByLabel('Expires on').inputValue();
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await form.getByRole('button', { name: 'Create token' }).click();

    const created = page.getByTestId('token-created');
    await created.waitFor();
    const secret = await created.getByTestId('token-secret').inputValue();
    expect(secret.length).toBeGreaterThan(20);
    expect(await created.getByTestId('token-curl').textContent()).toContain(
      `Authorization: Bearer ${secret}`,
    );
    await created.getByTestId('copy-token').click();
    await created.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const row = page
      .locator('[data-testid="token-table"] tbody tr')
      .filter({ hasText: 'R analysis' });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('active');
    await shot(page, 'tokens-page');

    // The secret acts as the researcher, with the same (read-only, pseudonymised) role.
    const me = await withToken(api.url, secret, '{ me { email } councils { items { id } } }');
    expect(me.errors).toBeUndefined();
    expect(me.data.me.email).toBe(researcher.email);
    expect(me.data.councils.items).toEqual([{ id: 'tamebridge' }]);

    // Once dismissed, the secret is gone from the page for good; the list never shows it.
    await created.getByTestId('token-done').click();
    await created.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke token R analysis' }).click();
    await page
      .locator('[data-testid="token-table"] tbody tr[data-status="revoked"]')
      .filter({ hasText: 'R analysis' })
      .waitFor();
    const refused = await withToken(api.url, secret, '{ me { email } }');
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await page.close();
  });
});
