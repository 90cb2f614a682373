import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, poll, seedDemoCouncils, shot, waitForMap } from './map-helpers';

const REVIEW = 'council=tamebridge&wave=tamebridge-wave-review';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where node `id` is drawn, in page coordinates. */
async function pagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('network-canvas').boundingBox())!;
  const p = await page.evaluate(
    (nodeId) => (globalThis as any).__interweave.cy.getElementById(nodeId).renderedPosition(),
    id,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

describe('reading the map in Chromium', () => {
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

  it('hover shows who an actor is and highlights its neighbours; leaving clears both', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&level=TEAMS`);
    await waitForMap(page);
    // A well-tied team, zoomed in so it is well clear of its neighbours.
    const id: string = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      const present = cy.nodes('[kind != "GROUP"]').filter((n: any) => !n.hasClass('absent'));
      const node = present.max((n: any) => n.degree()).ele;
      cy.zoom({ level: 2.5, position: node.position() });
      cy.center(node);
      return node.id();
    });
    const label: string = await page.evaluate(
      (nodeId) => (globalThis as any).__interweave.cy.getElementById(nodeId).data('label'),
      id,
    );
    const at = await pagePosition(page, id);
    await page.mouse.move(at.x, at.y);
    const tip = page.getByTestId('node-tooltip');
    await tip.waitFor();
    const text = (await tip.textContent())!;
    expect(text).toContain(label);
    expect(text).toMatch(/Organisation: \S/);
    expect(text).toMatch(/Degree \d+/);
    const faded = () =>
      page.evaluate((nodeId) => {
        const cy = (globalThis as any).__interweave.cy;
        const near = cy.getElementById(nodeId).closedNeighborhood();
        return {
          nearFaded: near.filter((e: any) => e.hasClass('hover-faded')).length,
          othersFaded: cy.elements('.hover-faded').length > 0,
        };
      }, id);
    expect(await faded()).toEqual({ nearFaded: 0, othersFaded: true });
    await shot(page, 'map-hover');
    await page.mouse.move(2, 2);
    await tip.waitFor({ state: 'detached' });
    expect((await faded()).othersFaded).toBe(false);
    await page.close();
  });

  it('the wheel zooms at a normal speed: four notches at least double the zoom', async () => {
    const page = await signedInPage(browser, api);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/wheel sensitivity/i.test(m.text())) warnings.push(m.text());
    });
    await page.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(page);
    const zoom = () => page.evaluate(() => (globalThis as any).__interweave.cy.zoom() as number);
    const before = await zoom();
    const box = (await page.getByTestId('network-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -100);
    await poll(async () => (await zoom()) / before >= 2, true);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('search lists matches with team and profession, and choosing one selects it and zooms to it', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(page);
    const zoom = () => page.evaluate(() => (globalThis as any).__interweave.cy.zoom() as number);
    const fitZoom = await zoom();
    await page.getByTestId('map-search').fill('Pat');
    const results = page.getByTestId('search-results');
    await results.waitFor();
    const items = await results.getByRole('button').allTextContents();
    // Several people called Pat: every entry names its team, then its profession, in the
    // council's own words. (Two namesakes in the same team and profession still read the
    // same: the demo has such a pair; the snapshot carries no pseudonym to add.)
    expect(items.length).toBeGreaterThan(1);
    const moment = { wave: 'tamebridge-wave-review' };
    const teams = new Set(
      (await apiSnapshot(api, 'tamebridge', moment, 'TEAMS')).nodes.map((n) => n.label),
    );
    const vocabulary = await api.gql<{ vocabularies: { professions: { name: string }[] } }>(
      `{ vocabularies { professions { name } } }`,
    );
    const professions = new Set(vocabulary.data!.vocabularies.professions.map((p) => p.name));
    for (const item of items) {
      const [name, detail] = item.split(' — ');
      expect(name).toMatch(/^Pat/);
      const team = [...teams].find((t) => detail.startsWith(`${t}, `));
      expect([item, team !== undefined]).toEqual([item, true]);
      expect([item, professions.has(detail.slice(team!.length + 2))]).toEqual([item, true]);
    }
    // Choosing one selects it (URL, detail panel) and brings it into view, zoomed in.
    await results.getByRole('button').nth(1).click();
    await page.waitForURL(/selected=/);
    const selected = new URL(page.url()).searchParams.get('selected')!;
    await page.getByTestId('node-detail').waitFor();
    await poll(async () => (await zoom()) >= 1.5 && (await zoom()) > fitZoom, true);
    const inView = () =>
      page.evaluate((id) => {
        const cy = (globalThis as any).__interweave.cy;
        const b = cy.getElementById(id).renderedBoundingBox({});
        return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
      }, selected);
    await poll(inView, true);
    // Enter in the box chooses the first match.
    await page.getByTestId('map-search').fill('Drew');
    await page.getByTestId('search-results').waitFor();
    await page.getByTestId('map-search').press('Enter');
    await poll(
      () => Promise.resolve(new URL(page.url()).searchParams.get('selected') !== selected),
      true,
    );
    await shot(page, 'map-search');
    await page.close();
  });

  it('by keyboard: a table row opens its details on the map, and so does a search result', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&view=table`);
    const row = page.getByTestId('nodes-table').locator('tbody tr').first();
    await row.waitFor();
    const name = (await row.getByTestId('open-row').textContent())!;
    await row.getByTestId('open-row').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => !url.search.includes('view=table') && url.search.includes('selected='),
    );
    const detail = page.getByTestId('node-detail');
    await detail.waitFor();
    expect(await detail.locator('h3').textContent()).toBe(name);

    await waitForMap(page);
    await page.getByTestId('map-search').fill('Toni');
    const result = page.getByTestId('search-results').getByRole('button').first();
    await result.waitFor();
    await result.focus();
    await page.keyboard.press('Enter');
    await poll(async () => (await detail.locator('h3').textContent())?.startsWith('Toni'), true);
    await page.close();
  });

  it('by keyboard on the map: Enter selects a node, arrows move to the next one, T its ties, Escape clears', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}`);
    await waitForMap(page);
    const selected = () => new URL(page.url()).searchParams.get('selected');
    const canvas = page.getByTestId('network-canvas');
    expect(await canvas.getAttribute('aria-label')).toMatch(/Enter selects/);
    await canvas.focus();
    await page.keyboard.press('Enter');
    await poll(() => Promise.resolve(selected() !== null), true);
    const first = selected()!;
    const detail = page.getByTestId('node-detail');
    await detail.waitFor();
    const firstName = await detail.locator('h3').textContent();
    // The node chosen is the one the map draws nearest the middle of the view.
    const nearest = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      const e = cy.extent();
      const mid = { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
      let best = null;
      let bestD = Infinity;
      cy.nodes('[kind != "GROUP"]')
        .not('.absent')
        .forEach((n: any) => {
          const d = Math.hypot(n.position('x') - mid.x, n.position('y') - mid.y);
          if (d < bestD) [best, bestD] = [n.id(), d];
        });
      return best;
    });
    expect(first).toBe(nearest);
    // Right moves to a node to the right of it, and the panel follows.
    const x = (id: string) =>
      page.evaluate((n) => (globalThis as any).__interweave.cy.getElementById(n).position('x'), id);
    await page.keyboard.press('ArrowRight');
    await poll(() => Promise.resolve(selected() !== first), true);
    expect(await x(selected()!)).toBeGreaterThan(await x(first));
    await poll(async () => (await detail.locator('h3').textContent()) !== firstName, true);
    // T selects one of the node's ties: the tie panel opens.
    const at = selected()!;
    await page.keyboard.press('t');
    await page.getByTestId('tie-detail').waitFor();
    const tie = selected()!;
    const ends = await page.evaluate((id) => {
      const e = (globalThis as any).__interweave.cy.getElementById(id);
      return [e.source().id(), e.target().id()];
    }, tie);
    expect(ends).toContain(at);
    await page.keyboard.press('Escape');
    await poll(() => Promise.resolve(selected()), null);
    await page.close();
  });

  it('labels stay legible and apart at any zoom: the largest named first, the selected always', async () => {
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?${REVIEW}&level=TEAMS`);
    await waitForMap(page);
    for (const zoomBy of [1, 2.5]) {
      // Zoom about the centre, then wait for the labels to be placed for that view.
      await page.evaluate((factor) => {
        const cy = (globalThis as any).__interweave.cy;
        cy.zoom({
          level: cy.zoom() * factor,
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        });
      }, zoomBy);
      await page.waitForFunction(() => {
        const cy = (globalThis as any).__interweave.cy;
        const placed = cy.scratch('labels');
        return placed && placed.zoom === cy.zoom() && placed.pan.x === cy.pan().x;
      });
      const read = await page.evaluate(() => {
        const cy = (globalThis as any).__interweave.cy;
        const present = cy.nodes('[kind != "GROUP"]').filter((n: any) => !n.hasClass('absent'));
        const named = present.filter((n: any) => n.style('label') !== '');
        const inView = (b: any) => b.x2 > 0 && b.y2 > 0 && b.x1 < cy.width() && b.y1 < cy.height();
        return {
          present: present.length,
          nodes: present.map((n: any) => ({
            id: n.id(),
            box: n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }),
          })),
          largest: present.max((n: any) => n.data('size')).ele.id(),
          labels: named
            .map((n: any) => ({
              id: n.id(),
              px: parseFloat(n.style('font-size')) * cy.zoom(),
              box: n.renderedBoundingBox({
                includeNodes: false,
                includeEdges: false,
                includeLabels: true,
                includeOverlays: false,
              }),
            }))
            .filter((l: any) => inView(l.box)),
        };
      });
      expect(read.labels.length).toBeGreaterThan(3);
      if (zoomBy === 1) {
        // At Fit not every team fits a label, and the best-connected one is named.
        expect(read.labels.length).toBeLessThan(read.present);
        expect(read.labels.map((l: { id: string }) => l.id)).toContain(read.largest);
      }
      for (const l of read.labels) expect(l.px).toBeGreaterThanOrEqual(11.9);
      const boxes = read.labels.map((l: { box: Box }) => l.box);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const apart =
            a.x2 <= b.x1 + 0.5 || b.x2 <= a.x1 + 0.5 || a.y2 <= b.y1 + 0.5 || b.y2 <= a.y1 + 0.5;
          expect({ i, j, apart }).toEqual({ i, j, apart: true });
        }
      }
      // Nor is a label under another node (which would hide part of it).
      for (const l of read.labels as { id: string; box: Box }[]) {
        for (const n of read.nodes as { id: string; box: Box }[]) {
          if (n.id === l.id) continue;
          const [a, b] = [l.box, n.box];
          const apart =
            a.x2 <= b.x1 + 1 || b.x2 <= a.x1 + 1 || a.y2 <= b.y1 + 1 || b.y2 <= a.y1 + 1;
          expect({ label: l.id, node: n.id, apart }).toEqual({
            label: l.id,
            node: n.id,
            apart: true,
          });
        }
      }
      if (zoomBy === 1) await shot(page, 'map-labels');
    }
    // A node whose label did not fit is named once selected.
    const unnamed: string = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      return cy
        .nodes('[kind != "GROUP"]')
        .filter((n: any) => !n.hasClass('absent') && n.style('label') === '')
        .first()
        .id();
    });
    expect(unnamed).toBeTruthy();
    await page.goto(`${api.url}/?${REVIEW}&level=TEAMS&selected=${encodeURIComponent(unnamed)}`);
    await waitForMap(page);
    await page.waitForFunction(
      (nodeId) => (globalThis as any).__interweave.cy.getElementById(nodeId).style('label') !== '',
      unnamed,
    );
    await page.close();
  });
});
