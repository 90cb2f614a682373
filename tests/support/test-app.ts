import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { AppOptions, createApp } from '../../api/bootstrap/create-app';
import { Neo4jConnectionConfig } from '../../api/config/app-config';
import { CouncilRole } from '../../api/auth/roles';
import { generatePassword, hashPassword } from '../../api/auth/secrets';
import { newId } from '../../api/common/ids';
import { UserRepository } from '../../api/user/user.repository';
import { testConnection, uniqueId } from './test-neo4j';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  headers?: Headers;
}

export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

/** A real account, signed in through the real signIn mutation. */
export interface TestUser {
  id: string;
  email: string;
  password: string;
  /** The session cookie (`iw_session=...`), for browser contexts and raw requests. */
  cookie: string;
  gql: Gql;
}

export interface UserSpec {
  systemAdmin?: boolean;
  roles?: { councilId: string; role: CouncilRole | keyof typeof CouncilRole }[];
  name?: string;
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** As the test's own system administrator (signed in at start). */
  gql: Gql;
  /** With no credentials at all. */
  anonymous: Gql;
  /** The test's system administrator. */
  admin: TestUser;
  /** Creates an account with the given roles and signs it in. */
  user(spec?: UserSpec): Promise<TestUser>;
  /** Sends a query with the given headers (cookie or Authorization). */
  gqlWith(headers: Record<string, string>): Gql;
  /** Signs in through the API; returns the session cookie, or the error response. */
  signIn(
    email: string,
    password: string,
  ): Promise<{ cookie: string | null; response: GraphQLResponse }>;
  close(): Promise<void>;
}

function client(url: string, headers: Record<string, string>): Gql {
  return async (query, variables = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: res.status, headers: res.headers, ...body } as GraphQLResponse<any>;
  };
}

/** The `iw_session=<secret>` pair from a response's Set-Cookie header. */
export function sessionCookie(headers: Headers | undefined): string | null {
  const set = headers?.getSetCookie?.() ?? [];
  const found = set.map((c) => c.split(';')[0]).find((c) => c.startsWith('iw_session='));
  return found && found !== 'iw_session=' ? found : null;
}

/**
 * Suites send thousands of requests a minute from 127.0.0.1; the rate limits are proven
 * with small limits in tests/api/hardening.test.ts. Every other default is the real one.
 */
const GENEROUS_RATE_LIMITS = {
  rateLimitPerUser: 1_000_000,
  rateLimitPerAddress: 1_000_000,
  signInRateLimitPerAddress: 1_000_000,
};

/**
 * Boots the real Nest app on a free port against the test Neo4j, in `test` mode (like
 * development: introspection on) unless `options.nodeEnv` says otherwise. It creates a
 * system administrator of its own and signs it in with the real signIn mutation, so every
 * test runs signed in exactly as a user would.
 */
export async function startTestApp(
  connection: Neo4jConnectionConfig = testConnection(),
  options: AppOptions & { port?: number } = {},
): Promise<TestApp> {
  const app = await createApp(connection, {
    logLevel: 'error',
    nodeEnv: 'test',
    ...options,
    http: { ...GENEROUS_RATE_LIMITS, ...options.http },
    // Every suite signs in from 127.0.0.1 and some fail on purpose; the address lock is
    // proven from an address of its own in tests/api/auth/lockout.test.ts.
    auth: { signInAddressLockAfter: 1_000_000, ...options.auth },
  });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const users = app.get(UserRepository);
  const anonymous = client(url, {});

  async function signIn(email: string, password: string) {
    const response = await anonymous(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: email, p: password },
    );
    return { cookie: sessionCookie(response.headers), response };
  }

  async function user(spec: UserSpec = {}): Promise<TestUser> {
    const email = `${uniqueId('user')}@test.example`.toLowerCase();
    const password = generatePassword();
    const [first, ...more] = spec.roles ?? [];
    const created = await users.create(
      {
        id: newId('user'),
        email,
        name: spec.name ?? 'Test user',
        passwordHash: await hashPassword(password),
        systemAdmin: spec.systemAdmin ?? false,
      },
      first ? { councilId: first.councilId, role: first.role as CouncilRole } : null,
    );
    if (!created) throw new Error(`could not create ${email}`);
    for (const grant of more) {
      await users.grantRole(created.id, grant.councilId, grant.role as CouncilRole, 'test');
    }
    const { cookie, response } = await signIn(email, password);
    if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(response.errors)}`);
    return { id: created.id, email, password, cookie, gql: client(url, { cookie }) };
  }

  const admin = await user({ systemAdmin: true, name: 'Test admin' });
  return {
    app,
    url,
    gql: admin.gql,
    anonymous,
    admin,
    user,
    gqlWith: (headers) => client(url, headers),
    signIn,
    close: () => app.close(),
  };
}

/** Asserts a GraphQL error never exposes internals (stack traces, Cypher, driver text). */
export function expectNoInternals(response: Pick<GraphQLResponse<unknown>, 'errors'>): void {
  const text = JSON.stringify(response.errors ?? []);
  expect(text).not.toMatch(/stacktrace|at \w+ \(|MATCH \(|MERGE \(|Neo4jError|\.ts:\d+/);
  for (const error of response.errors ?? []) {
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  }
}
