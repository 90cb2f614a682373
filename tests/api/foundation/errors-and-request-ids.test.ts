import { LoggerService } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CredentialService } from '../../../api/auth/credential.service';
import { HealthService } from '../../../api/health/health.service';
import { startTestApp, TestApp } from '../../support/test-app';

type Level = 'error' | 'warn' | 'log' | 'debug' | 'verbose' | 'fatal';

/** Collects what the app logs (every Logger in the app writes through it). */
class CapturedLog implements LoggerService {
  readonly lines: { level: Level; text: string }[] = [];
  private add(level: Level, message: unknown, rest: unknown[]) {
    this.lines.push({ level, text: [message, ...rest].map(String).join(' ') });
  }
  error = (message: unknown, ...rest: unknown[]) => this.add('error', message, rest);
  warn = (message: unknown, ...rest: unknown[]) => this.add('warn', message, rest);
  log = (message: unknown, ...rest: unknown[]) => this.add('log', message, rest);
  debug = (message: unknown, ...rest: unknown[]) => this.add('debug', message, rest);
  verbose = (message: unknown, ...rest: unknown[]) => this.add('verbose', message, rest);
  fatal = (message: unknown, ...rest: unknown[]) => this.add('fatal', message, rest);

  about(requestId: string, level?: Level) {
    return this.lines.filter((l) => l.text.includes(requestId) && (!level || l.level === level));
  }
}

interface RawResponse {
  status: number;
  requestId: string | null;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } & Record<string, unknown>;
}

/**
 * Every error a client gets carries the request id (`extensions.requestId` and the
 * `x-request-id` header), and the server log has that id: internal errors once, with the
 * real cause; refusals Apollo raises itself as one warning. The client never sees internals.
 */
describe('errors and request ids', () => {
  let api: TestApp;
  let log: CapturedLog;

  beforeAll(async () => {
    api = await startTestApp();
    log = new CapturedLog();
    api.app.useLogger(log);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await api.close();
  });

  async function post(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: api.admin.cookie, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: res.status,
      requestId: res.headers.get('x-request-id'),
      body: (await res.json()) as RawResponse['body'],
    };
  }

  function expectOneError(res: RawResponse, code: string) {
    expect(res.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code, requestId: res.requestId });
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at \w+ \(|\.ts:\d+|MATCH \(/);
  }

  it('sends an id with every response, keeping a sane X-Request-Id and replacing any other', async () => {
    const health = await fetch(`${api.url}/health`);
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await post({ query: '{ health { status } }' }, { 'x-request-id': 'lb-1234.abc' });
    expect(kept.requestId).toBe('lb-1234.abc');
    const replaced = await post(
      { query: '{ health { status } }' },
      { 'x-request-id': 'forged id; drop table' },
    );
    expect(replaced.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const badJson = await post('{"query": ');
    expect(badJson.status).toBe(400);
    expect(badJson.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a fault in a resolver: generic INTERNAL_SERVER_ERROR to the client, logged once with its cause', async () => {
    jest
      .spyOn(api.app.get(HealthService), 'check')
      .mockRejectedValueOnce(new Error('boom: MATCH (n) DETACH DELETE n'));
    const res = await post({ query: '{ health { status } }' });
    expectOneError(res, 'INTERNAL_SERVER_ERROR');
    expect(res.body.errors?.[0].message).toBe(
      'Something went wrong on our side; the error has been logged.',
    );
    const logged = log.about(res.requestId as string);
    expect(logged).toHaveLength(1);
    expect(logged[0].level).toBe('error');
    expect(logged[0].text).toContain('boom: MATCH (n) DETACH DELETE n');
  });

  it('a non-null field resolved to null (graphql-js raises it): INTERNAL_SERVER_ERROR, logged once', async () => {
    jest.spyOn(api.app.get(HealthService), 'check').mockResolvedValueOnce({
      status: null as unknown as string,
      neo4j: {
        reachable: true,
        name: 'Neo4j Kernel',
        version: '5',
        edition: 'community',
        latencyMs: 1,
      },
      checkedAt: new Date().toISOString(),
    });
    const res = await post({ query: '{ health { status } }' });
    expectOneError(res, 'INTERNAL_SERVER_ERROR');
    expect(res.body.errors?.[0].message).not.toContain('non-nullable');
    const logged = log.about(res.requestId as string);
    expect(logged).toHaveLength(1);
    expect(logged[0].level).toBe('error');
    expect(logged[0].text).toContain('Cannot return null for non-nullable field Health.status');
  });

  it('the same fault behind several fields (a broken credential look-up) is logged once', async () => {
    jest
      .spyOn(api.app.get(CredentialService), 'resolve')
      .mockRejectedValueOnce(new Error('credential look-up bug'));
    const res = await post({ query: '{ a: me { id } b: me { id } c: users { total } }' });
    expect(res.body.errors?.[0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: res.requestId,
    });
    const logged = log.about(res.requestId as string);
    expect(logged).toHaveLength(1);
    expect(logged[0].text).toContain('credential look-up bug');
  });

  it('persisted queries: a hash that does not match, an unknown version, an unknown hash', async () => {
    const query = '{ health { status } }';
    const sha = (text: string) => createHash('sha256').update(text).digest('hex');
    const cases: [unknown, number, string, string][] = [
      [
        { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha('other') } } },
        400,
        'BAD_REQUEST',
        'provided sha does not match query',
      ],
      [
        { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha(query) } } },
        400,
        'BAD_REQUEST',
        'Unsupported persisted query version',
      ],
      [
        { extensions: { persistedQuery: { version: 1, sha256Hash: sha('never sent') } } },
        200,
        'PERSISTED_QUERY_NOT_FOUND',
        'PersistedQueryNotFound',
      ],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await post(body);
      expect({ status: res.status, message: res.body.errors?.[0].message }).toEqual({
        status,
        message,
      });
      expectOneError(res, code);
      const logged = log.about(res.requestId as string);
      expect(logged).toHaveLength(1);
      expect(logged[0].level).toBe('warn');
      expect(logged[0].text).toContain(code);
    }
    // A correct hash still works: the query is registered, then found by its hash alone.
    const register = await post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha(query) } },
    });
    expect(register.body).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('parse, validation and variable errors keep their codes, with the id, logged as refusals', async () => {
    const cases: [unknown, string][] = [
      [{ query: '{ health { status ' }, 'GRAPHQL_PARSE_FAILED'],
      [{ query: '{ health { nope } }' }, 'GRAPHQL_VALIDATION_FAILED'],
      [
        { query: 'query($n: Int!) { users(limit: $n) { total } }', variables: { n: 'x' } },
        'BAD_USER_INPUT',
      ],
      [{ nope: 1 }, 'BAD_REQUEST'],
    ];
    for (const [body, code] of cases) {
      const res = await post(body);
      expectOneError(res, code);
      expect(log.about(res.requestId as string, 'warn')).toHaveLength(1);
    }
  });

  it('expected refusals (not signed in) carry the id and are not logged as errors', async () => {
    const res = await post({ query: '{ me { id } }' }, { cookie: '' });
    expectOneError(res, 'UNAUTHENTICATED');
    expect(log.about(res.requestId as string, 'error')).toHaveLength(0);
  });

  it('a fault behind GET /health is logged with the id of the response', async () => {
    jest
      .spyOn(api.app.get(HealthService), 'check')
      .mockRejectedValueOnce(new Error('health fault'));
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(503);
    const id = res.headers.get('x-request-id') as string;
    const logged = log.about(id, 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0].text).toContain('health fault');
  });
});
