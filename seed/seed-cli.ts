import 'reflect-metadata';
import 'dotenv/config';
import type { AddressInfo } from 'node:net';
import { applyMigrations, resolveDatabase } from '../api/bootstrap/database';
import { createApp } from '../api/bootstrap/create-app';
import { signInServiceAccount } from '../api/bootstrap/service-account';
import { loadConfig } from '../api/config/app-config';
import { Neo4jService } from '../api/neo4j/neo4j.service';
import { Gql, loadThroughApi } from './api-loader';
import { seedDemo } from './demo-seed';
import { DEFAULT_SEED } from './generator/demo';
import { generateScale } from './generator/scale';

/**
 * `npm run db:seed [-- --seed N]`: loads the synthetic demo councils into NEO4J_URI or the
 * local Neo4j. Safe to run again: it changes nothing the second time.
 * `npm run db:seed -- --scale 10000:100000 [--seed N]`: adds one generated council of that
 * many people and ties, loaded through the GraphQL batch mutations, and prints the time.
 */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = Number(option('--seed') ?? DEFAULT_SEED);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const scale = option('--scale');
  const sizes = scale ? /^(\d+):(\d+)$/.exec(scale) : null;
  if (scale && !sizes) throw new Error('--scale must look like PEOPLE:TIES, e.g. 10000:100000');
  const config = loadConfig(process.env);
  const database = await resolveDatabase(config, console.log);
  const neo4j = new Neo4jService(database.connection);
  try {
    await applyMigrations(neo4j, console.log);
    if (!sizes) {
      const summary = await seedDemo(neo4j, seed);
      console.log(
        `Seeded (seed ${seed}): ${summary.councils} councils, ${summary.people} people, ${summary.ties} ties. Synthetic data.`,
      );
      return;
    }
    const [people, ties] = [Number(sizes[1]), Number(sizes[2])];
    const data = generateScale({ people, ties, seed });
    const app = await createApp(database.connection, 'error');
    await app.listen(0, '127.0.0.1');
    try {
      const { port } = app.getHttpServer().address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/graphql`;
      // The load goes through the public API, so it signs in like any client.
      const cookie = await signInServiceAccount(app, url, 'scale-seed');
      const gql: Gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
        if (body.errors?.length || !body.data)
          throw new Error(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
        return body.data;
      };
      const t = await loadThroughApi(gql, data);
      console.log(
        `Loaded council "${data.council.id}" (synthetic): ${people} people in ${(t.peopleMs / 1000).toFixed(1)} s, ` +
          `${ties} ties in ${(t.tiesMs / 1000).toFixed(1)} s (${Math.round(ties / (t.tiesMs / 1000))} ties/s) through createPeople / createTies.`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await neo4j.driver.close();
    if (database.local?.owned) await database.local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${(error as Error).message}`);
  process.exit(1);
});
