import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { AppOptions, createApp } from '../api/bootstrap/create-app';
import { signInServiceAccount } from '../api/bootstrap/service-account';
import { loadConfig, Neo4jConnectionConfig } from '../api/config/app-config';
import { Neo4jService } from '../api/neo4j/neo4j.service';
import { LocalNeo4jHandle, repoGraphDir, startLocalNeo4j } from '../graph/local-neo4j';
import { loadMigrations, migrate, migrationsDir } from '../graph/migrator';
import { postGraphql, progress } from './benchmark';

/**
 * What a benchmark runs against: the real app over HTTP (the path users take) and a
 * direct Neo4jService for set-up, reference queries and clean-up. Like the tests, it uses
 * NEO4J_URI when set, else starts (or reuses) the local test Neo4j on 7688/7475, so a
 * running `npm start` and its data are never touched.
 */
export interface BenchEnv {
  db: Neo4jService;
  /** The session cookie of the run's own signed-in system administrator. */
  cookie: string;
  /** The app's address (http://127.0.0.1:port), for its HTTP routes (imports). */
  baseUrl: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A benchmark is one client sending as fast as it can from 127.0.0.1: the per-address rate
 * limit would measure the limiter, not the app. Every other setting is the default.
 */
const UNLIMITED = 1_000_000;
export const BENCH_APP_OPTIONS: AppOptions = {
  logLevel: 'error',
  http: { rateLimitPerUser: UNLIMITED, rateLimitPerAddress: UNLIMITED },
};

async function connection(): Promise<{
  connection: Neo4jConnectionConfig;
  local: LocalNeo4jHandle | null;
}> {
  const config = loadConfig(process.env);
  if (config.neo4j) return { connection: config.neo4j, local: null };
  const local = await startLocalNeo4j({
    boltPort: 7688,
    httpPort: 7475,
    dataDir: join(repoGraphDir(), '.neo4j', 'test-data'),
    startTimeoutMs: 180_000,
    log: progress,
  });
  return {
    connection: { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' },
    local,
  };
}

export async function openBenchEnv(): Promise<BenchEnv> {
  const target = await connection();
  const db = new Neo4jService(target.connection);
  await migrate(db.driver, db.connection.database, loadMigrations(migrationsDir(repoGraphDir())));
  let app: NestExpressApplication;
  try {
    app = await createApp(target.connection, BENCH_APP_OPTIONS);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await db.driver.close();
    await target.local?.stop();
    throw error;
  }
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const cookie = await signInServiceAccount(app, url, 'bench');
  return {
    db,
    cookie,
    baseUrl: `http://127.0.0.1:${port}`,
    gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      return postGraphql<T>(url, cookie, query, variables);
    },
    async close() {
      await app.close();
      await db.driver.close();
      if (target.local?.owned) await target.local.stop();
    },
  };
}
