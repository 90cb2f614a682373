import type { QueryResult } from 'neo4j-driver';

/**
 * Offset pagination, written once for every list query. The query binds the matching rows
 * to `alias`, already ordered (`WITH x ORDER BY ...`); this fragment counts them and projects
 * one page. Collecting first keeps the total and the page in one statement and one snapshot
 * of the data.
 *
 * Needs $offset and $limit. Returns columns `total` and `items`.
 */
export function pageOf(alias: string, projection: string): string {
  return `WITH collect(${alias}) AS matched
       RETURN size(matched) AS total,
              [${alias} IN matched[$offset..($offset + $limit)] | ${projection}] AS items`;
}

/** The `total` and `items` columns of a pageOf query. */
export function readPage<T>(result: QueryResult): { items: T[]; total: number } {
  const row = result.records[0];
  return { items: row.get('items') as T[], total: row.get('total') as number };
}
