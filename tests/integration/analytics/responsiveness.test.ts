import { WorkerPool } from '../../../api/analytics/worker/worker-pool';
import { generateScale } from '../../../seed/generator/scale';
import { loadCouncil } from '../../../seed/seed.repository';
import { createCouncil, deleteCouncil, testDb } from '../../support/domain-fixtures';
import { startTestApp, TestApp } from '../../support/test-app';

const ANALYSIS = `query($c: ID!) { networkAnalysis(councilId: $c, asOf: "2024-06-01") { nodeCount edgeCount } }`;

describe('heavy analytics off the event loop, cached until the council changes', () => {
  let api: TestApp;
  const big = generateScale({
    people: 3000,
    ties: 30_000,
    seed: 11,
    councilId: 'responsiveness-scale',
  });
  beforeAll(async () => {
    const db = testDb();
    await loadCouncil(db, big);
    await db.driver.close();
    api = await startTestApp();
  }, 300_000);
  afterAll(async () => {
    await deleteCouncil(api, big.council.id);
    await api.close();
  });

  it('answers other requests while a big computation runs (order of completion)', async () => {
    const finished: string[] = [];
    const heavy = api.gql(ANALYSIS, { c: big.council.id }).then((res) => {
      finished.push('analysis');
      return res;
    });
    // Give the analysis a head start so it is running in the workers, then ask for cheap things.
    await new Promise((r) => setTimeout(r, 300));
    const light = [1, 2, 3].map((i) =>
      api.gql('{ health { status } councils(limit: 1) { total } }').then((res) => {
        finished.push(`light-${i}`);
        return res;
      }),
    );
    const results = await Promise.all([heavy, ...light]);
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(finished.slice(0, 3).sort()).toEqual(['light-1', 'light-2', 'light-3']);
    expect(finished[3]).toBe('analysis');
    expect(results[0].data?.networkAnalysis.nodeCount).toBe(3000);
  }, 300_000);

  it('serves a repeated analysis from the cache and recomputes after a write to that council', async () => {
    const pool = api.app.get(WorkerPool);
    const { id } = await createCouncil(api, 'Cache test');
    try {
      const first = await api.gql(ANALYSIS, { c: id });
      const jobs = pool.jobsStarted;
      const again = await api.gql(ANALYSIS, { c: id });
      expect(again.data).toEqual(first.data);
      expect(pool.jobsStarted).toBe(jobs);

      const write = await api.gql(
        `mutation($c: ID!) { addNeighbourhood(councilId: $c, input: { name: "New" }) { id } }`,
        { c: id },
      );
      expect(write.errors).toBeUndefined();
      await api.gql(ANALYSIS, { c: id });
      expect(pool.jobsStarted).toBeGreaterThan(jobs);
    } finally {
      await deleteCouncil(api, id);
    }
  });
});
