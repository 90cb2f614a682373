/**
 * The validity-period rule, once for Cypher and once for TypeScript (a test checks that the
 * two agree on every case). Dates are ISO calendar dates ("2024-03-31") stored as strings,
 * which compare correctly as text. A period is half-open: valid at D when
 * validFrom <= D and (validTo is null or D < validTo); validTo is the first day it no longer
 * holds, so a period with validTo == validFrom is empty and is refused on input.
 */
export interface Period {
  validFrom: string;
  validTo: string | null;
}

/** Upper bound for open periods where Cypher needs a value; ISO dates compare as text. */
export const END_OF_TIME = '9999-12-31';

// ---- TypeScript ----

export function isValidAt(p: Period, date: string): boolean {
  return p.validFrom <= date && (p.validTo === null || date < p.validTo);
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return (
    (b.validTo === null || a.validFrom < b.validTo) &&
    (a.validTo === null || b.validFrom < a.validTo)
  );
}

/** The earlier of two ends, null meaning "never". */
export function earlierEnd(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

// ---- Cypher (aliases and expressions are the caller's; values always $parameters) ----

/** `alias` is valid at the Cypher expression `date` (default the parameter $asOf). */
export function validAtCypher(alias: string, date = '$asOf'): string {
  return `(${alias}.validFrom <= ${date} AND (${alias}.validTo IS NULL OR ${alias}.validTo > ${date}))`;
}

/** Period `a` (an alias) overlaps the period [fromExpr, toExpr), toExpr null meaning open. */
export function overlapsCypher(a: string, fromExpr: string, toExpr: string): string {
  return `((${toExpr} IS NULL OR ${a}.validFrom < ${toExpr})
           AND (${a}.validTo IS NULL OR ${fromExpr} < ${a}.validTo))`;
}

/** The earlier of two Cypher end expressions, null meaning "never". */
export function earlierEndCypher(a: string, b: string): string {
  return `CASE WHEN ${a} IS NULL THEN ${b} WHEN ${b} IS NULL OR ${a} <= ${b} THEN ${a} ELSE ${b} END`;
}
