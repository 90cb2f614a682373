import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { testDb } from '../../support/domain-fixtures';
import { GraphQLResponse, sessionCookie, startTestApp, TestApp } from '../../support/test-app';

const LOCK_AFTER = 4;
const ADDRESS_LOCK_AFTER = 6;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`;

/**
 * Repeated failed sign-ins are slowed, then locked, alike for known and unknown emails, per
 * email and per client address. Each test signs in from an address of its own (through a
 * trusted proxy's X-Forwarded-For), so its locks touch nobody else.
 */
describe('sign-in lockout', () => {
  let api: TestApp;
  let db: Neo4jService;
  let next = 0;
  const addresses: string[] = [];
  const freshAddress = () => {
    next += 1;
    const address = `10.${process.pid % 250}.${Date.now() % 250}.${next}`;
    addresses.push(address);
    return address;
  };
  const signInFrom = async (address: string, email: string, password: string) => {
    const response = await api.gqlWith({ 'x-forwarded-for': address })(SIGN_IN, {
      e: email,
      p: password,
    });
    return { response, cookie: sessionCookie(response.headers) };
  };
  const codeOf = (response: GraphQLResponse) => String(response.errors?.[0]?.extensions?.code);

  beforeAll(async () => {
    api = await startTestApp(undefined, {
      http: { trustProxyHops: 1 },
      auth: {
        signInLockAfter: LOCK_AFTER,
        signInAddressLockAfter: ADDRESS_LOCK_AFTER,
        signInLockMinutes: 15,
      },
    });
    db = testDb();
  });
  afterAll(async () => {
    await db.query(
      `MATCH (t:SignInThrottle) WHERE t.key IN $keys OR t.key STARTS WITH 'email:lockout-' DELETE t`,
      {
        keys: addresses.map((a) => `addr:${a}`),
      },
      'WRITE',
    );
    await db.driver.close();
    await api.close();
  });

  it('locks an email after repeated failures, even for the right password, and says the same for an unknown email', async () => {
    const user = await api.user();
    const run = async (email: string) => {
      const address = freshAddress();
      const out: GraphQLResponse[] = [];
      for (let i = 0; i <= LOCK_AFTER; i += 1)
        out.push((await signInFrom(address, email, `wrong ${i}`)).response);
      return out;
    };
    const known = await run(user.email);
    const unknown = await run(`lockout-nobody-${Date.now()}@test.example`);
    const expected = [
      ...Array(LOCK_AFTER - 1).fill('UNAUTHENTICATED'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ];
    expect(known.map(codeOf)).toEqual(expected);
    expect(unknown.map(codeOf)).toEqual(expected);
    const words = (rs: GraphQLResponse[]) =>
      rs.map((r) => String(r.errors?.[0].message).replace(/\d\d:\d\d/, 'HH:MM'));
    expect(words(known)).toEqual(words(unknown));

    const right = await signInFrom(freshAddress(), user.email, user.password);
    expect(right.cookie).toBeNull();
    expect(codeOf(right.response)).toBe('RATE_LIMITED');
    const throttle = await db.query(
      `MATCH (t:SignInThrottle {key: $k}) RETURN t.failures AS f, t.lockedUntil AS until`,
      {
        k: `email:${user.email}`,
      },
    );
    expect(throttle.records[0].get('f')).toBe(LOCK_AFTER);
    expect(Date.parse(throttle.records[0].get('until') as string)).toBeGreaterThan(Date.now());
    // Every failure is in the account audit, the refusals while locked included.
    const audit = await api.gql(
      `query($u: ID!) { auditEvents(userId: $u, action: "SIGN_IN_FAILED", limit: 50) { total items { reason address } } }`,
      { u: user.id },
    );
    expect(audit.data?.auditEvents.total).toBe(LOCK_AFTER + 2);
    // When the lock has run out, the right password works again.
    await db.query(
      `MATCH (t:SignInThrottle {key: $k}) DELETE t`,
      { k: `email:${user.email}` },
      'WRITE',
    );
    expect((await signInFrom(freshAddress(), user.email, user.password)).cookie).not.toBeNull();
  });

  it('locks an address that fails for many emails, without locking those emails elsewhere', async () => {
    const user = await api.user();
    const address = freshAddress();
    const codes: string[] = [];
    for (let i = 0; i <= ADDRESS_LOCK_AFTER; i += 1) {
      codes.push(
        codeOf(
          (await signInFrom(address, `lockout-spray-${i}-${Date.now()}@test.example`, 'guess'))
            .response,
        ),
      );
    }
    expect(codes.slice(0, ADDRESS_LOCK_AFTER - 1).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(ADDRESS_LOCK_AFTER - 1)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(codeOf((await signInFrom(address, user.email, user.password)).response)).toBe(
      'RATE_LIMITED',
    );
    expect((await signInFrom(freshAddress(), user.email, user.password)).cookie).not.toBeNull();
  });

  it('slows answers from the third failure on', async () => {
    const address = freshAddress();
    const email = `lockout-slow-${Date.now()}@test.example`;
    for (let i = 0; i < 3; i += 1) await signInFrom(address, email, 'wrong');
    const t0 = performance.now();
    await signInFrom(address, email, 'wrong');
    // The fourth answer waits at least 250 ms on purpose (doubling up to 4 s).
    expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
  });
});
