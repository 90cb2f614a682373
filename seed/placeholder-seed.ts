import { Neo4jService } from '../api/neo4j/neo4j.service';

/**
 * Loads demo data into an empty database. Synthetic: no real person's data.
 * (A placeholder council until the full seed generator lands.)
 */
export async function seedIfEmpty(neo4j: Neo4jService, log: (line: string) => void): Promise<void> {
  const existing = await neo4j.query<{ n: number }>('MATCH (c:Council) RETURN count(c) AS n');
  if (existing.records[0].get('n') > 0) {
    log('Database already holds data; demo data not loaded.');
    return;
  }
  await neo4j.query(
    "MERGE (c:Council {id: 'demo-placeholder'}) SET c.name = 'Demo Council (synthetic)', c.synthetic = true",
    {},
    'WRITE',
  );
  log('Loaded demo data (synthetic).');
}
