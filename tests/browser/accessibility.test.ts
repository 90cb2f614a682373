import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { seedDemoCouncils } from './map-helpers';

/**
 * Every view of the app, as a URL a user can open (the demo council, at a wave), and the
 * states reached from them by a click: panels, forms, lists and sections that only exist
 * once opened are audited open.
 */
type Open = (page: Page) => Promise<void>;
const expandSections: Open = async (page) => {
  for (const summary of await page.locator('details:not([open]) > summary').all()) {
    if (await summary.isVisible()) await summary.click();
  }
};
const VIEWS: readonly (readonly [string, string, Open?])[] = [
  ['map', 'view=map'],
  ['map with every section expanded', 'view=map', expandSections],
  ['map with a node selected', 'view=map&selected=tamebridge-p-0001'],
  [
    'map with a note being added',
    'view=map&selected=tamebridge-p-0001',
    async (page) => {
      await page.getByTestId('add-note').click();
      await page.getByTestId('note-form').waitFor();
    },
  ],
  [
    'map with a new tie being entered (the type-ahead open)',
    'view=map&selected=tamebridge-p-0001',
    async (page) => {
      await page.getByTestId('add-tie').click();
      const to = page.getByTestId('tie-form').locator('[data-picker="to"]');
      await to.fill('Pat');
      await page.getByRole('listbox').first().waitFor();
    },
  ],
  ['changes', 'view=changes&fromWave=tamebridge-wave-baseline'],
  ['evolution', 'view=evolution'],
  ['missing connections', 'view=missing'],
  [
    'missing connections with a suggestion selected',
    'view=missing',
    async (page) => {
      await page.getByTestId('missing-item').first().click();
      await page.locator('[data-testid="missing-item"][aria-selected="true"]').waitFor();
    },
  ],
  ['compare', 'view=compare'],
  ['table', 'view=table'],
  ['notes', 'view=notes'],
];
/** The pages beside the app, each a path of its own (sign-in is opened signed out). */
const PAGES = [
  '/signin',
  // The form as a link opens it (the token is only checked when the password is sent).
  '/reset-password#token=audit-only-token',
  '/account',
  '/tokens',
  '/admin',
  '/import?council=tamebridge',
] as const;
const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page over WCAG 2 A and AA rules. */
async function axe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly
  // refuses an injected <script>.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run((globalThis as any).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')),
    }));
  });
}

/** Waits until the view has settled: nothing says it is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      !(globalThis as any).document.querySelector(
        '[data-testid="map-loading"], .canvas-overlay, [aria-busy="true"], .loading',
      ),
    undefined,
    { timeout: 30_000 },
  );
}

describe('accessibility (axe-core: WCAG 2 A and AA, and best practice)', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  for (const size of SIZES) {
    // Every row has three cells (jest would take a shorter row's missing third for `done`).
    it.each(VIEWS.map(([name, query, open]) => [name, query, open ?? null] as const))(
      `%s at ${size.width}×${size.height} has no violations`,
      async (_name, query, open) => {
        const page = await signedInPage(browser, api, api.admin, size);
        await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-review&${query}`);
        await settled(page);
        if (open) {
          await open(page);
          await settled(page);
        }
        expect(await axe(page)).toEqual([]);
        await page.close();
      },
    );
    it.each(PAGES)(`page %s at ${size.width}×${size.height} has no violations`, async (path) => {
      // Signed out, as their users arrive.
      const page =
        path === '/signin' || path.startsWith('/reset-password')
          ? await (await browser.newContext({ viewport: size })).newPage()
          : await signedInPage(browser, api, api.admin, size);
      await page.goto(`${api.url}${path}`);
      await settled(page);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }
});
