import { Browser, Page } from 'playwright-core';
import { seedDemo } from '../../seed/demo-seed';
import { testDb } from '../support/domain-fixtures';
import { launchBrowser, screenshot, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/** The Evolution view (group matrix heatmap, pair line chart, statistics) against the API. */
const EVOLUTION = `query($c: ID!) {
  networkEvolution(councilId: $c, step: WAVES, level: PEOPLE, grouping: TEAM_TYPE) {
    points {
      date label waveId
      network { metric value }
      mixing { groups counts weights density }
    }
    interventions { id date label }
  }
}`;

interface Point {
  date: string;
  label: string;
  network: { metric: string; value: number | null }[];
  mixing: {
    groups: string[];
    counts: number[][];
    weights: number[][];
    density: (number | null)[][];
  };
}

function pairValue(p: Point, a: string, b: string, key: 'counts' | 'density'): number | null {
  const i = p.mixing.groups.indexOf(a);
  const j = p.mixing.groups.indexOf(b);
  if (i < 0 || j < 0) return key === 'counts' ? 0 : null;
  return p.mixing[key][i][j];
}

/** data-value of every heatmap cell, keyed "row|col". */
async function heatmapValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-testid="heatmap-cell"]', (cells) =>
    Object.fromEntries(
      cells.map((c) => [
        `${c.getAttribute('data-row')}|${c.getAttribute('data-col')}`,
        c.getAttribute('data-value') ?? '',
      ]),
    ),
  );
}

function expectHeatmapMatches(
  cells: Record<string, string>,
  point: Point,
  key: 'counts' | 'density',
) {
  const { groups } = point.mixing;
  expect(Object.keys(cells)).toHaveLength(groups.length * groups.length);
  groups.forEach((a, i) =>
    groups.forEach((b, j) => {
      const expected = point.mixing[key][i][j];
      const shown = cells[`${a}|${b}`];
      if (expected === null) expect(shown).toBe('');
      else expect(Number(shown)).toBeCloseTo(expected, 12);
    }),
  );
}

/** How far a view reaches beyond the viewport or its own box (≤ 0: fits). */
async function horizontalOverflow(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return Math.max(box.right - window.innerWidth, el.scrollWidth - el.clientWidth);
  });
}

describe('Evolution view in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  let points: Point[];
  let interventions: { id: string; date: string }[];

  beforeAll(async () => {
    const db = testDb();
    await seedDemo(db);
    await db.driver.close();
    api = await startTestApp();
    browser = await launchBrowser();
    const res = await api.gql(EVOLUTION, { c: 'tamebridge' });
    expect(res.errors).toBeUndefined();
    points = res.data!.networkEvolution.points;
    interventions = res.data!.networkEvolution.interventions;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('shows the group matrix, the home care ↔ district nursing line and statistics as the API computes them', async () => {
    expect(points.map((p) => p.label)).toEqual(['Baseline', 'Pilot', 'Go-live', 'Review']);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&view=evolution`);
    await page.getByTestId('heatmap').waitFor();

    // Heatmap: the latest moment (no moment chosen = now = Review), tie counts.
    const review = points[points.length - 1];
    expect(await page.getByTestId('matrix-moment').inputValue()).toBe(review.date);
    expectHeatmapMatches(await heatmapValues(page), review, 'counts');
    // The table below holds the same numbers.
    const dnRow = review.mixing.groups.indexOf('district-nursing');
    const hcCol = review.mixing.groups.indexOf('home-care-branch');
    const td = page.locator(
      '[data-testid="heatmap-table"] td[data-row="district-nursing"][data-col="home-care-branch"]',
    );
    expect(await td.textContent()).toBe(String(review.mixing.counts[dnRow][hcCol]));
    // Every cell carries a title with all its numbers.
    const title = await page
      .locator(
        '[data-testid="heatmap-cell"][data-row="district-nursing"][data-col="home-care-branch"] title',
      )
      .textContent();
    expect(title).toMatch(
      /^District nursing team ↔ Home-care branch: \d+ ties, block density [\d.]+, summed strength \d/,
    );

    // Another moment, then block density.
    const baseline = points[0];
    await page.getByTestId('matrix-moment').selectOption(baseline.date);
    await page.getByRole('heading', { name: /Group matrix at Baseline/ }).waitFor();
    expectHeatmapMatches(await heatmapValues(page), baseline, 'counts');
    await page.getByTestId('matrix-mode').getByText('Block density').click();
    await page
      .getByRole('heading', { name: /block density/ })
      .first()
      .waitFor();
    expectHeatmapMatches(await heatmapValues(page), baseline, 'density');
    await page.getByTestId('matrix-mode').getByText('Tie counts').click();

    // Line chart: home care ↔ district nursing is drawn by default, with one value per wave.
    const key = 'district-nursing|home-care-branch';
    await page.locator(`[data-testid="pair-series"][data-series="${key}"]`).waitFor();
    const series = await page.$$eval(
      `[data-testid="pair-series-table"] td[data-series="${key}"]`,
      (cells) => cells.map((c) => [c.getAttribute('data-point'), c.getAttribute('data-value')]),
    );
    expect(series).toEqual(
      points.map((p) => [
        p.date,
        String(pairValue(p, 'district-nursing', 'home-care-branch', 'counts')),
      ]),
    );
    // The story: home care and district nursing grow together.
    const values = series.map(([, v]) => Number(v));
    expect(values[values.length - 1]).toBeGreaterThan(values[0]);
    expect(await page.locator('[data-testid="pair-series"]').count()).toBe(3);
    expect(await page.getByTestId('intervention-marker').count()).toBe(
      interventions.filter((i) => i.date >= points[0].date && i.date <= review.date).length,
    );

    // Statistics over time, with their conventions.
    const density = await page.$$eval(
      '[data-testid="network-stats-table"] td[data-metric="density"]',
      (cells) => cells.map((c) => Number(c.getAttribute('data-value'))),
    );
    points.forEach((p, i) =>
      expect(density[i]).toBeCloseTo(p.network.find((m) => m.metric === 'density')!.value!, 12),
    );
    expect(await page.getByTestId('evolution-conventions').textContent()).toMatch(
      /Density.*undirected · unweighted · ties \/ \(n\(n-1\)\/2\)/,
    );
    await page.getByTestId('matrix-moment').selectOption(review.date);
    await page.getByRole('heading', { name: /Group matrix at Review/ }).waitFor();
    await screenshot(page, 'evolution');
    await page.close();
  });

  it('follows the chosen groups, switches to quarters, and fits a narrow screen', async () => {
    const page = await signedInPage(browser, api, api.admin, { width: 390, height: 844 });
    await page.goto(`${api.url}/?council=tamebridge&view=evolution`);
    await page.getByTestId('pair-line-chart').waitFor();
    await page.getByTestId('group-picker').getByLabel('Commissioning team').uncheck();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="pair-series"]').length === 1,
    );
    await page.getByTestId('group-picker').getByLabel('District nursing team').uncheck();
    await page.getByTestId('pairs-empty').waitFor();
    await page.getByTestId('group-picker').getByLabel('District nursing team').check();

    // The view never makes the page scroll sideways; wide pictures scroll inside their own box.
    expect(await horizontalOverflow(page, 'evolution-view')).toBeLessThanOrEqual(0);

    await page.getByTestId('step-picker').getByText('Quarters').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="pair-series-table"] tbody th')].some((th) =>
        /Q\d/.test(th.textContent ?? ''),
      ),
    );
    await screenshot(page, 'evolution-narrow-quarters');
    await page.close();
  });

  it('shows the API error in the view when the council does not exist', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=no-such-council&view=evolution`);
    const alert = page.getByTestId('evolution-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not load the evolution: .*no-such-council/);
    await page.close();
  });
});
