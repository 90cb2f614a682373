import { Browser, Page } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { ApiSnapshot, apiSnapshot, poll, seedDemoCouncils, waitForMap, shot } from './map-helpers';

/** Home-care ↔ district-nursing edges in an API snapshot. */
function crossEdges(snap: ApiSnapshot): number {
  const type = new Map(snap.nodes.map((n) => [n.id, n.teamTypeId]));
  return snap.edges.filter((e) => {
    const pair = [type.get(e.source), type.get(e.target)].sort().join('~');
    return pair === 'district-nursing~home-care-branch';
  }).length;
}

/** The same, drawn (present) on the map. */
function drawnCrossEdges(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as any).__interweave.cy.edges().filter((e: any) => {
        if (e.hasClass('absent')) return false;
        const pair = [e.source().data('teamType'), e.target().data('teamType')].sort().join('~');
        return pair === 'district-nursing~home-care-branch';
      }).length,
  );
}

describe('time slider in Chromium', () => {
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

  it('moving the slider from baseline to review changes the home-care ↔ district-nursing ties as the API says, positions kept', async () => {
    const before = crossEdges(
      await apiSnapshot(api, 'tamebridge', { wave: 'tamebridge-wave-baseline' }),
    );
    const after = crossEdges(
      await apiSnapshot(api, 'tamebridge', { wave: 'tamebridge-wave-review' }),
    );
    expect(after).not.toBe(before);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-baseline`);
    await waitForMap(page);
    await poll(() => drawnCrossEdges(page), before);
    const positions = () =>
      page.evaluate(() =>
        (globalThis as any).__interweave.cy
          .nodes()
          .map((n: any) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]),
      );
    const positionsBefore = await positions();

    const slider = page.getByTestId('time-slider');
    await slider.focus();
    await page.keyboard.press('End');
    await page.waitForURL(/wave=tamebridge-wave-review/);
    await poll(() => drawnCrossEdges(page), after);
    expect(await page.getByTestId('timeline-now').textContent()).toContain('Review');
    // Positions stay put while time moves (nodes present at both moments).
    const now = new Map((await positions()).map((p: any[]) => [p[0], p]));
    for (const p of positionsBefore) expect(now.get(p[0])).toEqual(p);
    await shot(page, 'time-review');

    // Back one step with the keyboard, then play forward to the end.
    await page.keyboard.press('Home');
    await page.waitForURL(/wave=tamebridge-wave-baseline/);
    await poll(() => drawnCrossEdges(page), before);
    await page.getByTestId('play').click();
    await page.waitForURL(/wave=tamebridge-wave-pilot/, { timeout: 30_000 });
    await page.getByTestId('play').click();
    await page.close();
  });
});
