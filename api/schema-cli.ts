import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSchemaSdl } from './graphql/schema-printer';

/** Writes api/schema.gql (committed; a unit test fails when it is stale). */
async function main(): Promise<void> {
  const target = resolve(__dirname, '..', '..', 'api', 'schema.gql');
  writeFileSync(target, await generateSchemaSdl());
  console.log(`Wrote ${target}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
