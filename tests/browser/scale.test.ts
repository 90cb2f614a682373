import { Browser } from 'playwright-core';
import { generateScale } from '../../seed/generator/scale';
import { loadCouncil } from '../../seed/seed.repository';
import { launchBrowser, signedInPage } from '../support/browser';
import { testDb } from '../support/domain-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, drawn, waitForMap, shot } from './map-helpers';

/** A large council switches the map to its large-network mode and still draws every element. */
describe('a large council in Chromium', () => {
  let api: TestApp;
  let browser: Browser;
  const data = generateScale({ people: 600, ties: 6000, councilId: 'ui-scale-test' });
  beforeAll(async () => {
    const db = testDb();
    try {
      await loadCouncil(db, data);
    } finally {
      await db.driver.close();
    }
    api = await startTestApp();
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await api?.gql(`mutation($c: ID!) { deleteCouncil(councilId: $c, force: true) }`, {
      c: data.council.id,
    });
    await api?.close();
  });

  it('draws every node and tie with the large-network settings, and a wave-only timeline', async () => {
    const wave = data.waves[data.waves.length - 1].id;
    const expected = await apiSnapshot(api, data.council.id, { wave });
    expect(expected.nodes.length + expected.edges.length).toBeGreaterThan(5000);
    const page = await signedInPage(browser, api);
    const t0 = Date.now();
    await page.goto(`${api.url}/?council=${data.council.id}&wave=${wave}`);
    await waitForMap(page);
    const ms = Date.now() - t0;
    expect(await drawn(page)).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });
    const settings = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      return {
        label: cy.nodes().first().style('label'),
        curve: cy.edges().first().style('curve-style'),
        textureOnViewport: cy.renderer().textureOnViewport,
        hideEdges: cy.renderer().hideEdgesOnViewport,
      };
    });
    expect(settings).toEqual({
      label: '',
      curve: 'haystack',
      textureOnViewport: true,
      hideEdges: true,
    });
    const renderer = await page.getByTestId('network-canvas').getAttribute('data-renderer');
    expect(['webgl', 'canvas']).toContain(renderer);
    // The timeline keeps to the waves for a large network.
    expect(await page.getByTestId('time-slider').getAttribute('max')).toBe(
      String(data.waves.length - 1),
    );
    process.stderr.write(
      `[scale] ${expected.nodes.length} nodes / ${expected.edges.length} ties drawn in ${ms} ms (${renderer})\n`,
    );
    await shot(page, 'scale-map');
    await page.close();
  });
});
