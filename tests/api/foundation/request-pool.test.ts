import { currentRequestId } from '../../../api/common/request-context';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { startTestApp, TestApp } from '../../support/test-app';
import { testConnection } from '../../support/test-neo4j';

const SLOW_MS = 250;
const POOL = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A slow database, injected below the wrapper: every statement (in a transaction, or an
 * auto-commit one, run here as a one-statement transaction) keeps its pooled connection
 * SLOW_MS longer. Records, per request id, how
 * many statements were in flight (running or waiting for a connection) at once. (The health
 * check's ping is not slowed.)
 */
function slowDatabase(api: TestApp) {
  const driver = api.app.get(Neo4jService).driver;
  const open = driver.session.bind(driver);
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  function slowed<F extends (...args: never[]) => unknown>(run: F): F {
    return ((...args: Parameters<F>) => {
      const id = currentRequestId() ?? '(none)';
      inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
      peak.set(id, Math.max(peak.get(id) ?? 0, inFlight.get(id) as number));
      const slow = async () => {
        const result = await run(...args);
        await sleep(SLOW_MS); // the transaction, and so its connection, stays open
        return result;
      };
      return slow().finally(() => inFlight.set(id, (inFlight.get(id) ?? 1) - 1));
    }) as unknown as F;
  }
  jest.spyOn(driver, 'session').mockImplementation((config) => {
    const session = open(config);
    const begin = session.beginTransaction.bind(session);
    session.beginTransaction = (txConfig) => {
      const tx = begin(txConfig);
      tx.run = slowed(tx.run.bind(tx));
      return tx;
    };
    // An auto-commit statement is modelled as what it is on the server, a transaction of
    // one statement: it holds its connection until it has run slowly and committed.
    const autoCommit = session.run.bind(session);
    session.run = ((query: string, params?: Record<string, unknown>) => {
      if (query.startsWith('CALL dbms.components()')) return autoCommit(query, params);
      return (async () => {
        const tx = session.beginTransaction();
        const result = await tx.run(query, params);
        await tx.commit();
        return result;
      })();
    }) as unknown as typeof session.run;
    return session;
  });
  /** Resolves once some request has `count` statements in flight (running or queued). */
  async function inFlightReaches(count: number, timeoutMs = 30_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (![...inFlight.entries()].some(([id, n]) => id !== '(none)' && n >= count)) {
      if (performance.now() > deadline) throw new Error(`never ${count} statements in flight`);
      await sleep(5);
    }
  }
  return { peak, inFlightReaches };
}

/** 30 aliased root fields, each a query to Neo4j: the most one operation may hold. */
const HEAVY = `{ ${Array.from({ length: 30 }, (_, i) => `f${i}: councils { total }`).join(' ')} }`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; at: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started), at: performance.now() };
}

/**
 * The heavy request, and /health and a simple query sent once it is running: once it has
 * `atOnce` statements in flight (a condition, not a fixed wait: on a loaded machine its
 * session look-up alone can take longer than any fixed pause).
 */
async function heavyBesideOthers(
  api: TestApp,
  inFlightReaches: (count: number) => Promise<void>,
  atOnce: number,
) {
  const heavy = timed(async () => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: api.admin.cookie },
      body: JSON.stringify({ query: HEAVY }),
    });
    return { id: res.headers.get('x-request-id') as string, body: await res.json() };
  });
  await inFlightReaches(atOnce);
  const [health, simple] = await Promise.all([
    timed(() => fetch(`${api.url}/health`)),
    timed(() => api.gql('{ me { id } }')),
  ]);
  return { heavy: await heavy, health, simple };
}

/**
 * One request can no longer take the whole connection pool: it runs at most
 * `sessionsPerRequest` units of work at once, so /health and other people's queries still
 * get a connection while it runs. The control run without the bound shows the starvation.
 */
describe('one request cannot exhaust the Neo4j pool', () => {
  let api: TestApp | null = null;
  afterEach(async () => {
    jest.restoreAllMocks();
    await api?.close();
    api = null;
  });

  it('30 heavy aliased fields run 4 at a time; /health and a simple query answer meanwhile', async () => {
    api = await startTestApp({ ...testConnection(), maxConnectionPoolSize: POOL });
    expect(api.app.get(Neo4jService).sessionsPerRequest).toBe(4);
    const { peak, inFlightReaches } = slowDatabase(api);
    const { heavy, health, simple } = await heavyBesideOthers(api, inFlightReaches, 4);
    process.stderr.write(
      `[pool] bounded: heavy ${heavy.ms} ms (peak ${peak.get(heavy.value.id)} at once); /health ${health.ms} ms; simple query ${simple.ms} ms\n`,
    );
    expect(heavy.value.body.errors).toBeUndefined();
    expect(Object.keys(heavy.value.body.data)).toHaveLength(30);
    expect(peak.get(heavy.value.id)).toBe(4);
    expect(health.value.status).toBe(200);
    // It waits for no connection (the unbounded control waits for the pool: over 1 s).
    expect(health.ms).toBeLessThan(4 * SLOW_MS);
    expect(simple.value.errors).toBeUndefined();
    // Its two statements (session look-up, `me`) wait for no one.
    expect(simple.ms).toBeLessThan(4 * SLOW_MS);
    expect(simple.at).toBeLessThan(heavy.at);
  }, 60_000);

  it('control: without the bound the same request starves /health', async () => {
    api = await startTestApp({
      ...testConnection(),
      maxConnectionPoolSize: POOL,
      sessionsPerRequest: 100,
    });
    const { peak, inFlightReaches } = slowDatabase(api);
    const { heavy, health } = await heavyBesideOthers(api, inFlightReaches, 30);
    process.stderr.write(
      `[pool] unbounded: heavy ${heavy.ms} ms (peak ${peak.get(heavy.value.id)} at once); /health ${health.value.status} in ${health.ms} ms\n`,
    );
    expect(peak.get(heavy.value.id)).toBe(30);
    expect(health.value.status === 503 || health.ms > 1000).toBe(true);
  }, 60_000);
});
