import { Neo4jService } from '../api/neo4j/neo4j.service';
import { DEFAULT_SEED, generateDemo } from './generator/demo';
import { loadCouncil } from './seed.repository';

export interface SeedSummary {
  councils: number;
  people: number;
  ties: number;
}

/** Loads the synthetic demo councils; idempotent (MERGE on every id). */
export async function seedDemo(neo4j: Neo4jService, seed = DEFAULT_SEED): Promise<SeedSummary> {
  const dataset = generateDemo(seed);
  for (const council of dataset.councils) await loadCouncil(neo4j, council);
  return {
    councils: dataset.councils.length,
    people: dataset.councils.reduce((n, c) => n + c.people.length, 0),
    ties: dataset.councils.reduce((n, c) => n + c.ties.length, 0),
  };
}

/** `npm start`: loads the demo data into a database that holds no council yet. */
/** Returns whether it loaded the data. */
export async function seedIfEmpty(
  neo4j: Neo4jService,
  log: (line: string) => void,
): Promise<boolean> {
  const existing = await neo4j.query<{ n: number }>('MATCH (c:Council) RETURN count(c) AS n');
  if (existing.records[0].get('n') > 0) {
    log('Database already holds councils; demo data not loaded.');
    return false;
  }
  const summary = await seedDemo(neo4j);
  log(
    `Loaded synthetic demo data: ${summary.councils} councils, ${summary.people} people, ${summary.ties} ties.`,
  );
  return true;
}
