import { Browser } from 'playwright-core';
import { seedDemo } from '../../seed/demo-seed';
import { testDb } from '../support/domain-fixtures';
import { launchBrowser, screenshot, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** The Missing connections tab: ranked list, kind filter, keyboard selection, blueprint progress. */
const MISSING = `query {
  missingConnections(councilId: "tamebridge", wave: "tamebridge-wave-baseline", level: PEOPLE) {
    expectedPairs metPairs
    items { rank kind fromLabel toLabel }
    blueprintProgress { neighbourhoodName expected met }
  }
}`;

describe('Missing connections tab in Chromium', () => {
  let api: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    const db = testDb();
    await seedDemo(db);
    await db.driver.close();
    api = await startTestApp();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('lists what is missing at the baseline and selects the first item from the keyboard', async () => {
    const res = await api.gql(MISSING);
    expect(res.errors).toBeUndefined();
    const expected = res.data!.missingConnections;

    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=missing&wave=tamebridge-wave-baseline`);
    const list = page.getByTestId('missing-list');
    await list.waitFor();
    const items = page.getByTestId('missing-item');
    expect(await items.count()).toBe(expected.items.length);
    const first = expected.items.find((i: { rank: number }) => i.rank === 1);
    expect(await items.first().getAttribute('data-rank')).toBe('1');
    expect(await items.first().textContent()).toContain(`${first.fromLabel} ↔ ${first.toLabel}`);
    expect(await page.getByTestId('missing-summary').textContent()).toContain(
      `${expected.metPairs} of ${expected.expectedPairs} team pairs`,
    );

    // Keyboard: focus the list (it is a tab stop), ArrowDown selects the first item.
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="missing-item"][aria-selected="true"]'),
    );
    const selected = page.locator('[data-testid="missing-item"][aria-selected="true"]');
    expect(await selected.count()).toBe(1);
    expect(await selected.getAttribute('data-rank')).toBe('1');
    expect(new URL(page.url()).searchParams.get('rank')).toBe('1');
    expect(await list.getAttribute('aria-activedescendant')).toBe(
      await selected.getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="missing-item"][aria-selected="true"]')
          ?.getAttribute('data-rank') === '2',
    );
    await page.keyboard.press('Home');
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="missing-item"][aria-selected="true"]')
          ?.getAttribute('data-rank') === '1',
    );
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'missing-connections');

    // Escape clears the selection.
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('[aria-selected="true"][data-testid="missing-item"]'),
    );
    expect(new URL(page.url()).searchParams.get('rank')).toBeNull();
    await page.close();
  });

  it('"Add this tie" opens the new-tie form with both ends and the expected tie type filled in', async () => {
    const res = await api.gql(`query {
      missingConnections(councilId: "tamebridge", wave: "tamebridge-wave-baseline", level: PEOPLE) {
        items { rank fromId toId tieTypeId } } }`);
    const first = res.data!.missingConnections.items.find((i: { rank: number }) => i.rank === 1);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=missing&wave=tamebridge-wave-baseline`);
    await page.locator('[data-testid="missing-item"][data-rank="1"]').click();
    await page.getByTestId('add-missing-tie').click();
    const form = page.getByTestId('tie-form');
    await form.waitFor();
    const value = (field: string) => form.locator(`[data-field="${field}"]`).inputValue();
    expect(await value('from')).toMatch(new RegExp(`^[A-Z]+:${first.fromId}$`));
    expect(await value('to')).toMatch(new RegExp(`^[A-Z]+:${first.toId}$`));
    if (first.tieTypeId) expect(await value('typeId')).toBe(first.tieTypeId);
    // Nothing is written until the user saves.
    await page.close();
  });

  it('draws the suggested tie in a style no recorded tie has, and names it in the legend', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(
      `${api.url}/?council=tamebridge&view=missing&wave=tamebridge-wave-baseline&rank=1`,
    );
    await page.waitForFunction(
      () => (globalThis as any).__interweave?.cy?.$('#suggested-tie').length === 1,
      undefined,
      { timeout: 30_000 },
    );
    // As Cytoscape renders them: the suggestion against every recorded tie on the map.
    const styles = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      const look = (e: any) => ({
        colour: e.style('line-color'),
        dash: String(e.style('line-dash-pattern')),
        style: e.style('line-style'),
      });
      return {
        suggested: look(cy.$('#suggested-tie')),
        recorded: cy
          .edges()
          .filter((e: any) => !e.hasClass('suggested'))
          .map((e: any) => ({ ...look(e), typeId: e.data('typeId') })),
      };
    });
    expect(styles.suggested.colour).toBe('rgb(230,0,126)');
    expect(styles.recorded.length).toBeGreaterThan(10);
    for (const r of styles.recorded) {
      expect(r.colour).not.toBe(styles.suggested.colour);
      // A recorded dashed tie uses the plain dash, never the suggestion's dash-dot.
      if (r.style === 'dashed') expect(r.dash).not.toBe(styles.suggested.dash);
    }
    expect(await page.getByTestId('legend-suggested').textContent()).toMatch(
      /Suggested tie \(not recorded\)/,
    );
    await page.close();
  });

  it('filters by kind and shows blueprint progress per neighbourhood', async () => {
    const res = await api.gql(MISSING);
    const expected = res.data!.missingConnections;
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=missing&wave=tamebridge-wave-baseline`);
    await page.getByTestId('missing-list').waitFor();

    await page
      .getByTestId('missing-kinds')
      .getByRole('checkbox', { name: /Blueprint gap/ })
      .uncheck();
    await page
      .getByTestId('missing-kinds')
      .getByRole('checkbox', { name: /Fragile point/ })
      .uncheck();
    const suggestions = expected.items.filter((i: { kind: string }) => i.kind === 'SUGGESTION');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="missing-item"]').length === n,
      suggestions.length,
    );
    const kinds = await page.$$eval('[data-testid="missing-item"]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-kind'))),
    ]);
    expect(kinds).toEqual(['SUGGESTION']);
    // Clicking selects too.
    await page.getByTestId('missing-item').nth(1).click();
    expect(await page.getByTestId('missing-item').nth(1).getAttribute('aria-selected')).toBe(
      'true',
    );

    // Progress: one column per neighbourhood, totals = the API's met / expected.
    const table = page.getByTestId('blueprint-progress');
    const hoods = [
      ...new Set(
        expected.blueprintProgress.map((p: { neighbourhoodName: string }) => p.neighbourhoodName),
      ),
    ];
    for (const h of hoods) await table.getByRole('columnheader', { name: String(h) }).waitFor();
    const totals = await table.locator('tfoot td').allTextContents();
    const met = expected.blueprintProgress.reduce(
      (s: number, p: { met: number; expected: number }) => s + Math.min(p.met, p.expected),
      0,
    );
    const sum = totals
      .filter((t) => t.includes('/'))
      .map((t) => t.split('/').map(Number))
      .reduce((acc, [m, e]) => [acc[0] + m, acc[1] + e], [0, 0]);
    expect(sum).toEqual([met, expected.expectedPairs]);
    await page.close();
  });
});
