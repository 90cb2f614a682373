import { seedDemo } from '../../seed/demo-seed';
import { testDb } from '../support/domain-fixtures';
import {
  expectNoInternals,
  GraphQLResponse,
  startTestApp,
  TestApp,
  TestUser,
} from '../support/test-app';
import { testConnection } from '../support/test-neo4j';

/**
 * Abuse and hardening, against the real app and Neo4j: operation limits refused before any
 * resolver runs, a body limit, rate limits, production mode and security headers.
 */

interface Timed<T> {
  ms: number;
  value: T;
}

async function timed<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function post(api: TestApp, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const health = (api: TestApp) => timed(async () => (await fetch(`${api.url}/health`)).status);

const codes = (res: Pick<GraphQLResponse, 'errors'>) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

/** Refused before execution: no `data` entry at all (GraphQL spec, "Response"), our code. */
function expectRefused(res: GraphQLResponse, code: string): void {
  expect(res.status).toBe(400);
  expect(codes(res)).toContain(code);
  expect('data' in res).toBe(false);
  expectNoInternals(res);
}

const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `f${i}: ${field}`).join(' ')} }`;

const LEVEL_QUERY =
  'query($l: NetworkLevel!) { networkSnapshot(councilId: "x", level: $l) { asOf } }';

const ANALYSIS =
  'networkAnalysis(councilId: "tamebridge", wave: "tamebridge-wave-review") { asOf }';

describe('operation limits (development mode)', () => {
  let api: TestApp;
  beforeAll(async () => {
    const db = testDb();
    try {
      await seedDemo(db); // so an analysis that did run would do real work
    } finally {
      await db.driver.close();
    }
    api = await startTestApp();
    // Open the driver's connection pool first: the timings below are about the limits.
    expect((await health(api)).value).toBe(200);
  });
  afterAll(() => api.close());

  it('refuses 200 aliased networkAnalysis in validation, in well under a second, while /health answers', async () => {
    const [refused, probe] = await Promise.all([
      timed(() => api.gql(aliased(200, ANALYSIS))),
      health(api),
    ]);
    expectRefused(refused.value, 'TOO_MANY_ALIASES');
    expect(codes(refused.value)).toContain('TOO_MANY_ROOT_FIELDS');
    expect(refused.ms).toBeLessThan(1000);
    expect(probe.value).toBe(200);
    expect(probe.ms).toBeLessThan(1000);
  });

  it('refuses a few analytics queries at once by cost, and answers one', async () => {
    const costly = await timed(() => api.gql(aliased(6, ANALYSIS)));
    expectRefused(costly.value, 'QUERY_TOO_COMPLEX');
    expect(costly.value.errors?.[0].message).toMatch(/costs \d+; at most 500/);
    expect(costly.ms).toBeLessThan(1000);

    const one = await api.gql(`{ ${ANALYSIS} }`);
    expect(one.errors).toBeUndefined();
    expect(one.data?.networkAnalysis.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lets 30 root fields through and refuses 31, aliased or not', async () => {
    const thirty = await api.gql(aliased(30, 'health { status }'));
    expect(thirty.errors).toBeUndefined();
    expect(Object.keys(thirty.data ?? {})).toHaveLength(30);

    expectRefused(await api.gql(aliased(31, 'health { status }')), 'TOO_MANY_ROOT_FIELDS');
    // 28 aliases (within their limit) and 3 plain root fields: 31 root fields.
    const plain = 'vocabularies { sectors { id } } councils { total } blueprints { total }';
    const mixed = `{ ${aliased(20, 'health { status }').slice(1, -1)} ${plain} ${Array.from(
      { length: 8 },
      (_, i) => `health${i}: health { status }`,
    ).join(' ')} }`;
    const res = await api.gql(mixed);
    expectRefused(res, 'TOO_MANY_ROOT_FIELDS');
    expect(codes(res)).not.toContain('TOO_MANY_ALIASES');
  });

  it('counts aliases anywhere in the operation, not only at the root', async () => {
    const inner = Array.from({ length: 31 }, (_, i) => `s${i}: status`).join(' ');
    const res = await api.gql(`{ health { ${inner} } }`);
    expectRefused(res, 'TOO_MANY_ALIASES');
    expect(codes(res)).not.toContain('TOO_MANY_ROOT_FIELDS');
  });

  it('refuses an operation nested deeper than 8 levels', async () => {
    const nested = (levels: number): string =>
      levels === 0 ? 'name' : `ofType { ${nested(levels - 1)} }`;
    const ok = await api.gql(`{ __type(name: "Query") { fields { type { ${nested(4)} } } } }`);
    expect(ok.errors).toBeUndefined();
    const deep = await api.gql(`{ __type(name: "Query") { fields { type { ${nested(5)} } } } }`);
    expectRefused(deep, 'QUERY_TOO_DEEP');
    expect(deep.errors?.[0].message).toMatch(/more than 8 levels/);
  });

  it('refuses a document of more than 5,000 tokens before validating it', async () => {
    const res = await api.gql(`{ health { ${'status '.repeat(5001)}} }`);
    expectRefused(res, 'QUERY_TOO_LARGE');
  });

  it('answers 413 to a 2 MB body in under a second, while /health answers normally', async () => {
    const big = JSON.stringify({
      query: '{ health { status } }',
      variables: { pad: 'x'.repeat(2 * 1024 * 1024) },
    });
    const [refused, probe] = await Promise.all([timed(() => post(api, big)), health(api)]);
    expect(refused.value.status).toBe(413);
    expect(refused.value.body).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/larger than 1048576 bytes/),
    });
    expect(refused.ms).toBeLessThan(1000);
    expect(probe.value).toBe(200);
    expect(probe.ms).toBeLessThan(1000);

    // Just under the limit is read and answered.
    const fits = JSON.stringify({
      query: '{ health { status } }',
      variables: { pad: 'x'.repeat(1_000_000) },
    });
    const ok = await post(api, fits);
    expect(ok.status).toBe(200);
    expect(ok.body.data.health.status).toBe('ok');
  });

  it('answers malformed JSON with a JSON 400, not an HTML error page', async () => {
    const res = await post(api, '{"query": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'BAD_REQUEST',
      message: 'The request body is not valid JSON.',
    });
  });

  it('keeps introspection and "Did you mean" hints in development', async () => {
    const schema = await api.gql('{ __schema { queryType { name } } }');
    expect(schema.data?.__schema.queryType.name).toBe('Query');
    const typo = await api.gql('{ helth { status } }');
    expect(typo.errors?.[0].message).toMatch(/Did you mean "health"\?/);
    const argument = await api.gql('{ councils(limt: 5) { total } }');
    expect(argument.errors?.[0].message).toMatch(/Did you mean "limit"\?/);
    const level = await api.gql(LEVEL_QUERY, { l: 'PEOPEL' });
    expect(level.errors?.[0].message).toMatch(/Did you mean the enum value "PEOPLE"\?/);
  });
});

describe('production mode', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp(testConnection(), {
      nodeEnv: 'production',
      http: { trustProxyHops: 1 },
    });
  });
  afterAll(() => api.close());

  it('refuses introspection', async () => {
    const res = await api.gql('{ __schema { types { name } } }');
    expectRefused(res, 'INTROSPECTION_DISABLED');
    const type = await api.gql('{ __type(name: "Query") { name } }');
    expectRefused(type, 'INTROSPECTION_DISABLED');
  });

  it('gives no "Did you mean" hints, in validation or in variables', async () => {
    const typo = await api.gql('{ helth { status } }');
    expect(typo.errors?.[0].message).toBe('Cannot query field "helth" on type "Query".');
    const argument = await api.gql('{ councils(limt: 5) { total } }');
    expect(argument.errors?.length).toBeGreaterThan(0);
    const level = await api.gql(LEVEL_QUERY, { l: 'PEOPEL' });
    expect(level.errors?.[0].message).toMatch(/PEOPEL/);
    for (const res of [typo, argument, level]) {
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|Suggestion/);
      expectNoInternals(res);
    }
  });

  it('still answers ordinary queries', async () => {
    const res = await api.gql('{ health { status } }');
    expect(res.data?.health.status).toBe('ok');
  });

  it('sends security headers on the UI, GraphQL and /health, and no X-Powered-By', async () => {
    const responses = [
      await fetch(`${api.url}/`, { headers: { accept: 'text/html' } }),
      await fetch(`${api.url}/health`),
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      }),
    ];
    for (const res of responses) {
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
      // Plain HTTP: no HSTS.
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('sends HSTS when a trusted proxy says the request came over HTTPS', async () => {
    const res = await fetch(`${api.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });
});

describe('rate limits on /graphql', () => {
  const SIGN_INS = 5;
  const PER_ADDRESS = 10;
  const PER_USER = 5;
  let api: TestApp;
  let one: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    api = await startTestApp(testConnection(), {
      http: {
        rateLimitPerAddress: PER_ADDRESS,
        signInRateLimitPerAddress: SIGN_INS,
        rateLimitPerUser: PER_USER,
      },
    });
    // Signed in before the address is spent below (each sign-in counts for the address).
    one = await api.user();
    other = await api.user();
  });
  afterAll(() => api.close());

  const query = JSON.stringify({ query: '{ health { status } }' });
  const signIn = JSON.stringify({
    query: 'mutation { s: signIn(email: "someone@example.org", password: "guess") { id } }',
  });

  /** Sends until refused; returns the answers up to and including the first 429. */
  async function untilLimited(body: string, max: number) {
    const answers: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i < max; i += 1) {
      const res = await post(api, body);
      answers.push(res);
      if (res.status === 429) break;
    }
    return answers;
  }

  it('is stricter on sign-in, then limits every request from the address; /health is never limited', async () => {
    // Three sign-ins (the admin's and two users') already came from this address.
    const signIns = await untilLimited(signIn, SIGN_INS + 1);
    const refused = signIns[signIns.length - 1];
    expect(signIns.map((r) => r.status)).toEqual([...Array(SIGN_INS - 3).fill(200), 429]);
    expect(signIns[0].body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(refused.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/sign-in attempts/),
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // Sign-ins count for the address too; the rest of its budget runs out within the limit.
    const ordinary = await untilLimited(query, PER_ADDRESS + 1);
    const limited = ordinary[ordinary.length - 1];
    expect(limited.status).toBe(429);
    expect(ordinary.length).toBeLessThanOrEqual(PER_ADDRESS - SIGN_INS + 1);
    expect(ordinary.slice(0, -1).every((r) => r.status === 200)).toBe(true);
    expect(limited.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    for (let i = 0; i < 20; i += 1) expect((await health(api)).value).toBe(200);
  });

  it('counts a signed-in caller per user, whatever the address does', async () => {
    const codes: string[] = [];
    for (let i = 0; i <= PER_USER; i += 1) {
      const res = await one.gql('{ me { id } }');
      codes.push(res.status === 429 ? 'RATE_LIMITED' : res.data ? 'ok' : String(res.status));
    }
    expect(codes).toEqual([...Array(PER_USER).fill('ok'), 'RATE_LIMITED']);
    expect((await other.gql('{ me { id } }')).data?.me.id).toBe(other.id);
  });

  it('limits the file routes under /api per user too, on a counter of their own', async () => {
    const statuses: number[] = [];
    let last: Response | null = null;
    for (let i = 0; i <= PER_USER; i += 1) {
      // A council the user holds no role in: refused (403), and still counted.
      last = await fetch(`${api.url}/api/councils/no-role-here/export/nodes.csv`, {
        headers: { cookie: other.cookie },
      });
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    expect(statuses).toEqual([...Array(PER_USER).fill(403), 429]);
    expect(await last?.json()).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many requests; wait a minute and try again.',
    });
    // /graphql counts apart: the same user's queries still answer.
    expect((await other.gql('{ me { id } }')).data?.me.id).toBe(other.id);
  });
});
