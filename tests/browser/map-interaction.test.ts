import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, drawn, poll, seedDemoCouncils, waitForMap, shot } from './map-helpers';

const REVIEW = 'council=tamebridge&wave=tamebridge-wave-review';

describe('map interactions in Chromium', () => {
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

  it('search highlights, a click opens the detail panel with explained metrics, ego focus dims the rest', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(page);
    await page.getByTestId('map-search').fill('Pat');
    await page.getByTestId('search-count').waitFor();
    const matches = await page.evaluate(
      () => (globalThis as any).__interweave.cy.nodes('.match').length,
    );
    expect(matches).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('search-count').textContent()).toBe(`${matches} found`);

    await page.evaluate(() =>
      (globalThis as any).__interweave.cy.getElementById('tamebridge-p-0001').emit('tap'),
    );
    await page.waitForURL(/selected=tamebridge-p-0001/);
    const detail = page.getByTestId('node-detail');
    await detail.waitFor();
    await page.getByTestId('metric-list').waitFor();
    await detail.locator('details').first().click();
    expect(await detail.textContent()).toMatch(/Normalised:/);

    await page.getByTestId('ego-steps').selectOption('1');
    await page.waitForURL(/ego=1/);
    const focus = () =>
      page.evaluate(() => {
        const cy = (globalThis as any).__interweave.cy;
        const centre = cy.getElementById('tamebridge-p-0001');
        const hood = centre
          .closedNeighborhood()
          .nodes()
          .filter((n: any) => !n.hasClass('absent'));
        return {
          undimmed: cy.nodes().filter((n: any) => !n.hasClass('absent') && !n.hasClass('dimmed'))
            .length,
          neighbourhood: hood.length,
        };
      });
    const f = await focus();
    expect(f.undimmed).toBe(f.neighbourhood);
    await shot(page, 'map-detail-ego');
    await page.close();
  }, 120_000);

  it('filters come from the URL and match the filtered networkSnapshot', async () => {
    const res = await api.gql(
      `query { networkSnapshot(councilId: "tamebridge", wave: "tamebridge-wave-review", filter: { tieTypeIds: ["referral", "advice"], minStrength: 3 }) { nodes { id } edges { id } } }`,
    );
    const expected = res.data!.networkSnapshot;
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&tieTypes=referral,advice&minStrength=3`);
    await waitForMap(page);
    await poll(() => drawn(page), { nodes: expected.nodes.length, edges: expected.edges.length });
    await page.close();
  });

  it('draws organisations as boxes around their teams on request', async () => {
    const res = await api.gql(
      `query { networkSnapshot(councilId: "tamebridge", wave: "tamebridge-wave-review", level: TEAMS) { nodes { id organisationId } } }`,
    );
    const orgs = new Set(
      res.data!.networkSnapshot.nodes.map((n: any) => n.organisationId).filter(Boolean),
    );
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&level=TEAMS&compound=organisation`);
    await waitForMap(page);
    const boxes = () =>
      page.evaluate(() =>
        (globalThis as any).__interweave.cy.nodes('.compound').map((n: any) => ({
          label: n.data('label'),
          children: n.children().length,
        })),
      );
    await poll(async () => (await boxes()).every((b: any) => !b.label.startsWith('org:')), true);
    const drawnBoxes = await boxes();
    expect(drawnBoxes).toHaveLength(orgs.size);
    expect(drawnBoxes.every((b: any) => b.children > 0)).toBe(true);
    await shot(page, 'map-organisation-boxes');
    await page.close();
  });

  it('the table view lists the same nodes and ties, sorts, filters and downloads CSV', async () => {
    const expected = await apiSnapshot(api, 'tamebridge', { wave: 'tamebridge-wave-review' });
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&view=table`);
    const nodes = page.getByTestId('nodes-table');
    await nodes.waitFor();
    expect(await nodes.locator('caption').textContent()).toBe(`Nodes (${expected.nodes.length})`);
    expect(await page.getByTestId('ties-table').locator('caption').textContent()).toBe(
      `Ties (${expected.edges.length})`,
    );
    await nodes.locator('th button', { hasText: 'degree' }).waitFor();
    await nodes.locator('th button', { hasText: 'degree' }).click();
    await nodes.locator('th button', { hasText: 'degree' }).click();
    expect(await nodes.locator('th[aria-sort="descending"]').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByTestId('ties-table-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/tamebridge-2024-03-01-people-ties\.csv/);
    const text = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (c) => (out += String(c)));
        stream.on('end', () => resolve(out));
        stream.on('error', reject);
      });
    });
    expect(text.trim().split('\r\n')).toHaveLength(expected.edges.length + 1);
    await page.getByTestId('nodes-table-filter').fill('TAM-000');
    expect(Number((await nodes.getByRole('status').textContent())!.split(' ')[0])).toBeLessThan(
      expected.nodes.length,
    );
    await shot(page, 'table-view');
    await page.close();
  });

  it('the map exports PNG and SVG', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(page);
    const png = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    expect((await png).suggestedFilename()).toMatch(/\.png$/);
    const svg = page.waitForEvent('download');
    await page.getByTestId('export-svg').click();
    const file = await svg;
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const text = await new Promise<string>((resolve) => {
      void file.createReadStream().then((stream) => {
        let out = '';
        stream.on('data', (c) => (out += String(c)));
        stream.on('end', () => resolve(out));
      });
    });
    expect(text).toContain('<svg');
    await page.close();
  });

  it('says clearly when the API cannot be reached, and stacks panels on a narrow screen', async () => {
    const down = await signedInPage(browser, api);
    await down.route('**/graphql', (route) => route.abort('connectionrefused'));
    await down.goto(`${api.url}/?${REVIEW}`);
    const banner = down.getByTestId('api-error');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/cannot be reached/);
    await down.close();

    const narrow = await signedInPage(browser, api, api.admin, { width: 390, height: 844 });
    await narrow.goto(`${api.url}/?${REVIEW}&selected=tamebridge-p-0001`);
    await waitForMap(narrow);
    const canvas = await narrow.getByTestId('network-canvas').boundingBox();
    const panel = await narrow.getByTestId('detail-panel').boundingBox();
    expect(panel!.y).toBeGreaterThan(canvas!.y + canvas!.height - 1);
    await shot(narrow, 'map-narrow');
    // Keyboard: the tabs are reachable and show a focus ring.
    await narrow.getByTestId('tab-map').focus();
    await narrow.keyboard.press('ArrowRight');
    await narrow.waitForURL(/view=changes/);
    const outline = await narrow.evaluate(
      () => getComputedStyle((globalThis as any).document.activeElement).outlineStyle,
    );
    expect(outline).toBe('solid');
    await narrow.close();
  });
});
