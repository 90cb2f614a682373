import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import {
  apiSnapshot,
  poll,
  seedDemoCouncils,
  shot,
  waitForMap,
  type ApiSnapshot,
} from './map-helpers';

const WAVE = 'tamebridge-wave-review';

/** Undirected adjacency of the API's snapshot: the reference the map is checked against. */
function adjacency(snap: ApiSnapshot): Map<string, Set<string>> {
  const adj = new Map(snap.nodes.map((n) => [n.id, new Set<string>()]));
  for (const e of snap.edges) {
    if (e.source === e.target) continue;
    adj.get(e.source)!.add(e.target);
    adj.get(e.target)!.add(e.source);
  }
  return adj;
}

function distances(adj: Map<string, Set<string>>, from: string, without?: string) {
  const d = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    for (const n of adj.get(queue[i])!) {
      if (n === without || d.has(n)) continue;
      d.set(n, d.get(queue[i])! + 1);
      queue.push(n);
    }
  }
  return d;
}

/** Components after removing `gone`: sizes, largest first. */
function piecesWithout(adj: Map<string, Set<string>>, gone: string): number[] {
  const seen = new Set<string>([gone]);
  const sizes: number[] = [];
  for (const n of adj.keys()) {
    if (seen.has(n)) continue;
    const d = distances(adj, n, gone);
    for (const k of d.keys()) seen.add(k);
    sizes.push(d.size);
  }
  return sizes.sort((a, b) => b - a);
}

const classed = (page: Page, cls: string) =>
  page.evaluate(
    (c) =>
      (globalThis as any).__interweave.cy
        .nodes(`.${c}`)
        .map((n: any) => n.id())
        .sort(),
    cls,
  );

describe('paths and what-if on the map', () => {
  let api: TestApp;
  let browser: Browser;
  let snap: ApiSnapshot;
  let adj: Map<string, Set<string>>;
  beforeAll(async () => {
    await seedDemoCouncils();
    api = await startTestApp();
    browser = await launchBrowser();
    snap = await apiSnapshot(api, 'tamebridge', { wave: WAVE });
    adj = adjacency(snap);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('draws a shortest path between the selected actor and one chosen in a type-ahead', async () => {
    const from = snap.nodes[0].id;
    const d = distances(adj, from);
    const [to, steps] = [...d].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    expect(steps).toBeGreaterThanOrEqual(2);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=${WAVE}&selected=${from}`);
    await waitForMap(page);
    const reach = page.getByTestId('reach');
    const label = snap.nodes.find((n) => n.id === to)!.label;
    await reach.locator('[data-picker="reach-target"]').fill(label);
    await reach.locator(`li[data-value="${to}"]`).click();
    const result = reach.getByTestId('path-result');
    await result.waitFor();
    expect(await result.textContent()).toMatch(new RegExp(`^${steps} ties: `));
    // The lit nodes are a path of that length: ends included, each tied to the next.
    const lit = await page.evaluate(() =>
      (globalThis as any).__interweave.cy.nodes('.on-path').map((n: any) => n.id()),
    );
    expect(lit).toHaveLength(steps + 1);
    expect(lit).toEqual(expect.arrayContaining([from, to]));
    const order = [...lit].sort((a, b) => d.get(a)! - d.get(b)!);
    for (let i = 1; i < order.length; i++) expect(adj.get(order[i - 1])!.has(order[i])).toBe(true);
    await shot(page, 'map-shortest-path');
    await page.close();
  });

  it('"What if … leaves?" gives the API\'s figures and rings whoever it cuts off', async () => {
    // A person whose leaving cuts someone off, found on the API's snapshot.
    const leaver = snap.nodes
      .map((n) => n.id)
      .find(
        (id) =>
          adj.get(id)!.size > 1 && piecesWithout(adj, id).length > piecesWithout(adj, '').length,
      );
    expect(leaver).toBeDefined();
    const res = await api.gql(
      `query($ids: [ID!]!) { simulateRemoval(councilId: "tamebridge", wave: "${WAVE}", nodeIds: $ids, pathMetrics: false) { lostPairs componentsAfter } }`,
      { ids: [leaver] },
    );
    const expected = res.data!.simulateRemoval;
    expect(expected.lostPairs).toBeGreaterThan(0);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=${WAVE}&selected=${leaver}`);
    await waitForMap(page);
    await page.getByTestId('what-if').click();
    const result = page.getByTestId('what-if-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`${expected.lostPairs} pairs`);
    expect(await result.textContent()).toContain(`to ${expected.componentsAfter} components`);
    // Ringed: everyone outside the largest piece left of the leaver's component.
    const before = distances(adj, leaver!);
    const pieces = [...before.keys()]
      .filter((n) => n !== leaver)
      .map((n) =>
        [...distances(adj, n, leaver)]
          .map(([k]) => k)
          .sort()
          .join(','),
      );
    const unique = [...new Set(pieces)]
      .map((p) => p.split(','))
      .sort((a, b) => b.length - a.length);
    const cut = unique.slice(1).flat().sort();
    await poll(() => classed(page, 'cut-off'), cut);
    expect(await classed(page, 'leaving')).toEqual([leaver]);
    await shot(page, 'map-what-if');
    await page.close();
  });
});
