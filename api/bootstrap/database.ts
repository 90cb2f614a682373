import { AppConfig, Neo4jConnectionConfig } from '../config/app-config';
import { LocalNeo4jHandle, repoGraphDir, startLocalNeo4j } from '../../graph/local-neo4j';
import { loadMigrations, migrate, migrationsDir } from '../../graph/migrator';
import { Neo4jService } from '../neo4j/neo4j.service';

export interface DatabaseTarget {
  connection: Neo4jConnectionConfig;
  /** The local server this process started or reused; null when NEO4J_URI is set. */
  local: LocalNeo4jHandle | null;
}

/**
 * NEO4J_URI set: use that server. Unset: start (or reuse) the local Neo4j; `signal` aborts
 * a start in progress (the server is stopped again).
 */
export async function resolveDatabase(
  config: AppConfig,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<DatabaseTarget> {
  if (config.neo4j) return { connection: { ...config.neo4j, ...config.neo4jPool }, local: null };
  const local = await startLocalNeo4j({ ...config.localNeo4j, log, signal });
  return {
    connection: {
      uri: local.uri,
      user: 'neo4j',
      password: '',
      database: 'neo4j',
      ...config.neo4jPool,
    },
    local,
  };
}

/** Applies pending migrations; a failure names the migration and Neo4j's message. */
export async function applyMigrations(
  neo4j: Neo4jService,
  log: (line: string) => void,
): Promise<void> {
  const migrations = loadMigrations(migrationsDir(repoGraphDir()));
  const result = await migrate(neo4j.driver, neo4j.connection.database, migrations);
  log(
    result.applied.length > 0
      ? `Applied migrations: ${result.applied.join(', ')}`
      : `Migrations up to date (${result.skipped.length} applied before).`,
  );
}
