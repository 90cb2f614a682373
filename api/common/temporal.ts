/**
 * Valid time. Dates are ISO calendar dates ("2024-03-31") stored as strings, which compare
 * correctly as text. A record is valid at D when validFrom <= D and (validTo is null or
 * validTo > D): validTo is the first day it no longer holds. This is the one place that
 * predicate is written; every repository builds its "as of" filter with it.
 */
export function validAt(alias: string, param = 'asOf'): string {
  return validAtExpr(alias, `$${param}`);
}

/** The same predicate against any Cypher expression (e.g. a wave's date inside a query). */
export function validAtExpr(alias: string, date: string): string {
  return `(${alias}.validFrom <= ${date} AND (${alias}.validTo IS NULL OR ${alias}.validTo > ${date}))`;
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
