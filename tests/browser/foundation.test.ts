import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { seedDemoCouncils, shot, waitForMap } from './map-helpers';

/** Every Content-Security-Policy violation the page reports, across its navigations. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction('__reportCsp', (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const line = `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`;
      void (globalThis as any).__reportCsp(line);
    });
  });
  return seen;
}

describe('first page in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp(undefined, { nodeEnv: 'production' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it("loads the served UI and shows Neo4j's version from the health query", async () => {
    const page = await signedInPage(browser, api);
    await page.goto(api.url);
    const version = page.getByTestId('neo4j-version');
    await version.waitFor();
    expect(await version.textContent()).toMatch(/^5\.\d+\.\d+$/);
    await waitForMap(page);
    await shot(page, 'foundation-health');
    await page.close();
  });

  it('runs every view and the exports under the Content-Security-Policy with no violation', async () => {
    const page = await signedInPage(browser, api);
    const violations = await watchCsp(page);
    const review = `${api.url}/?council=tamebridge&wave=tamebridge-wave-review`;

    const response = await page.goto(review);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await waitForMap(page);
    // Cytoscape's own <style> element is there, allowed by its hash.
    expect(await page.locator('#__________cytoscape_stylesheet').count()).toBe(1);
    const png = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
    const svg = page.waitForEvent('download');
    await page.getByTestId('export-svg').click();
    expect((await svg).suggestedFilename()).toMatch(/\.svg$/);

    await page.goto(`${review}&view=changes&fromWave=tamebridge-wave-baseline`);
    await waitForMap(page);
    await page.goto(`${review}&view=evolution`);
    await page.getByTestId('heatmap').waitFor();
    await page.goto(`${review}&view=missing`);
    await page.getByTestId('missing-item').first().waitFor();
    await page.goto(`${review}&view=compare`);
    await page.getByTestId('comparison-table').waitFor();
    await page.goto(`${review}&view=table`);
    await page.getByTestId('nodes-table').waitFor();
    await page.goto(`${api.url}/tokens`);
    await page.getByRole('heading', { name: /API tokens/i }).waitFor();
    await page.goto(`${api.url}/admin?council=tamebridge`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(violations).toEqual([]);
    await page.close();

    // The sign-in page, signed out.
    const signedOut = await browser.newPage();
    const signInViolations = await watchCsp(signedOut);
    await signedOut.goto(`${api.url}/signin`);
    await signedOut.getByLabel(/email/i).waitFor();
    expect(signInViolations).toEqual([]);
    await signedOut.close();
  });
});
