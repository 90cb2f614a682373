import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';

/**
 * Versioned Cypher migrations: graph/migrations/NNNN_name.cypher, applied in order,
 * each recorded as (:Migration {version}) so it runs once. Statements are separated by
 * a semicolon at the end of a line and run one per transaction, because Neo4j does not
 * allow schema and data changes in one transaction; write them idempotently
 * (IF NOT EXISTS, MERGE) so a migration interrupted midway can simply run again.
 */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: string,
  ) {
    super(`Migration ${migration} failed: ${cause}`);
    this.name = 'MigrationError';
  }
}

export function splitStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function loadMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.replace(/\.cypher$/, ''),
        statements: splitStatements(source),
        checksum: createHash('sha256').update(source).digest('hex').slice(0, 16),
      };
    });
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

export async function migrate(
  driver: Driver,
  database: string,
  migrations: Migration[],
): Promise<MigrateResult> {
  const session = driver.session({ database });
  const result: MigrateResult = { applied: [], skipped: [] };
  try {
    await session.run(
      'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE',
    );
    const done = await session.run('MATCH (m:Migration) RETURN m.version AS version');
    const appliedVersions = new Set(done.records.map((r) => Number(r.get('version'))));
    for (const migration of migrations) {
      if (appliedVersions.has(migration.version)) {
        result.skipped.push(migration.name);
        continue;
      }
      for (const statement of migration.statements) {
        try {
          await session.run(statement);
        } catch (error) {
          throw new MigrationError(migration.name, (error as Error).message.split('\n')[0]);
        }
      }
      await session.run(
        'CREATE (:Migration {version: $version, name: $name, checksum: $checksum, appliedAt: datetime()})',
        { version: migration.version, name: migration.name, checksum: migration.checksum },
      );
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await session.close();
  }
}

export function migrationsDir(graphDir: string): string {
  return join(graphDir, 'migrations');
}
