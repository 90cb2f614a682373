import { Browser } from 'playwright-core';
import { launchBrowser, signedInPage } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';
import { apiSnapshot, drawn, poll, seedDemoCouncils, waitForMap, shot } from './map-helpers';

describe('map view in Chromium', () => {
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

  it('draws as many nodes and ties as networkSnapshot returns for the council and moment', async () => {
    const moment = { wave: 'tamebridge-wave-review' };
    const expected = await apiSnapshot(api, 'tamebridge', moment);
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-review`);
    await waitForMap(page);
    const canvas = page.getByTestId('network-canvas');
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(expected.nodes.length);
    expect(await drawn(page)).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });
    expect(await page.getByTestId('legend').textContent()).toContain('NHS');
    await shot(page, 'map-people-review');

    // Teams level: the same check against the TEAMS snapshot.
    const teams = await apiSnapshot(api, 'tamebridge', moment, 'TEAMS');
    await page.getByRole('radio', { name: 'Teams' }).check();
    await page.waitForURL(/level=TEAMS/);
    await waitForMap(page);
    await poll(() => drawn(page), { nodes: teams.nodes.length, edges: teams.edges.length });
    await shot(page, 'map-teams-review');
    await page.close();
  });

  it('draws another council and moment (riverholm at baseline) as the API says', async () => {
    const expected = await apiSnapshot(api, 'riverholm', { wave: 'riverholm-wave-baseline' });
    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=riverholm&wave=riverholm-wave-baseline`);
    await waitForMap(page);
    expect(await drawn(page)).toEqual({
      nodes: expected.nodes.length,
      edges: expected.edges.length,
    });
    await page.close();
  });

  it('Missing connections: selecting a blueprint gap lights both teams on the map and draws the suggested tie', async () => {
    const res = await api.gql(
      `query { missingConnections(councilId: "tamebridge", wave: "tamebridge-wave-baseline", level: PEOPLE) { items { rank kind fromId toId } } }`,
    );
    expect(res.errors).toBeUndefined();
    const gap = res.data!.missingConnections.items.find((i: any) => i.kind === 'BLUEPRINT_GAP');
    expect(gap).toBeDefined();
    const snap = await apiSnapshot(api, 'tamebridge', { wave: 'tamebridge-wave-baseline' });
    const teams = await api.gql(
      `query($c: ID!) { networkSnapshot(councilId: $c, wave: "tamebridge-wave-baseline", level: PEOPLE) { nodes { id teamId } } }`,
      { c: 'tamebridge' },
    );
    const members = teams
      .data!.networkSnapshot.nodes.filter(
        (n: any) => n.teamId === gap.fromId || n.teamId === gap.toId,
      )
      .map((n: any) => n.id)
      .sort();
    expect(members.length).toBeGreaterThan(1);
    expect(snap.nodes.length).toBeGreaterThan(0);

    const page = await signedInPage(browser, api);
    await page.goto(`${api.url}/?council=tamebridge&wave=tamebridge-wave-baseline&view=missing`);
    await waitForMap(page);
    await page.locator(`[data-testid="missing-item"][data-rank="${gap.rank}"]`).click();
    await page.waitForURL(new RegExp(`rank=${gap.rank}`));
    const lit = () =>
      page.evaluate(() => {
        const cy = (globalThis as any).__interweave.cy;
        return {
          nodes: cy
            .nodes('.highlight')
            .map((n: any) => n.id())
            .sort(),
          suggested: cy.edges('.suggested').length,
          dashed: cy.edges('.suggested').first().style('line-style'),
        };
      });
    await poll(lit, { nodes: members, suggested: 1, dashed: 'dashed' });
    await shot(page, 'missing-on-map');

    // A link with the rank reproduces the highlight; at TEAMS level the two team nodes light up.
    await page.goto(
      `${api.url}/?council=tamebridge&wave=tamebridge-wave-baseline&view=missing&level=TEAMS&rank=${gap.rank}`,
    );
    await waitForMap(page);
    const teamItem = await api.gql(
      `query { missingConnections(councilId: "tamebridge", wave: "tamebridge-wave-baseline", level: TEAMS) { items { rank kind fromId toId } } }`,
    );
    const same = teamItem.data!.missingConnections.items.find((i: any) => i.rank === gap.rank);
    if (same?.kind === 'BLUEPRINT_GAP') {
      await poll(lit, { nodes: [same.fromId, same.toId].sort(), suggested: 1, dashed: 'dashed' });
    }
    await page.close();
  });
});
