import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Neo4jService } from '../../../api/neo4j/neo4j.service';
import { repoGraphDir, startLocalNeo4j } from '../../../graph/local-neo4j';
import { loadMigrations, migrate, MigrationError, migrationsDir } from '../../../graph/migrator';
import {
  TEST_BOLT_PORT,
  TEST_HTTP_PORT,
  TEST_DATA_DIR,
  testConnection,
  uniqueId,
} from '../../support/test-neo4j';

describe('the real Neo4j behind the tests', () => {
  const neo4j = new Neo4jService(testConnection());
  afterAll(() => neo4j.driver.close());

  it('reports the Neo4j kernel through CALL dbms.components()', async () => {
    const result = await neo4j.query<{ name: string; versions: string[] }>(
      'CALL dbms.components() YIELD name, versions RETURN name, versions',
    );
    expect(result.records[0].get('name')).toBe('Neo4j Kernel');
    expect(result.records[0].get('versions')[0]).toMatch(/^5\.\d+\.\d+/);
    expect(await neo4j.serverVersion()).toMatchObject({
      name: 'Neo4j Kernel',
      edition: 'community',
    });
  });

  it('has applied every migration exactly once, with uniqueness constraints on ids', async () => {
    const migrations = loadMigrations(migrationsDir(repoGraphDir()));
    const rerun = await migrate(neo4j.driver, 'neo4j', migrations);
    expect(rerun.applied).toEqual([]);
    expect(rerun.skipped).toEqual(migrations.map((m) => m.name));
    const recorded = await neo4j.query<{ n: number }>('MATCH (m:Migration) RETURN count(m) AS n');
    expect(recorded.records[0].get('n')).toBe(migrations.length);
    const constraints = await neo4j.query<{ labels: string[] }>(
      "SHOW CONSTRAINTS YIELD labelsOrTypes AS labels, properties, type WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labels",
    );
    const labels = constraints.records.map((r) => r.get('labels')[0]);
    expect(labels).toEqual(
      expect.arrayContaining(['Council', 'Organisation', 'Team', 'Person', 'Tie']),
    );
  });

  it('rejects a duplicate id through the constraint as CONFLICT', async () => {
    const id = uniqueId('council');
    await neo4j.query('CREATE (:Council {id: $id})', { id }, 'WRITE');
    try {
      await expect(
        neo4j.query('CREATE (:Council {id: $id})', { id }, 'WRITE'),
      ).rejects.toMatchObject({ code: 'CONFLICT' });
      const count = await neo4j.query<{ n: number }>(
        'MATCH (c:Council {id: $id}) RETURN count(c) AS n',
        { id },
      );
      expect(count.records[0].get('n')).toBe(1);
    } finally {
      await neo4j.query('MATCH (c:Council {id: $id}) DETACH DELETE c', { id }, 'WRITE');
    }
  });

  it('stops on a failing migration, naming it and quoting Neo4j, and does not record it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'iw-migrations-'));
    const version = 9000 + Math.floor(Math.random() * 900);
    writeFileSync(
      join(dir, `${version}_broken_statement.cypher`),
      'CREATE CONSTRAINT oops FOR (n:X) REQUIRE;\n',
    );
    const run = migrate(neo4j.driver, 'neo4j', loadMigrations(dir));
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(neo4j.driver, 'neo4j', loadMigrations(dir))).rejects.toThrow(
      new RegExp(`Migration ${version}_broken_statement failed: .*Invalid input`),
    );
    const recorded = await neo4j.query<{ n: number }>(
      'MATCH (m:Migration {version: $version}) RETURN count(m) AS n',
      { version },
    );
    expect(recorded.records[0].get('n')).toBe(0);
  });

  it('reuses a Neo4j already running on the port instead of failing', async () => {
    if (process.env.NEO4J_URI) return; // external server: no local launcher involved
    const handle = await startLocalNeo4j({
      boltPort: TEST_BOLT_PORT,
      httpPort: TEST_HTTP_PORT,
      dataDir: TEST_DATA_DIR,
      startTimeoutMs: 10_000,
      log: () => undefined,
    });
    expect(handle.owned).toBe(false);
    expect(handle.version).toMatch(/^5\./);
  });
});
