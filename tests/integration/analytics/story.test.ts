import { seedDemo } from '../../../seed/demo-seed';
import { testDb } from '../../support/domain-fixtures';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

/**
 * The demo seed tells four stories; the analytics must find them. The facilitator is the
 * first member of the integration programme team (`<council>-p-0005`).
 */
const FACILITATOR = 'tamebridge-p-0005';
const HC_DN = ['home-care-branch', 'district-nursing'];
const waves = (c: string) =>
  ['baseline', 'pilot', 'go-live', 'review'].map((w) => `${c}-wave-${w}`);

describe('analytics on the seeded stories', () => {
  let api: TestApp;
  beforeAll(async () => {
    const db = testDb();
    await seedDemo(db);
    await db.driver.close();
    api = await startTestApp();
  }, 120_000);
  afterAll(() => api.close());

  async function analysis(councilId: string, wave: string, focusGroups: string[] = []) {
    const res = await api.gql(
      `query($c: ID!, $w: ID, $f: [String!]!) {
        networkAnalysis(councilId: $c, wave: $w, focusGroups: $f) {
          asOf network { metric value } metrics nodes { nodeId values } articulationPoints
          conventions { metric directed weighted normalisation } } }`,
      { c: councilId, w: wave, f: focusGroups },
    );
    expect(res.errors).toBeUndefined();
    const a = res.data?.networkAnalysis;
    const net = Object.fromEntries(
      a.network.map((m: { metric: string; value: number }) => [m.metric, m.value]),
    );
    const node = (id: string, metric: string): number | null => {
      const row = a.nodes.find((n: { nodeId: string }) => n.nodeId === id);
      return row ? row.values[a.metrics.indexOf(metric)] : null;
    };
    return { a, net, node };
  }

  async function missing(councilId: string, wave: string) {
    const res = await api.gql(
      `query($c: ID!, $w: ID) { missingConnections(councilId: $c, wave: $w) { expectedPairs metPairs items { kind fromId toId reason } fragility { nodeId lostCrossGroupPairs } } }`,
      { c: councilId, w: wave },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.missingConnections;
  }

  it('home-care ↔ district-nursing E-I rises across waves in Tamebridge, and not in Kelsworth', async () => {
    const tame = [];
    for (const w of waves('tamebridge'))
      tame.push((await analysis('tamebridge', w, HC_DN)).net.eiIndex as number);
    for (let i = 1; i < tame.length; i += 1) expect(tame[i]).toBeGreaterThan(tame[i - 1]);
    const kels = [];
    for (const w of waves('kelsworth'))
      kels.push((await analysis('kelsworth', w, HC_DN)).net.eiIndex as number);
    expect(kels[3]).toBeLessThanOrEqual(kels[0] + 1e-9);
  });

  it('blueprint gaps fall across waves in Tamebridge and the blueprint is met at review only there', async () => {
    const gaps = [];
    for (const w of waves('tamebridge')) {
      const m = await missing('tamebridge', w);
      gaps.push(m.items.filter((i: { kind: string }) => i.kind === 'BLUEPRINT_GAP').length);
    }
    for (let i = 1; i < gaps.length; i += 1) expect(gaps[i]).toBeLessThan(gaps[i - 1]);
    expect(gaps[3]).toBe(0);
    for (const c of ['riverholm', 'ashcombe', 'kelsworth']) {
      const base = await missing(c, `${c}-wave-baseline`);
      const review = await missing(c, `${c}-wave-review`);
      expect(review.metPairs).toBeLessThan(review.expectedPairs);
      if (c === 'kelsworth') expect(review.metPairs).toBeLessThanOrEqual(base.metPairs);
    }
  });

  it("the facilitator's brokerage rises then falls (betweenness and Gould-Fernandez total)", async () => {
    const series = [];
    for (const w of waves('tamebridge')) {
      const { node } = await analysis('tamebridge', w);
      series.push({
        betweenness: node(FACILITATOR, 'betweenness') ?? 0,
        brokerage: node(FACILITATOR, 'brokerageTotal') ?? 0,
      });
    }
    const [base, pilot, , review] = series;
    expect(pilot.betweenness).toBeGreaterThan(base.betweenness);
    expect(review.betweenness).toBeLessThan(pilot.betweenness);
    expect(pilot.brokerage).toBeGreaterThan(base.brokerage);
    expect(review.brokerage).toBeLessThan(pilot.brokerage);
  });

  it('the fragility simulation finds the facilitator critical at the pilot wave, not at review', async () => {
    const pilot = await missing('tamebridge', 'tamebridge-wave-pilot');
    const fragile = pilot.fragility.find((f: { nodeId: string }) => f.nodeId === FACILITATOR);
    expect(fragile?.lostCrossGroupPairs).toBeGreaterThan(0);
    const sim = await api.gql(
      `query { simulateRemoval(councilId: "tamebridge", wave: "tamebridge-wave-pilot", nodeIds: ["${FACILITATOR}"]) { newComponents lostPairs lostCrossGroupPairs } }`,
    );
    expect(sim.data?.simulateRemoval.newComponents).toBeGreaterThan(0);
    expect(sim.data?.simulateRemoval.lostCrossGroupPairs).toBeGreaterThan(0);
    const review = await api.gql(
      `query { simulateRemoval(councilId: "tamebridge", wave: "tamebridge-wave-review", nodeIds: ["${FACILITATOR}"]) { newComponents lostCrossGroupPairs } }`,
    );
    expect(review.data?.simulateRemoval).toEqual({ newComponents: 0, lostCrossGroupPairs: 0 });
  });

  it('states the convention of every value, matching networkx defaults for betweenness', async () => {
    const { a } = await analysis('tamebridge', 'tamebridge-wave-review');
    const metrics = new Set(a.conventions.map((c: { metric: string }) => c.metric));
    for (const m of [...a.metrics, ...a.network.map((v: { metric: string }) => v.metric)])
      expect(metrics).toContain(m);
    const b = a.conventions.find((c: { metric: string }) => c.metric === 'betweenness');
    expect(b).toMatchObject({ directed: false, weighted: null });
    expect(b.normalisation).toMatch(/\(n-1\)\(n-2\)\/2/);
  });

  it('evolution gives one point per wave with the group matrix, and interventions on the axis', async () => {
    const res =
      await api.gql(`{ networkEvolution(councilId: "tamebridge", focusGroups: ["home-care-branch", "district-nursing", "commissioning"]) {
      points { label date mixing { groups counts } } interventions { kind date } } }`);
    expect(res.errors).toBeUndefined();
    const e = res.data?.networkEvolution;
    expect(e.points.map((p: { label: string }) => p.label)).toEqual([
      'Baseline',
      'Pilot',
      'Go-live',
      'Review',
    ]);
    const hcDn = e.points.map((p: { mixing: { groups: string[]; counts: number[][] } }) => {
      const i = p.mixing.groups.indexOf('home-care-branch');
      const j = p.mixing.groups.indexOf('district-nursing');
      return p.mixing.counts[i][j];
    });
    expect(hcDn[3]).toBeGreaterThanOrEqual(3 * hcDn[0]);
    expect(e.interventions.map((i: { kind: string }) => i.kind)).toContain('FACILITATOR_APPOINTED');
    const quarters = await api.gql(
      `{ networkEvolution(councilId: "tamebridge", step: QUARTERS, pathMetrics: false) { points { label } } }`,
    );
    expect(quarters.data?.networkEvolution.points.length).toBeGreaterThan(4);
  });

  it('diff between baseline and review classifies changes and shows brokerage moving', async () => {
    const res =
      await api.gql(`{ networkDiff(councilId: "tamebridge", fromWave: "tamebridge-wave-pilot", toWave: "tamebridge-wave-review") {
      counts { added ended strengthened weakened typeChanged joined left } changes { kind } metricChanges { nodeId metric delta } } }`);
    expect(res.errors).toBeUndefined();
    const d = res.data?.networkDiff;
    expect(d.counts.added).toBeGreaterThan(50);
    expect(d.counts.ended).toBeGreaterThan(0);
    expect(d.changes.filter((c: { kind: string }) => c.kind === 'ADDED')).toHaveLength(
      d.counts.added,
    );
    const fac = d.metricChanges.find(
      (m: { nodeId: string; metric: string }) =>
        m.nodeId === FACILITATOR && m.metric === 'betweenness',
    );
    expect(fac.delta).toBeLessThan(0);
  });

  it('compares councils at their review waves with normalised matrices', async () => {
    const res =
      await api.gql(`{ compareCouncils(councilIds: ["tamebridge", "kelsworth"], waveLabel: "Review", pathMetrics: false) {
      groups rows { councilId asOf waveLabel nodeCount mixing { groups density } } } }`);
    expect(res.errors).toBeUndefined();
    const rows = res.data?.compareCouncils.rows;
    expect(rows.map((r: { councilId: string; asOf: string }) => [r.councilId, r.asOf])).toEqual([
      ['tamebridge', '2024-03-01'],
      ['kelsworth', '2024-03-15'],
    ]);
    for (const r of rows) expect(r.mixing.density.length).toBe(r.mixing.groups.length);
  });

  it('answers with NOT_FOUND for an unknown council and BAD_USER_INPUT for bad arguments', async () => {
    const unknown = await api.gql(
      `{ networkAnalysis(councilId: "no-such-council") { nodeCount } }`,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expectNoInternals(unknown);
    const foreignWave = await api.gql(
      `{ networkSnapshot(councilId: "tamebridge", wave: "kelsworth-wave-review") { asOf } }`,
    );
    expect(foreignWave.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await api.gql(
      `{ networkSnapshot(councilId: "tamebridge", asOf: "2023-02-30") { asOf } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toContain('asOf');
    const filter = await api.gql(
      `{ networkSnapshot(councilId: "tamebridge", filter: { minStrength: 9 }) { asOf } }`,
    );
    expect(JSON.stringify(filter.errors)).toContain('filter.minStrength');
  });
});

describe('compact snapshot tables', () => {
  it('carry exactly the typed nodes and edges, column by column', async () => {
    const api = await startTestApp();
    try {
      const res =
        await api.gql(`{ networkSnapshot(councilId: "tamebridge", wave: "tamebridge-wave-pilot", level: TEAMS) {
        nodes { id kind label size } edges { id source target count strength } nodeTable edgeTable } }`);
      const s = res.data?.networkSnapshot;
      const col = (table: { columns: string[]; rows: unknown[][] }, name: string) =>
        table.rows.map((r) => r[table.columns.indexOf(name)]);
      expect(col(s.nodeTable, 'id')).toEqual(s.nodes.map((n: { id: string }) => n.id));
      expect(col(s.nodeTable, 'size')).toEqual(s.nodes.map((n: { size: number }) => n.size));
      expect(col(s.edgeTable, 'strength')).toEqual(
        s.edges.map((e: { strength: number }) => e.strength),
      );
      expect(s.edgeTable.columns).toEqual([
        'id',
        'source',
        'target',
        'typeId',
        'directed',
        'count',
        'strength',
        'integrationLevel',
        'tieIds',
      ]);
    } finally {
      await api.close();
    }
  });
});
