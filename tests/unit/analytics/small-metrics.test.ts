// Hand-checked values for the simpler metrics and their edge cases.
import {
  attributeAssortativity,
  betweennessCentrality,
  betweennessCentralisation,
  buildGraph,
  closenessCentrality,
  coreNumber,
  degreeCentralisation,
  degreeCentrality,
  degrees,
  density,
  eigenvectorCentrality,
  harmonicCentrality,
  nodeReciprocity,
  pageRank,
  pathSummary,
  reciprocity,
  strengths,
} from '../../../api/analytics/metrics';
import { KITE } from './fixtures/reference-graphs';
import { byId, expectClose, parseEdges } from './helpers';

const star = (directed: boolean) =>
  buildGraph(parseEdges(directed ? 'a>h b>h c>h d>h' : 'h-a h-b h-c h-d'), { directed });

describe('degree', () => {
  it('in, out and total degree and strength for a directed graph', () => {
    const g = buildGraph(
      {
        nodes: ['a', 'b', 'c'].map((id) => ({ id })),
        edges: [
          { source: 'a', target: 'b', weight: 2 },
          { source: 'b', target: 'a', weight: 1 },
          { source: 'a', target: 'c', weight: 4 },
        ],
      },
      { directed: true },
    );
    expect(byId(g, degrees(g, 'out'))).toEqual({ a: 2, b: 1, c: 0 });
    expect(byId(g, degrees(g, 'in'))).toEqual({ a: 1, b: 1, c: 1 });
    expect(byId(g, degrees(g))).toEqual({ a: 3, b: 2, c: 1 });
    expect(byId(g, strengths(g, 'out'))).toEqual({ a: 6, b: 1, c: 0 });
    expect(byId(g, strengths(g))).toEqual({ a: 7, b: 3, c: 4 });
    // Total degree over n-1: a tie both ways counts twice, so a scores 3/2.
    expect(byId(g, degreeCentrality(g))).toEqual({ a: 1.5, b: 1, c: 0.5 });
  });

  it('a one-node graph has degree centrality 1, as networkx', () => {
    const g = buildGraph({ nodes: [{ id: 'a' }], edges: [] }, { directed: false });
    expect(Array.from(degreeCentrality(g))).toEqual([1]);
  });
});

describe('Freeman centralisation', () => {
  it('is 1 for a star and 0 for a ring', () => {
    expect(degreeCentralisation(star(false))).toBe(1);
    const ring = buildGraph(parseEdges('a-b b-c c-d d-e e-a'), { directed: false });
    expect(degreeCentralisation(ring)).toBe(0);
    expect(betweennessCentralisation(betweennessCentrality(star(false)))).toBe(1);
    expect(betweennessCentralisation(betweennessCentrality(ring))).toBeCloseTo(0, 12);
  });

  it("Krackhardt's kite: Σ(6 − d) = 24 over (n−1)(n−2) = 72", () => {
    expect(degreeCentralisation(buildGraph(KITE, { directed: false }))).toBeCloseTo(1 / 3, 12);
  });

  it('directed in-star: in-degree centralisation 1, out-degree 1/16', () => {
    // In: centre 4, leaves 0: 4 × 4 / (n−1)² = 1. Out: leaves 1, centre 0: 1 / 16.
    expect(degreeCentralisation(star(true), 'in')).toBe(1);
    expect(degreeCentralisation(star(true), 'out')).toBe(1 / 16);
    expect(degreeCentralisation(star(true), 'total')).toBe(1);
  });
});

describe('density and reciprocity', () => {
  it('counts possible ties as n(n-1)/2 undirected and n(n-1) directed', () => {
    expect(density(star(false))).toBeCloseTo(4 / 10, 12);
    expect(density(star(true))).toBeCloseTo(4 / 20, 12);
    expect(density(buildGraph({ nodes: [{ id: 'a' }], edges: [] }, { directed: true }))).toBe(0);
  });

  it('reciprocity: share of arcs returned, overall and per node', () => {
    const g = buildGraph(parseEdges('a>b b>a a>c'), { directed: true });
    expect(reciprocity(g)).toBeCloseTo(2 / 3, 12);
    // a: in + out = 3, one mutual partner: 2/3. b: 2/2. c: 0/1.
    expectClose(byId(g, nodeReciprocity(g) ?? new Float64Array()), { a: 2 / 3, b: 1, c: 0 });
    expect(reciprocity(star(false))).toBeNull();
  });
});

describe('core number', () => {
  it('a triangle with a tail: the triangle is the 2-core', () => {
    const g = buildGraph(parseEdges('a-b b-c c-a c-d d-e'), { directed: false });
    expect(byId(g, coreNumber(g))).toEqual({ a: 2, b: 2, c: 2, d: 1, e: 1 });
  });
});

describe('closeness and harmonic in a directed graph use incoming distances', () => {
  it('a -> b -> c', () => {
    const g = buildGraph(parseEdges('a>b b>c'), { directed: true });
    // c is reached by b (1) and a (2): r = 2, total 3: (2/3) × (2/2). b by a only: (1/1) × (1/2).
    expectClose(byId(g, closenessCentrality(g)), { a: 0, b: 0.5, c: 2 / 3 });
    expectClose(byId(g, harmonicCentrality(g)), { a: 0, b: 1, c: 1.5 });
    expectClose(byId(g, harmonicCentrality(g, 'none', true)), { a: 0, b: 0.5, c: 0.75 });
  });
});

describe('paths', () => {
  it('weighted diameter and average path length over the largest component', () => {
    const g = buildGraph(
      {
        nodes: ['a', 'b', 'c', 'x', 'y'].map((id) => ({ id })),
        edges: [
          { source: 'a', target: 'b', weight: 2 },
          { source: 'b', target: 'c', weight: 3 },
          { source: 'x', target: 'y', weight: 1 },
        ],
      },
      { directed: false },
    );
    // Distances a-b 2, b-c 3, a-c 5: mean over ordered pairs (2+3+5)×2 / 6.
    expect(pathSummary(g, 'distance')).toEqual({
      componentSize: 3,
      componentShare: 0.6,
      diameter: 5,
      averageShortestPathLength: 10 / 3,
    });
    expect(pathSummary(g).diameter).toBe(2);
  });
});

describe('power iterations', () => {
  it('report non-convergence instead of throwing', () => {
    const g = buildGraph(KITE, { directed: false });
    expect(eigenvectorCentrality(g, { maxIter: 2 }).converged).toBe(false);
    expect(pageRank(g, { maxIter: 2 }).converged).toBe(false);
  });

  it('PageRank spreads the rank of dangling nodes uniformly and sums to 1', () => {
    // a -> b, b dangling: a = 0.15/2 + 0.85 × b/2 and a + b = 1, so a = 0.5/1.425.
    // networkx.pagerank gives a = 0.35087719..., b = 0.64912280...
    const g = buildGraph(parseEdges('a>b'), { directed: true });
    const pr = pageRank(g, { tol: 1e-12, maxIter: 1000 });
    expect(pr.values[0]).toBeCloseTo(0.5 / 1.425, 9);
    expect(pr.values[1]).toBeCloseTo(1 - 0.5 / 1.425, 9);
  });
});

describe('attribute assortativity', () => {
  it('+1 when ties never cross categories, by group or by a named attribute', () => {
    const input = {
      nodes: [
        { id: 'a', group: 'X', attrs: { level: 1 } },
        { id: 'b', group: 'X', attrs: { level: 2 } },
        { id: 'c', group: 'Y', attrs: { level: 1 } },
        { id: 'd', group: 'Y', attrs: { level: 2 } },
      ],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'c', target: 'd' },
      ],
    };
    const g = buildGraph(input, { directed: false });
    expect(attributeAssortativity(g)).toBeCloseTo(1, 12);
    // By level every tie crosses (1-2): perfectly disassortative for two balanced categories.
    expect(attributeAssortativity(g, 'level')).toBeCloseTo(-1, 12);
  });
});
