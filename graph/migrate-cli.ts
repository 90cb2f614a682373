import 'reflect-metadata';
import 'dotenv/config';
import { applyMigrations, resolveDatabase } from '../api/bootstrap/database';
import { loadConfig } from '../api/config/app-config';
import { Neo4jService } from '../api/neo4j/neo4j.service';

/** `npm run db:migrate`: applies pending migrations to NEO4J_URI or the local Neo4j. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const database = await resolveDatabase(config, console.log);
  const neo4j = new Neo4jService(database.connection);
  try {
    await applyMigrations(neo4j, console.log);
  } finally {
    await neo4j.driver.close();
    if (database.local?.owned) await database.local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${(error as Error).message}`);
  process.exit(1);
});
