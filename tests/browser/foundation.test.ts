import { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

describe('first page in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    api = await startTestApp();
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
    await screenshot(page, 'foundation-health');
  });
});
