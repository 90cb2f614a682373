import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { chromiumPath } from './preflight-plan';

/**
 * Debian's Chromium (no browser download is possible here), with flags that work as root.
 * Playwright gives every launch a fresh, empty profile directory of its own.
 */
export const CHROMIUM = chromiumPath(process.env);
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as a test artefact (test-artifacts/screenshots). */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** The session cookie's value from `iw_session=<secret>` (TestUser.cookie). */
export function sessionValue(cookie: string): string {
  const value = cookie.replace(/^iw_session=/, '');
  if (!value || value === cookie) throw new Error(`not an iw_session cookie: ${cookie}`);
  return value;
}

/**
 * A page in a fresh browser context that carries a real session cookie (from the real signIn
 * mutation, see test-app.ts), so the page is signed in as `user` — the test's system admin by
 * default. `page.close()` closes (and awaits) its whole context, so nothing is left running.
 */
export async function signedInPage(
  browser: Browser,
  api: { url: string; admin: { cookie: string } },
  user: { cookie: string } = api.admin,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  await context.addCookies([
    { name: 'iw_session', value: sessionValue(user.cookie), url: api.url },
  ]);
  const page = await context.newPage();
  page.close = (options) => context.close(options?.reason ? { reason: options.reason } : {});
  return page;
}
