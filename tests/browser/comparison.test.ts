import { Browser, Page } from 'playwright-core';
import { seedDemo } from '../../seed/demo-seed';
import { testDb } from '../support/domain-fixtures';
import { launchBrowser, screenshot, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** The Compare view: councils side by side at their waves with one label, against the API. */
const COMPARE = `query($ids: [ID!]!, $wave: String) {
  compareCouncils(councilIds: $ids, waveLabel: $wave, level: PEOPLE, grouping: TEAM_TYPE, pathMetrics: false) {
    groups
    rows {
      councilId asOf waveLabel nodeCount edgeCount
      network { metric value }
      mixing { groups counts density }
    }
  }
}`;

interface Row {
  councilId: string;
  asOf: string;
  waveLabel: string;
  nodeCount: number;
  edgeCount: number;
  network: { metric: string; value: number | null }[];
  mixing: { groups: string[]; counts: number[][]; density: (number | null)[][] };
}

/** data-value of every statistic cell, keyed "council|metric". */
function tableValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="comparison-table"] td[data-metric]', (cells) =>
    Object.fromEntries(
      cells.map((c) => [
        `${c.getAttribute('data-council')}|${c.getAttribute('data-metric')}`,
        c.getAttribute('data-value') ?? '',
      ]),
    ),
  );
}

describe('Compare view in Chromium', () => {
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

  it('compares tamebridge and kelsworth at "Review" with the numbers compareCouncils gives', async () => {
    const res = await api.gql(COMPARE, { ids: ['tamebridge', 'kelsworth'], wave: 'Review' });
    expect(res.errors).toBeUndefined();
    const rows: Row[] = res.data!.compareCouncils.rows;

    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=compare`);
    await page.getByTestId('comparison-table').waitFor();
    // Pick Kelsworth next to Tamebridge; go to another wave and back to Review.
    await page.getByTestId('council-checks').getByLabel('Kelsworth').check();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="comparison-table"] th[data-council="kelsworth"]'),
    );
    await page.getByTestId('wave-label-picker').getByText('Pilot').click();
    await page.getByText(/statistics at each council.s “Pilot” wave/).waitFor();
    await page.getByTestId('wave-label-picker').getByText('Review').click();
    await page.getByText(/statistics at each council.s “Review” wave/).waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="comparison-loading"]'));

    const shown = await tableValues(page);
    for (const row of rows) {
      expect(Number(shown[`${row.councilId}|nodeCount`])).toBe(row.nodeCount);
      expect(Number(shown[`${row.councilId}|edgeCount`])).toBe(row.edgeCount);
      for (const metric of ['density', 'transitivity', 'eiIndex', 'modularity']) {
        const value = row.network.find((m) => m.metric === metric)!.value!;
        expect(Number(shown[`${row.councilId}|${metric}`])).toBeCloseTo(value, 12);
      }
      const components = row.network.find((m) => m.metric === 'connectedComponents')!.value;
      expect(Number(shown[`${row.councilId}|connectedComponents`])).toBe(components);
      // Each column says which wave and date it is.
      const header = await page
        .locator(`[data-testid="comparison-table"] th[data-council="${row.councilId}"]`)
        .textContent();
      expect(header).toContain(`Review ${row.asOf}`);
    }
    // Columns in the order picked in the list (Kelsworth before Tamebridge alphabetically).
    const columns = await page.$$eval(
      '[data-testid="comparison-table"] thead th[data-council]',
      (ths) => ths.map((th) => th.getAttribute('data-council')),
    );
    expect([...columns].sort()).toEqual(['kelsworth', 'tamebridge']);

    // One mini-map and one block-density matrix per council, on the same group order.
    expect(await page.getByTestId('minimap').count()).toBe(2);
    await page.locator('[data-testid="minimap"] svg').first().waitFor();
    const density = await page.$$eval(
      '.iw-multiple[data-council="kelsworth"] [data-testid="density-heatmap-cell"]',
      (cells) =>
        cells.map((c) => [
          c.getAttribute('data-row'),
          c.getAttribute('data-col'),
          c.getAttribute('data-value'),
        ]),
    );
    const k = rows.find((r) => r.councilId === 'kelsworth')!;
    const groups: string[] = res.data!.compareCouncils.groups;
    expect(density).toHaveLength(groups.length * groups.length);
    for (const [a, b, v] of density) {
      const i = k.mixing.groups.indexOf(a as string);
      const j = k.mixing.groups.indexOf(b as string);
      const expected = i < 0 || j < 0 ? null : k.mixing.density[i][j];
      if (expected === null) expect(v).toBe('');
      else expect(Number(v)).toBeCloseTo(expected, 12);
    }
    // Every statistic states its convention.
    expect(await page.getByTestId('compare-conventions').textContent()).toMatch(
      /Modularity.*networkx\.community\.modularity/,
    );
    await screenshot(page, 'comparison');
    await page.close();
  });

  it('shows the API error when a council cannot be compared', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(
      `${api.url}/?council=tamebridge&view=compare&compare=tamebridge,no-such-council`,
    );
    const alert = page.getByTestId('comparison-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /Could not compare: Council "no-such-council" was not found/,
    );
    expect(await alert.getAttribute('role')).toBe('alert');
    await page.close();
  });

  it('fits a narrow screen', async () => {
    const page = await signedInPage(browser, api, api.admin, { width: 390, height: 844 });
    await page.goto(`${api.url}/?council=tamebridge&view=compare&compare=tamebridge,kelsworth`);
    await page.getByTestId('comparison-table').waitFor();
    const overflow = await page.getByTestId('comparison-view').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return Math.max(box.right - window.innerWidth, el.scrollWidth - el.clientWidth);
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'comparison-narrow');
    await page.close();
  });

  it('shows a researcher withheld groups as withheld (n<5), never as 0', async () => {
    const researcher = await api.user({
      name: 'Rae Researcher',
      roles: [
        { councilId: 'tamebridge', role: 'RESEARCHER' },
        { councilId: 'kelsworth', role: 'RESEARCHER' },
      ],
    });
    // What the API withholds from this researcher, grouped by organisation type.
    const res = await api.gqlWith({ cookie: researcher.cookie })(
      `query($ids: [ID!]!) {
        compareCouncils(councilIds: $ids, waveLabel: "Review", level: PEOPLE,
          grouping: ORGANISATION_TYPE, pathMetrics: false) {
          rows { councilId mixing { groups sizes counts suppressed } groupEI { group suppressed } }
        }
      }`,
      { ids: ['tamebridge', 'kelsworth'] },
    );
    expect(res.errors).toBeUndefined();
    const rows: {
      councilId: string;
      mixing: { groups: string[]; sizes: (number | null)[]; suppressed: boolean[] };
      groupEI: { group: string; suppressed: boolean }[];
    }[] = res.data!.compareCouncils.rows;
    const withheld = rows.flatMap((r) =>
      r.mixing.groups
        .filter((_, i) => r.mixing.suppressed[i])
        .map((group) => ({ council: r.councilId, group })),
    );
    // The seed has small organisation types (e.g. a lone commissioner's team), so this is a test.
    expect(withheld.length).toBeGreaterThan(0);

    const page = await signedInPage(browser, api, researcher);
    await page.goto(`${api.url}/?council=tamebridge&view=compare&compare=tamebridge,kelsworth`);
    await page.getByTestId('comparison-table').waitFor();
    await page.getByTestId('compare-grouping').selectOption('ORGANISATION_TYPE');
    await page.waitForFunction(() => !document.querySelector('[data-testid="comparison-loading"]'));
    const { council, group } = withheld[0];
    const cells = page.locator(
      `.iw-multiple[data-council="${council}"] [data-testid="density-heatmap-cell"][data-row="${group}"]`,
    );
    await cells.first().waitFor();
    // Every cell in the withheld group's row is marked withheld and carries no number.
    const marks = await cells.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-suppressed'), e.getAttribute('data-value')]),
    );
    expect(marks.length).toBeGreaterThan(0);
    for (const [mark, value] of marks) expect([mark, value]).toEqual(['true', '']);
    expect(await cells.first().locator('title').textContent()).toMatch(/withheld/);
    // The E-I table says withheld for that group and council, not 0 or a dash.
    const ei = page.locator(
      `[data-testid="comparison-ei-table"] tr[data-group="${group}"] td[data-council="${council}"]`,
    );
    expect(await ei.getAttribute('data-suppressed')).toBe('true');
    expect((await ei.textContent())?.trim()).toBe('n<5');
    await page.close();
  });
});
