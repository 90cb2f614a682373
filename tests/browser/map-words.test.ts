import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { poll, seedDemoCouncils, shot, waitForMap } from './map-helpers';

const REVIEW = 'council=tamebridge&wave=tamebridge-wave-review';

describe('words where ids were, in Chromium', () => {
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

  it('Professions and Sectors nodes carry the vocabulary names, and professions have colours', async () => {
    const vocab = await api.gql(
      `query { vocabularies { professions { id name } sectors { id name } } }`,
    );
    expect(vocab.errors).toBeUndefined();
    const names = new Map<string, string>(
      [...vocab.data!.vocabularies.professions, ...vocab.data!.vocabularies.sectors].map(
        (t: any) => [t.id, t.name],
      ),
    );
    const page = await signedInPage(browser, api);
    for (const level of ['PROFESSIONS', 'SECTORS']) {
      await page.goto(`${api.url}/?${REVIEW}&level=${level}`);
      await waitForMap(page);
      const nodes: { id: string; label: string; colour: string }[] = await page.evaluate(() =>
        (globalThis as any).__interweave.cy
          .nodes('[kind != "GROUP"]')
          .filter((n: any) => !n.hasClass('absent'))
          .map((n: any) => ({ id: n.id(), label: n.data('label'), colour: n.data('colour') })),
      );
      expect(nodes.length).toBeGreaterThan(1);
      for (const n of nodes)
        expect({ id: n.id, label: n.label }).toEqual({ id: n.id, label: names.get(n.id) });
      // Coloured by what they are (by sector, professions were all the grey of "unknown").
      expect(new Set(nodes.map((n) => n.colour)).size).toBeGreaterThan(1);
      if (level === 'PROFESSIONS') await shot(page, 'map-professions');
    }
    await page.close();
  });

  it('metrics are named in words, and a metric with no value says why', async () => {
    const analysis = await api.gql(
      `query { networkAnalysis(councilId: "tamebridge", wave: "tamebridge-wave-review", level: PEOPLE) { undefinedMetrics { metric reason } } }`,
    );
    expect(analysis.errors).toBeUndefined();
    const undefinedMetrics: { metric: string; reason: string }[] =
      analysis.data!.networkAnalysis.undefinedMetrics;
    // Tamebridge's people network is one the power iteration cannot settle on (as networkx).
    expect(undefinedMetrics.map((u) => u.metric)).toContain('eigenvector');
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&selected=tamebridge-p-0001`);
    await waitForMap(page);
    const list = page.getByTestId('metric-list');
    await list.waitFor();
    const terms = await list.locator('dt').allTextContents();
    expect(terms.length).toBeGreaterThan(5);
    // No API key (camelCase or a bare key) is shown as a metric's name.
    for (const t of terms) expect(t).not.toMatch(/^[a-z]+[A-Z]\w*$/);
    expect(terms).toContain('k-core (core number)');
    for (const u of undefinedMetrics) {
      const shown = list.getByTestId(`undefined-${u.metric}`);
      if (u.metric !== 'eigenvector' && (await shown.count()) === 0) continue;
      expect(await shown.textContent()).toContain(u.reason);
    }
    // Every missing value gives a reason.
    for (const text of await list.locator('.metric-undefined').allTextContents()) {
      expect(text.length).toBeGreaterThan('undefined — '.length + 10);
    }
    await page.close();
  });

  it("stepping the timeline keeps the selected actor's metrics up (marked updating) until the new ones come", async () => {
    const ANALYSIS = `query($wave: ID, $asOf: String) {
      networkAnalysis(councilId: "tamebridge", wave: $wave, asOf: $asOf, level: PEOPLE) {
        metrics nodes { nodeId values } } }`;
    const degrees = async (moment: { wave?: string; asOf?: string }) => {
      const res = await api.gql(ANALYSIS, moment);
      expect(res.errors).toBeUndefined();
      const a = res.data!.networkAnalysis;
      const i = a.metrics.indexOf('degree');
      return new Map<string, number>(
        a.nodes.map((n: { nodeId: string; values: number[] }) => [n.nodeId, n.values[i]]),
      );
    };
    const momentOf = (url: string) => {
      const q = new URL(url).searchParams;
      return q.get('wave') ? { wave: q.get('wave')! } : { asOf: q.get('asOf')! };
    };
    // Where the slider's first step is (a dry run), and someone whose degree differs there.
    const probe = await signedInPage(browser, api);
    await probe.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(probe);
    await probe.getByTestId('time-slider').focus();
    await probe.keyboard.press('Home');
    await probe.waitForURL((u) => !u.search.includes('tamebridge-wave-review'));
    const previous = momentOf(probe.url());
    await probe.close();
    const [atReview, atPrevious] = [
      await degrees({ wave: 'tamebridge-wave-review' }),
      await degrees(previous),
    ];
    const id = [...atReview.keys()].find(
      (k) => atPrevious.has(k) && atPrevious.get(k) !== atReview.get(k),
    )!;
    expect(id).toBeTruthy();

    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&selected=${id}`);
    await waitForMap(page);
    const degree = page.locator('[data-testid="metric-list"] [data-metric="degree"] .metric-value');
    await degree.waitFor();
    expect(Number(await degree.textContent())).toBe(atReview.get(id));
    // From here on, note whether the metric list is ever gone.
    await page.evaluate(() => {
      const w = globalThis as any;
      w.__metricsBlank = false;
      new w.MutationObserver(() => {
        if (!w.document.querySelector('[data-testid="metric-list"]')) w.__metricsBlank = true;
      }).observe(w.document.body, { subtree: true, childList: true });
    });
    await page.getByTestId('time-slider').focus();
    await page.keyboard.press('Home');
    await page.waitForURL((u) => !u.search.includes('tamebridge-wave-review'));
    await page.waitForFunction(
      () => !(globalThis as any).document.querySelector('[data-testid="metric-list"][data-stale]'),
      undefined,
      { timeout: 30_000 },
    );
    await poll(async () => Number(await degree.textContent()), atPrevious.get(id), 20_000);
    expect(await page.evaluate(() => (globalThis as any).__metricsBlank)).toBe(false);
    await page.close();
  });
});
