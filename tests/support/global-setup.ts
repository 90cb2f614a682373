import { ensureTestNeo4j } from './test-neo4j';

export default async function globalSetup(): Promise<void> {
  await ensureTestNeo4j();
}
