/**
 * Map projections shared by the repositories, so a RETURN shape is written once. Aliases
 * and property names are the caller's constants, never user input.
 */

/** `alias {.a, .b}`: the named stored properties of `alias`. Needs no parameters. */
export function pick(alias: string, fields: readonly string[]): string {
  return `${alias} {${fields.map((f) => `.${f}`).join(', ')}}`;
}

/** `alias {.id, .name}`: a reference to a named record (neighbourhood, term, category). */
export function idName(alias: string): string {
  return pick(alias, ['id', 'name']);
}

/**
 * The Cypher expression `expr` when the caller may see names in this council, else null.
 * Needs $revealNames.
 */
export function whenRevealed(expr: string): string {
  return `CASE WHEN $revealNames THEN ${expr} END`;
}
