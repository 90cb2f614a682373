import { join } from 'node:path';
import { startLocalNeo4j } from '../../../graph/local-neo4j';
import { expectNoInternals, GraphQLResponse, startTestApp, TestApp } from '../../support/test-app';
import { scratchDir } from '../../support/scratch-dir';

describe('health over HTTP and GraphQL', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('answers { health { neo4j { version } } } with the server version', async () => {
    const res = await api.gql('{ health { status neo4j { reachable name version edition } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.health).toMatchObject({
      status: 'ok',
      neo4j: { reachable: true, name: 'Neo4j Kernel', edition: 'community' },
    });
    expect(res.data?.health.neo4j.version).toMatch(/^5\.\d+\.\d+$/);
  });

  it('GET /health is 200 with the version', async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: { reachable: true } });
  });

  it('serves the built UI at / and for client-side routes', async () => {
    for (const path of ['/', '/councils/x/map']) {
      const res = await fetch(`${api.url}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('rejects a malformed query with a validation code and no internals', async () => {
    const res = await api.gql('{ health { nope } }');
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expectNoInternals(res);
  });
});

/** Milliseconds since `started`, for the outage figures the issue sets (measured per request). */
function since(started: number): number {
  return Math.round(performance.now() - started);
}

async function portClosed(port: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const open = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (!open) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

const dataDir = join(scratchDir('iw-neo4j-'), 'data');

describe('health while Neo4j is down, and recovery', () => {
  // A private Neo4j on its own ports and store: killing it cannot disturb the shared one.
  const BOLT = 7730;
  const HTTP = 7731;
  const options = {
    boltPort: BOLT,
    httpPort: HTTP,
    dataDir,
    startTimeoutMs: 120_000,
    log: () => undefined,
  };

  it('after Neo4j is killed: /health 503 within 2 s, GraphQL DATABASE_UNAVAILABLE within 3 s, then recovers by itself', async () => {
    const server = await startLocalNeo4j(options);
    const api = await startTestApp({
      uri: server.uri,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    let back: Awaited<ReturnType<typeof startLocalNeo4j>> | null = null;
    const figures: string[] = [];
    try {
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      expect((await api.gql('{ councils { total } }')).errors).toBeUndefined();

      // A crash, not a clean stop: SIGKILL to the java process.
      process.kill(server.pid as number, 'SIGKILL');
      expect(await portClosed(HTTP, 10_000)).toBe(true);

      let started = performance.now();
      const down = await fetch(`${api.url}/health`);
      const healthMs = since(started);
      figures.push(`GET /health ${down.status} in ${healthMs} ms`);
      expect(down.status).toBe(503);
      expect(healthMs).toBeLessThan(2000);
      expect(await down.json()).toMatchObject({
        status: 'unavailable',
        neo4j: { reachable: false },
      });

      // Signed in: the session look-up itself fails, and says so (not UNAUTHENTICATED).
      const calls: [string, () => Promise<GraphQLResponse>][] = [
        ['signed-in query', () => api.gql('{ councils { total } }')],
        [
          'signed-in mutation',
          () =>
            api.gql('mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }', {
              i: { id: 'outage-council', name: 'Outage', neighbourhoods: [] },
            }),
        ],
        ['anonymous health query', () => api.anonymous('{ health { status } }')],
      ];
      for (const [what, call] of calls) {
        started = performance.now();
        const res = await call();
        const ms = since(started);
        figures.push(`${what}: ${String(res.errors?.[0]?.extensions?.code)} in ${ms} ms`);
        expect(res.errors?.[0]).toMatchObject({
          message: 'The graph database is not reachable at the moment; try again shortly.',
          extensions: { code: 'DATABASE_UNAVAILABLE' },
        });
        expect(ms).toBeLessThan(3000);
        expect(res.errors?.[0]?.extensions?.requestId).toBe(res.headers?.get('x-request-id'));
        expectNoInternals(res);
      }

      // Same port, same store: Neo4j recovers its store after the crash, and the API (not
      // restarted) serves again. A just-started server may miss the first check's deadline.
      back = await startLocalNeo4j(options);
      started = performance.now();
      let healthy = await fetch(`${api.url}/health`);
      while (healthy.status !== 200 && performance.now() - started < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        healthy = await fetch(`${api.url}/health`);
      }
      figures.push(`after restart: GET /health ${healthy.status} after ${since(started)} ms`);
      expect(healthy.status).toBe(200);
      const recovered = await api.gql(
        '{ health { status neo4j { reachable } } councils { total } }',
      );
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data?.health).toEqual({ status: 'ok', neo4j: { reachable: true } });
    } finally {
      process.stderr.write(`[outage figures] ${figures.join('; ')}\n`);
      await api.close();
      await back?.stop();
      await server.stop();
    }
  }, 300_000);
});
