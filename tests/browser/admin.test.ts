import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { uniqueId } from '../support/test-neo4j';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { poll, seedDemoCouncils, shot } from './map-helpers';

const ROLES = `query($s: String) { users(councilId: "tamebridge", search: $s) { items { id disabled roles { councilId role } } } }`;

/** The user as Tamebridge's user list has it (undefined once they hold no role there). */
async function tamebridgeUser(api: TestApp, user: TestUser) {
  const res = await api.gql(ROLES, { s: user.email });
  expect(res.errors).toBeUndefined();
  return (
    res.data!.users.items as {
      id: string;
      disabled: boolean;
      roles: { councilId: string; role: string }[];
    }[]
  ).find((u) => u.id === user.id);
}

/** The admin page's row for a user, found by their id. */
function row(page: Page, userId: string) {
  return page.locator(`[data-testid="user-row"][data-user-id="${userId}"]`);
}

describe('council administration in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let councilAdmin: TestUser;
  const councils: string[] = [];
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
    councilAdmin = await api.user({
      name: 'Ada Admin',
      roles: [{ councilId: 'tamebridge', role: 'COUNCIL_ADMIN' }],
    });
  });
  afterAll(async () => {
    // The seed turns names on for Tamebridge; leave it as the other tests expect.
    await api?.gql(
      `mutation { updateCouncilSettings(councilId: "tamebridge", input: { namesVisible: true }) { id } }`,
    );
    for (const c of councils) {
      await api.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, { c });
    }
    await browser?.close();
    await api?.close();
  });

  it('a council admin changes a role on the admin page, the API then shows it, and the audit trail records it', async () => {
    const target = await api.user({
      name: `Grace Grant ${uniqueId('g')}`,
      roles: [{ councilId: 'tamebridge', role: 'VIEWER' }],
    });
    const page = await signedInPage(browser, api, councilAdmin);
    await page.goto(`${api.url}/?council=tamebridge`);
    await page.getByTestId('admin-link').click();
    await page.waitForURL(/\/admin\?council=tamebridge/);
    await page.getByRole('heading', { name: 'Administer Tamebridge' }).waitFor();

    await page.getByTestId('user-search').fill(target.email);
    const mine = row(page, target.id);
    await mine.waitFor();
    expect(await mine.getByLabel(/Role of Grace Grant/).inputValue()).toBe('VIEWER');
    await mine.getByLabel(/Role of Grace Grant/).selectOption('EDITOR');
    await mine.getByRole('button', { name: 'Change role' }).click();
    await page
      .getByTestId('users-status')
      .filter({ hasText: 'is now Editor in Tamebridge' })
      .waitFor();
    expect((await tamebridgeUser(api, target))?.roles).toContainEqual({
      councilId: 'tamebridge',
      role: 'EDITOR',
    });
    // The user's own session sees it at once.
    const me = await target.gql('{ me { roles { councilId role } } }');
    expect(me.data!.me.roles).toEqual([{ councilId: 'tamebridge', role: 'EDITOR' }]);

    // The audit trail, filtered to role grants, has the change before → after.
    await page.getByTestId('audit-action').selectOption('ROLE_GRANTED');
    const grant = page
      .locator('[data-testid="audit-row"][data-action="ROLE_GRANTED"]')
      .filter({ hasText: target.id });
    await grant.first().waitFor();
    const text = await grant.first().textContent();
    expect(text).toContain('Ada Admin');
    expect(text).toContain('grantRole');
    expect(text).toMatch(/role:\s*VIEWER\s*→\s*EDITOR/);
    const headers = await page.getByTestId('audit-table').locator('thead th').allTextContents();
    expect(headers).toEqual([
      'When',
      'Who',
      'Action',
      'Operation',
      'Records',
      'Changes (before → after)',
    ]);

    // Disabling ends the user's session at once; enabling lets them sign in again.
    await mine.getByRole('button', { name: /^Disable/ }).click();
    await page.getByTestId('users-status').filter({ hasText: 'is disabled' }).waitFor();
    const after = await target.gql('{ me { id } }');
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await mine.getByRole('button', { name: /^Enable/ }).click();
    await page.getByTestId('users-status').filter({ hasText: 'can sign in again' }).waitFor();
    expect((await tamebridgeUser(api, target))?.disabled).toBe(false);

    // Removing the role takes the user off the council's list.
    await row(page, target.id)
      .getByRole('button', { name: /Remove .* from this council/ })
      .click();
    await page.getByTestId('users-status').filter({ hasText: 'no longer has a role' }).waitFor();
    await row(page, target.id).waitFor({ state: 'detached' });
    expect(await tamebridgeUser(api, target)).toBeUndefined();
    await page.close();
  });

  it('adds a user without a password; their one-time link lets them choose one and sign in', async () => {
    const email = `${uniqueId('new')}@test.example`.toLowerCase();
    const page = await signedInPage(browser, api, councilAdmin);
    await page.goto(`${api.url}/admin?council=tamebridge`);
    await page.getByTestId('add-user').click();
    const form = page.getByTestId('add-user-form');
    await form.getByLabel('Email address').fill(email);
    await form.getByLabel('Name').fill('Nina Newcomer');
    await form.getByLabel('Role').selectOption('RESEARCHER');
    await form.getByRole('button', { name: 'Add user' }).click();
    await page
      .getByTestId('users-status')
      .filter({ hasText: 'Nina Newcomer added as Researcher' })
      .waitFor();
    const link = await page.getByTestId('reset-link-url').inputValue();
    expect(link).toMatch(/\/reset-password#token=\S+$/);

    // The link's path and fragment on this server (PUBLIC_URL is not the test's port).
    const { pathname, hash } = new URL(link);
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(`${api.url}${pathname}${hash}`);
    await visitor.getByTestId('reset-form').waitFor();
    expect(new URL(visitor.url()).hash).toBe('');
    await visitor.getByLabel('New password', { exact: true }).fill('short');
    await visitor.getByLabel('New password again').fill('short');
    await visitor.getByTestId('reset-submit').click();
    expect(await visitor.getByTestId('reset-error').textContent()).toMatch(/at least 12/);
    await shot(visitor, 'reset-password');
    const password = 'a long new password for nina';
    await visitor.getByLabel('New password', { exact: true }).fill(password);
    await visitor.getByLabel('New password again').fill(password);
    await visitor.getByTestId('reset-submit').click();
    await visitor.waitForURL(/\/signin\?reset=done/);
    await visitor.getByTestId('signin-notice').filter({ hasText: 'new password is set' }).waitFor();
    await visitor.getByLabel('Email address').fill(email);
    await visitor.getByLabel('Password').fill(password);
    await visitor.getByRole('button', { name: 'Sign in' }).click();
    await visitor.waitForURL(/council=tamebridge/, { timeout: 30_000 });
    await visitor.getByTestId('user-menu').click();
    expect(await visitor.getByTestId('user-roles').textContent()).toContain(
      'Researcher in Tamebridge',
    );
    await visitor.close();
    await page.close();
  });

  it("lists exactly a council's users with their roles, and creates password links (screenshot)", async () => {
    const made = await api.gql(
      `mutation { createCouncil(input: { name: "Brookvale (test)", region: "North West", neighbourhoods: [{ name: "Brook North" }] }) { id } }`,
    );
    const councilId = made.data!.createCouncil.id as string;
    councils.push(councilId);
    const role = (r: 'COUNCIL_ADMIN' | 'EDITOR' | 'VIEWER' | 'RESEARCHER') => [
      { councilId, role: r },
    ];
    const ada = await api.user({ name: 'Ada Admin', roles: role('COUNCIL_ADMIN') });
    const eddie = await api.user({ name: 'Eddie Editor', roles: role('EDITOR') });
    const vera = await api.user({ name: 'Vera Viewer', roles: role('VIEWER') });
    const rae = await api.user({ name: 'Rae Researcher', roles: role('RESEARCHER') });

    const page = await signedInPage(browser, api, ada);
    await page.goto(`${api.url}/admin?council=${councilId}`);
    await page.getByRole('heading', { name: 'Administer Brookvale (test)' }).waitFor();
    const rows = page.getByTestId('user-row');
    await poll(() => rows.count(), 4);
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-user-id'), (tr.querySelector('select') as any).value]),
    );
    expect(listed.sort()).toEqual(
      [
        [ada.id, 'COUNCIL_ADMIN'],
        [eddie.id, 'EDITOR'],
        [vera.id, 'VIEWER'],
        [rae.id, 'RESEARCHER'],
      ].sort(),
    );
    // You cannot disable or remove yourself here.
    expect(
      await row(page, ada.id)
        .getByRole('button', { name: /^Disable/ })
        .count(),
    ).toBe(0);

    await row(page, vera.id).getByLabel('Role of Vera Viewer').selectOption('EDITOR');
    await row(page, vera.id).getByRole('button', { name: 'Change role' }).click();
    await page
      .getByTestId('users-status')
      .filter({ hasText: 'Vera Viewer is now Editor' })
      .waitFor();
    await row(page, rae.id)
      .getByRole('button', { name: 'Create a password link for Rae Researcher' })
      .click();
    const link = page.getByTestId('reset-link');
    await link.waitFor();
    expect(await link.getByTestId('reset-link-url').inputValue()).toMatch(
      /\/reset-password#token=/,
    );
    await page.locator('[data-testid="audit-row"][data-action="ROLE_GRANTED"]').first().waitFor();
    await shot(page, 'admin-page');
    await page.close();
  });

  it('explains and saves the names setting', async () => {
    const page = await signedInPage(browser, api, councilAdmin);
    await page.goto(`${api.url}/admin?council=tamebridge`);
    const setting = page.getByTestId('names-setting');
    await setting.waitFor();
    expect(await setting.textContent()).toMatch(/Researchers never see names/);
    const box = setting.getByLabel('Names visible to members of this council');
    expect(await box.isChecked()).toBe(true);
    await box.uncheck();
    await setting.getByRole('button', { name: 'Save setting' }).click();
    await setting.getByText('everyone now sees pseudonyms only').waitFor();
    const council = await api.gql(`{ council(councilId: "tamebridge") { namesVisible } }`);
    expect(council.data!.council.namesVisible).toBe(false);
    // The audit trail has the settings change, before → after.
    await page.getByTestId('audit-action').selectOption('SETTINGS_CHANGED');
    const change = page
      .locator('[data-testid="audit-row"][data-action="SETTINGS_CHANGED"]')
      .filter({ hasText: 'updateCouncilSettings' })
      .first();
    await change.waitFor();
    expect(await change.textContent()).toMatch(/namesVisible:\s*true\s*→\s*false/);
    await page.close();

    // An editor gets no admin page.
    const editor = await api.user({ roles: [{ councilId: 'tamebridge', role: 'EDITOR' }] });
    const other = await signedInPage(browser, api, editor);
    await other.goto(`${api.url}/admin?council=tamebridge`);
    await other.getByTestId('admin-forbidden').waitFor();
    expect(await other.getByTestId('users-table').count()).toBe(0);
    await other.close();
  });

  it('a system admin creates a council in the UI and lands on it', async () => {
    const name = `Brookvale ${uniqueId('c').slice(-6)}`;
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge`);
    await page.getByTestId('new-council').click();
    const form = page.getByTestId('new-council-form');
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Region').fill('North West');
    await form.getByLabel('Neighbourhoods').fill('Brook North\nBrook South\n');
    await form.getByRole('button', { name: 'Create council' }).click();
    await page.waitForURL((u) => u.searchParams.get('council') !== 'tamebridge', {
      timeout: 30_000,
    });
    const id = new URL(page.url()).searchParams.get('council')!;
    councils.push(id);
    const picker = page.getByTestId('council-picker');
    await picker.locator(`option[value="${id}"]`).waitFor({ state: 'attached' });
    expect(await picker.inputValue()).toBe(id);
    const res = await api.gql(
      `query($c: ID!) { council(councilId: $c) { name region neighbourhoods { name } } }`,
      {
        c: id,
      },
    );
    expect(res.data!.council).toEqual({
      name,
      region: 'North West',
      neighbourhoods: [{ name: 'Brook North' }, { name: 'Brook South' }],
    });
    await page.close();
  });
});
