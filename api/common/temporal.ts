import { validAtCypher } from '../neo4j/validity';

/** "Valid at $asOf" for a repository's Cypher; the rule itself is in api/neo4j/validity.ts. */
export function validAt(alias: string, param = 'asOf'): string {
  return validAtCypher(alias, `$${param}`);
}

/** The same predicate against any Cypher expression (e.g. a wave's date inside a query). */
export function validAtExpr(alias: string, date: string): string {
  return validAtCypher(alias, date);
}

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real calendar date in YYYY-MM-DD form (rejects 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds days to an ISO date, returning an ISO date (UTC; no clock involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
