import { stopTestNeo4j } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  await stopTestNeo4j();
}
