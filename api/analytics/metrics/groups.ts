import type { Graph } from './graph';

export interface CategoryCodes {
  /** Dense code per node, -1 when the node has no value. */
  readonly codes: Int32Array;
  /** Category names by code, sorted by code point so output order never depends on input order. */
  readonly categories: readonly string[];
  /** Members per category, by code. */
  readonly sizes: Int32Array;
}

/**
 * Codes nodes by their group (default) or by `attrs[attribute]` (numbers become strings), so
 * group metrics compare small integers in their loops instead of strings.
 */
export function categoryCodes(g: Graph, attribute?: string): CategoryCodes {
  const values: (string | null)[] = new Array<string | null>(g.n);
  for (let v = 0; v < g.n; v++) {
    if (attribute === undefined) values[v] = g.groups[v];
    else {
      const a = g.attrs[v][attribute];
      values[v] = a === undefined ? null : String(a);
    }
  }
  const categories = [...new Set(values.filter((x): x is string => x !== null))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const code = new Map(categories.map((c, i) => [c, i]));
  const codes = new Int32Array(g.n);
  const sizes = new Int32Array(categories.length);
  values.forEach((x, v) => {
    const c = x === null ? -1 : (code.get(x) ?? -1);
    codes[v] = c;
    if (c >= 0) sizes[c]++;
  });
  return { codes, categories, sizes };
}
