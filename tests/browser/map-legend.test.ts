import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { drawn, poll, seedDemoCouncils, shot, waitForMap } from './map-helpers';

const WAVE = 'tamebridge-wave-review';
const SNAPSHOT = `query($f: SnapshotFilterInput) {
  networkSnapshot(councilId: "tamebridge", wave: "${WAVE}", filter: $f) {
    nodes { id } edges { source target typeId } } }`;

/** A legend that reads and filters: entries are buttons; the size legend gives the range. */
describe('the map legend in Chromium', () => {
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

  const snapshot = async (f: Record<string, string[]> | null) => {
    const res = await api.gql(SNAPSHOT, { f });
    expect(res.errors).toBeUndefined();
    return res.data!.networkSnapshot as {
      nodes: { id: string }[];
      edges: { source: string; target: string; typeId: string }[];
    };
  };

  it('pressing a sector or a tie type keeps only it (as the API filters), pressing again shows all', async () => {
    const all = await snapshot(null);
    const nhs = await snapshot({ sectorIds: ['nhs'] });
    const training = await snapshot({ tieTypeIds: ['training'] });
    expect(nhs.nodes.length).toBeLessThan(all.nodes.length);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=${WAVE}`);
    await waitForMap(page);
    expect(await drawn(page)).toEqual({ nodes: all.nodes.length, edges: all.edges.length });

    const entry = page.getByTestId('legend-nhs');
    await entry.click();
    await poll(() => entry.getAttribute('aria-pressed'), 'true', 20_000);
    await waitForMap(page);
    await poll(() => drawn(page), { nodes: nhs.nodes.length, edges: nhs.edges.length }, 20_000);
    await shot(page, 'map-legend-filter');
    await page.getByTestId('legend-nhs').click();
    await waitForMap(page);
    await poll(() => drawn(page), { nodes: all.nodes.length, edges: all.edges.length }, 20_000);

    await page.getByTestId('legend-tie-training').click();
    await waitForMap(page);
    await poll(
      () => drawn(page),
      { nodes: training.nodes.length, edges: training.edges.length },
      20_000,
    );
    await page.getByTestId('legend-clear').click();
    await waitForMap(page);
    await poll(() => drawn(page), { nodes: all.nodes.length, edges: all.edges.length }, 20_000);
    await page.close();
  });

  it('the size legend names the metric and its smallest and largest value on the map', async () => {
    const all = await snapshot(null);
    const neighbours = new Map(all.nodes.map((n) => [n.id, new Set<string>()]));
    for (const e of all.edges) {
      if (e.source === e.target) continue;
      neighbours.get(e.source)!.add(e.target);
      neighbours.get(e.target)!.add(e.source);
    }
    const degrees = [...neighbours.values()].map((s) => s.size);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=${WAVE}`);
    await waitForMap(page);
    const size = page.getByTestId('size-legend');
    await size.waitFor();
    const text = await size.textContent();
    expect(text).toContain(`smallest ${Math.min(...degrees)}`);
    expect(text).toContain(`largest ${Math.max(...degrees)}`);
    expect(await page.getByTestId('legend').textContent()).toMatch(/Size: Degree/);
    await page.close();
  });
});
