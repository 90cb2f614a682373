import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { AppOptions, createApp } from '../../api/bootstrap/create-app';
import { Neo4jConnectionConfig } from '../../api/config/app-config';
import { testConnection } from './test-neo4j';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
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
 * Boots the real Nest app on a free port against the test Neo4j (or the given one), in
 * `test` mode (like development: introspection on) unless `options.nodeEnv` says otherwise.
 */
export async function startTestApp(
  connection: Neo4jConnectionConfig = testConnection(),
  options: AppOptions = {},
): Promise<TestApp> {
  const app = await createApp(connection, {
    logLevel: 'error',
    nodeEnv: 'test',
    ...options,
    http: { ...GENEROUS_RATE_LIMITS, ...options.http },
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async gql(query, variables = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GraphQLResponse, 'status'>;
      return { status: res.status, ...body } as GraphQLResponse<any>;
    },
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
