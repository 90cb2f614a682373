import 'reflect-metadata';
import 'dotenv/config';
import { applyMigrations, resolveDatabase } from '../api/bootstrap/database';
import { loadConfig } from '../api/config/app-config';
import { Neo4jService } from '../api/neo4j/neo4j.service';
import { seedDemo } from './demo-seed';
import { DEFAULT_SEED } from './generator/demo';

/**
 * `npm run db:seed [-- --seed N]`: loads the synthetic demo councils into NEO4J_URI or the
 * local Neo4j. Safe to run again: it changes nothing the second time.
 */
async function main(): Promise<void> {
  const seedArg = process.argv.indexOf('--seed');
  const seed = seedArg > 0 ? Number(process.argv[seedArg + 1]) : DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const config = loadConfig(process.env);
  const database = await resolveDatabase(config, console.log);
  const neo4j = new Neo4jService(database.connection);
  try {
    await applyMigrations(neo4j, console.log);
    const summary = await seedDemo(neo4j, seed);
    console.log(
      `Seeded (seed ${seed}): ${summary.councils} councils, ${summary.people} people, ${summary.ties} ties. Synthetic data.`,
    );
  } finally {
    await neo4j.driver.close();
    if (database.local?.owned) await database.local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exit(1);
});
