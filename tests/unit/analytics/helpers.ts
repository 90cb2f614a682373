import {
  buildGraph,
  mulberry32,
  type EdgeInput,
  type Graph,
  type GraphInput,
  type NodeInput,
} from '../../../api/analytics/metrics';

/** Values keyed by node id, for readable diffs against networkx dictionaries. */
export function byId(g: Graph, values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  g.ids.forEach((id, i) => (out[id] = values[i]));
  return out;
}

/** Every key present and equal to 6 decimals (|Δ| < 5e-7); NaN must match NaN. */
export function expectClose(
  actual: Record<string, number>,
  expected: Record<string, number>,
  digits = 6,
): void {
  const matchers: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(expected)) {
    matchers[k] = Number.isNaN(v) ? NaN : expect.closeTo(v, digits);
  }
  expect(actual).toEqual(matchers);
}

export function expectNodeValues(
  g: Graph,
  values: ArrayLike<number>,
  expected: Record<string, number>,
  digits = 6,
): void {
  expectClose(byId(g, values), expected, digits);
}

/** A seeded G(n, m)-style random graph input (duplicates and self-loops possible, on purpose). */
export function randomInput(
  n: number,
  m: number,
  seed: number,
  options: { groups?: number; maxWeight?: number } = {},
): GraphInput {
  const rng = mulberry32(seed);
  const nodes: NodeInput[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    group: options.groups ? `g${Math.floor(rng() * options.groups)}` : undefined,
  }));
  const edges: EdgeInput[] = [];
  for (let e = 0; e < m; e++) {
    const source = `n${Math.floor(rng() * n)}`;
    const target = `n${Math.floor(rng() * n)}`;
    const weight = options.maxWeight ? 1 + Math.floor(rng() * options.maxWeight) : undefined;
    edges.push({ source, target, weight });
  }
  return { nodes, edges };
}

export function randomGraph(
  n: number,
  m: number,
  seed: number,
  directed: boolean,
  options: { groups?: number; maxWeight?: number } = {},
): Graph {
  return buildGraph(randomInput(n, m, seed, options), { directed });
}

/** Input from a compact edge list such as 'a-b b-c' (or 'a>b' for a directed tie). */
export function parseEdges(spec: string, groups: Record<string, string> = {}): GraphInput {
  const ids = new Set<string>(Object.keys(groups));
  const edges: EdgeInput[] = spec
    .trim()
    .split(/\s+/)
    .map((token) => {
      const [source, target] = token.split(/[->]/);
      ids.add(source);
      ids.add(target);
      return { source, target, directed: token.includes('>') ? true : undefined };
    });
  const nodes = [...ids].map((id) => ({ id, group: groups[id] }));
  return { nodes, edges };
}
