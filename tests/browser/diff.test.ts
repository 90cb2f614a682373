import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { createCouncil } from '../support/domain-fixtures';
import { graphqlErrors, poll, seedDemoCouncils, waitForMap, shot } from './map-helpers';

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

  it('compares from a wave by default, from Today, and from an intervention date, with no failing query', async () => {
    const page = await signedInPage(browser, api);
    const failures = graphqlErrors(page);
    // No fromWave in the URL: the first wave, and no query that fails.
    await page.goto(`${api.url}/?council=tamebridge&view=changes&wave=tamebridge-wave-review`);
    await waitForMap(page);
    const counts = page.getByTestId('diff-counts');
    await counts.waitFor();
    expect(await page.getByTestId('diff-from').inputValue()).toBe('wave:tamebridge-wave-baseline');
    const shownAdded = async () =>
      Number(await counts.locator('li[data-kind="ADDED"]').getAttribute('data-count'));
    const apiAdded = async (from: string) => {
      const res = await api.gql(
        `query($f: String) { networkDiff(councilId: "tamebridge", from: $f, toWave: "tamebridge-wave-review", pathMetrics: false) { counts { added } } }`,
        { f: from },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.networkDiff.counts.added as number;
    };

    // From an intervention's date: the effect of the new home-care contract on its own.
    const res = await api.gql(
      `query { interventions(councilId: "tamebridge") { items { id label date } } }`,
    );
    const interventions: { label: string; date: string }[] = res.data!.interventions.items;
    const contract = interventions.find((i) => /home.care/i.test(i.label)) ?? interventions[0];
    await page
      .getByTestId('diff-from')
      .selectOption({ label: `${contract.label} (${contract.date})` });
    await page.waitForURL(new RegExp(`from=${contract.date}`));
    const expectedFromContract = await apiAdded(contract.date);
    await poll(shownAdded, expectedFromContract, 20_000);

    // From Today (was ignored: it fell back to the first wave). Today is after Review, so
    // the panel offers to swap them, and then compares Review → Today.
    const today = new Date().toISOString().slice(0, 10);
    await page.getByTestId('diff-from').selectOption('today');
    await page.waitForURL(new RegExp(`from=${today}`));
    await page.getByTestId('diff-order').getByRole('button', { name: 'Swap From and To' }).click();
    await page.waitForURL(/fromWave=tamebridge-wave-review/);
    expect(await page.getByTestId('diff-to').inputValue()).toBe('today');
    const swapped = await api.gql(
      `query($t: String) { networkDiff(councilId: "tamebridge", fromWave: "tamebridge-wave-review", to: $t, pathMetrics: false) { counts { added } } }`,
      { t: today },
    );
    expect(swapped.errors).toBeUndefined();
    await poll(shownAdded, swapped.data!.networkDiff.counts.added as number, 20_000);
    expect(await failures()).toEqual([]);
    await page.close();
  });

  it('a council with no waves asks for a moment instead of showing an error', async () => {
    const council = await createCouncil(api, 'No waves (test)');
    const page = await signedInPage(browser, api);
    const failures = graphqlErrors(page);
    await page.goto(`${api.url}/?council=${council.id}&view=changes`);
    await page.getByTestId('diff-choose').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await failures()).toEqual([]);
    await page.close();
  });
});
