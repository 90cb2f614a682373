import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { seedDemoCouncils, waitForMap, shot } from './map-helpers';

const DIFF = `query($c: ID!, $f: ID!, $t: ID!) {
  networkDiff(councilId: $c, fromWave: $f, toWave: $t, pathMetrics: false) {
    counts { added ended strengthened weakened typeChanged joined left }
    changes { kind }
  }
}`;

describe('changes (diff) view in Chromium', () => {
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

  it('shows the counts and the list of changes networkDiff gives, and colours the map', async () => {
    const res = await api.gql(DIFF, {
      c: 'tamebridge',
      f: 'tamebridge-wave-baseline',
      t: 'tamebridge-wave-review',
    });
    expect(res.errors).toBeUndefined();
    const { counts, changes } = res.data!.networkDiff;
    expect(counts.added).toBeGreaterThan(0);

    const page = await signedInPage(browser, api);
    await page.goto(
      `${api.url}/?council=tamebridge&view=changes&fromWave=tamebridge-wave-baseline&wave=tamebridge-wave-review`,
    );
    await waitForMap(page);
    const list = page.getByTestId('diff-counts');
    await list.waitFor();
    const shown: Record<string, number> = {};
    for (const li of await list.locator('li').all()) {
      shown[(await li.getAttribute('data-kind'))!] = Number(await li.getAttribute('data-count'));
    }
    expect(shown).toEqual({
      ADDED: counts.added,
      ENDED: counts.ended,
      STRENGTHENED: counts.strengthened,
      WEAKENED: counts.weakened,
      TYPE_CHANGED: counts.typeChanged,
      JOINED: counts.joined,
      LEFT: counts.left,
    });
    expect(await page.getByTestId('diff-list').locator('tbody tr').count()).toBe(changes.length);
    // The map marks added ties green and ended ties red dashed.
    const classes = await page.evaluate(() => {
      const cy = (globalThis as any).__interweave.cy;
      return {
        added: cy.edges('.diff-added').length,
        ended: cy.edges('.diff-ended').length,
        endedStyle: cy.edges('.diff-ended').first().style('line-style'),
      };
    });
    expect(classes.added).toBeGreaterThanOrEqual(counts.added);
    if (counts.ended > 0) {
      expect(classes.ended).toBeGreaterThan(0);
      expect(classes.endedStyle).toBe('dashed');
    }
    await shot(page, 'diff-baseline-review');
    await page.close();
  });
});
