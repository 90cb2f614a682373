import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j } from '../../../graph/local-neo4j';
import { expectNoInternals, startTestApp, TestApp } from '../../support/test-app';

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

describe('health while Neo4j is down, and recovery', () => {
  const BOLT = 7693;
  const HTTP = 7483;
  const dataDir = join(mkdtempSync(join(tmpdir(), 'iw-neo4j-')), 'data');
  const options = {
    boltPort: BOLT,
    httpPort: HTTP,
    dataDir,
    startTimeoutMs: 120_000,
    log: () => undefined,
  };

  it('gives 503 and a clear GraphQL error while Neo4j is stopped, then recovers by itself', async () => {
    const server = await startLocalNeo4j(options);
    const api = await startTestApp({
      uri: server.uri,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    try {
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      await server.stop();

      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({
        status: 'unavailable',
        neo4j: { reachable: false },
      });
      const gqlDown = await api.gql('{ health { status } }');
      expect(gqlDown.errors?.[0]).toMatchObject({
        message: 'The graph database is not reachable at the moment; try again shortly.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      });
      expectNoInternals(gqlDown);

      const back = await startLocalNeo4j(options);
      try {
        const recovered = await api.gql('{ health { status neo4j { reachable } } }');
        expect(recovered.data?.health).toEqual({ status: 'ok', neo4j: { reachable: true } });
        expect((await fetch(`${api.url}/health`)).status).toBe(200);
      } finally {
        await back.stop();
      }
    } finally {
      await api.close();
      await server.stop();
    }
  }, 300_000);
});
