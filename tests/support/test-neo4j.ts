import { join } from 'node:path';
import { LocalNeo4jHandle, repoGraphDir, startLocalNeo4j } from '../../graph/local-neo4j';
import { loadMigrations, migrate, migrationsDir } from '../../graph/migrator';
import { Neo4jConnectionConfig } from '../../api/config/app-config';
import { Neo4jService } from '../../api/neo4j/neo4j.service';

/**
 * Tests use their own local Neo4j (ports 7688/7475, or TEST_NEO4J_BOLT_PORT / _HTTP_PORT; data
 * in graph/.neo4j/test-data), so they never touch the data of a running `npm start`. With
 * NEO4J_URI set they use that server instead.
 */
export const TEST_BOLT_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688);
export const TEST_HTTP_PORT = Number(process.env.TEST_NEO4J_HTTP_PORT ?? 7475);
export const TEST_DATA_DIR = join(repoGraphDir(), '.neo4j', 'test-data');

declare global {
  var __interweaveTestNeo4j: LocalNeo4jHandle | undefined;
}

export async function ensureTestNeo4j(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.TEST_NEO4J_URI ??= process.env.NEO4J_URI;
  } else if (!globalThis.__interweaveTestNeo4j) {
    const handle = await startLocalNeo4j({
      boltPort: TEST_BOLT_PORT,
      httpPort: TEST_HTTP_PORT,
      dataDir: TEST_DATA_DIR,
      startTimeoutMs: 180_000,
      log: (line) => process.stderr.write(`[test-neo4j] ${line}\n`),
    });
    globalThis.__interweaveTestNeo4j = handle;
    process.env.TEST_NEO4J_URI = handle.uri;
  }
  const neo4j = new Neo4jService(testConnection());
  try {
    await migrate(
      neo4j.driver,
      neo4j.connection.database,
      loadMigrations(migrationsDir(repoGraphDir())),
    );
  } finally {
    await neo4j.driver.close();
  }
}

export async function stopTestNeo4j(): Promise<void> {
  const handle = globalThis.__interweaveTestNeo4j;
  globalThis.__interweaveTestNeo4j = undefined;
  if (handle?.owned) await handle.stop();
}

export function testConnection(): Neo4jConnectionConfig {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri)
    throw new Error('TEST_NEO4J_URI is not set: run this test through jest (global setup).');
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_URI ? (process.env.NEO4J_PASSWORD ?? '') : '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  };
}

let counter = 0;
/** A unique id per call, so each test owns its data and cleans up only that. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}
