import { readFileSync } from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { seedDemoCouncils } from './map-helpers';

/** Every view of the app, as a URL a user can open (the demo council, at a wave). */
const VIEWS = [
  ['map', 'view=map'],
  ['map with a node selected', 'view=map&selected=tamebridge-p-0001'],
  ['changes', 'view=changes&fromWave=tamebridge-wave-baseline'],
  ['evolution', 'view=evolution'],
  ['missing connections', 'view=missing'],
  ['compare', 'view=compare'],
  ['table', 'view=table'],
  ['notes', 'view=notes'],
] as const;
/** The pages beside the app, each a path of its own (sign-in is opened signed out). */
const PAGES = ['/signin', '/account', '/tokens', '/admin', '/import?council=tamebridge'] as const;
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
    it.each(VIEWS)(`%s at ${size.width}×${size.height} has no violations`, async (_name, query) => {
      const page = await signedInPage(browser, api, api.admin, size);
      await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-review&${query}`);
      await settled(page);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
    it.each(PAGES)(`page %s at ${size.width}×${size.height} has no violations`, async (path) => {
      const page =
        path === '/signin'
          ? await (await browser.newContext({ viewport: size })).newPage()
          : await signedInPage(browser, api, api.admin, size);
      await page.goto(`${api.url}${path}`);
      await settled(page);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    });
  }
});
