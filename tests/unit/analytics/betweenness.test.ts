import {
  betweennessContribution,
  betweennessCentrality,
  buildGraph,
  edgeBetweennessCentrality,
  normaliseBetweenness,
  normaliseEdgeBetweenness,
  pathSummary,
  splitSources,
  sumContributions,
  type Graph,
  type PathWeighting,
} from '../../../api/analytics/metrics';
import { KARATE } from './fixtures/reference-graphs';
import { byId, expectClose, parseEdges, randomGraph } from './helpers';

describe('directed versus undirected betweenness', () => {
  it('a -> b -> c: b carries the one ordered pair (a, c) of (n-1)(n-2) = 2', () => {
    const g = buildGraph(parseEdges('a>b b>c'), { directed: true });
    expectClose(byId(g, betweennessCentrality(g)), { a: 0, b: 0.5, c: 0 });
    expectClose(byId(g, betweennessCentrality(g, { normalized: false })), { a: 0, b: 1, c: 0 });
  });

  it('a - b - c: b carries the one unordered pair {a, c} of (n-1)(n-2)/2 = 1', () => {
    const g = buildGraph(parseEdges('a-b b-c'), { directed: false });
    expectClose(byId(g, betweennessCentrality(g)), { a: 0, b: 1, c: 0 });
    expectClose(byId(g, betweennessCentrality(g, { normalized: false })), { a: 0, b: 1, c: 0 });
  });

  it('the same ties read as directed lose the paths that run against them', () => {
    // a -> b -> c, d -> b: directed, b brokers (a, c) and (d, c) only.
    const input = parseEdges('a>b b>c d>b');
    const directed = buildGraph(input, { directed: true });
    const undirected = buildGraph(input, { directed: false });
    expect(byId(directed, betweennessCentrality(directed, { normalized: false })).b).toBe(2);
    // Undirected, b is on every path between a, c and d: 3 unordered pairs.
    expect(byId(undirected, betweennessCentrality(undirected, { normalized: false })).b).toBe(3);
  });

  it('an undirected tie in a directed graph is followed both ways', () => {
    const g = buildGraph(
      {
        nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
        edges: [
          { source: 'a', target: 'b', directed: false },
          { source: 'b', target: 'c', directed: false },
        ],
      },
      { directed: true },
    );
    // Both ordered pairs (a, c) and (c, a) pass through b: 2 / ((n-1)(n-2)) = 1.
    expect(byId(g, betweennessCentrality(g)).b).toBe(1);
  });
});

describe('weighted betweenness', () => {
  // Square a-b-c-d-a with one long side c-d (length 5 when weight is distance).
  const input = {
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    edges: [
      { source: 'a', target: 'b', weight: 1 },
      { source: 'b', target: 'c', weight: 1 },
      { source: 'c', target: 'd', weight: 5 },
      { source: 'd', target: 'a', weight: 1 },
    ],
  };
  const g = buildGraph(input, { directed: false });

  it('unweighted: opposite corners split their two paths', () => {
    expectClose(byId(g, betweennessCentrality(g, { normalized: false })), {
      a: 0.5,
      b: 0.5,
      c: 0.5,
      d: 0.5,
    });
  });

  it('weight as distance: the long side is avoided', () => {
    // a..c via b (2 < 6); b..d via a (2 < 6); c..d via b, a (3 < 5).
    expectClose(byId(g, betweennessCentrality(g, { weighting: 'distance', normalized: false })), {
      a: 2,
      b: 2,
      c: 0,
      d: 0,
    });
  });

  it('1/weight as distance: the strong side is preferred', () => {
    // Lengths: c-d 0.2, others 1. a..c via d (1.2 < 2); b..d via c (1.2 < 2); the rest direct.
    expectClose(byId(g, betweennessCentrality(g, { weighting: 'inverse', normalized: false })), {
      a: 0,
      b: 0,
      c: 1,
      d: 1,
    });
  });

  it('float rounding does not split tied paths (0.1 + 0.2 vs 0.15 + 0.15)', () => {
    const tied = buildGraph(
      {
        nodes: ['s', 'x', 'y', 't'].map((id) => ({ id })),
        edges: [
          { source: 's', target: 'x', weight: 0.1 },
          { source: 'x', target: 't', weight: 0.2 },
          { source: 's', target: 'y', weight: 0.15 },
          { source: 'y', target: 't', weight: 0.15 },
        ],
      },
      { directed: false },
    );
    expect(0.1 + 0.2).not.toBe(0.15 + 0.15);
    const b = byId(tied, betweennessCentrality(tied, { weighting: 'distance', normalized: false }));
    expect(b.x).toBeCloseTo(0.5, 12);
    expect(b.y).toBeCloseTo(0.5, 12);
  });
});

describe('splitting sources across workers', () => {
  const variants: [string, boolean, PathWeighting][] = [
    ['undirected, unweighted', false, 'none'],
    ['directed, unweighted', true, 'none'],
    ['undirected, weight as distance', false, 'distance'],
    ['directed, 1/weight as distance', true, 'inverse'],
  ];

  it.each(variants)('%s: the parts add up to the full result', (_name, directed, weighting) => {
    const g = randomGraph(300, 1200, 42, directed, { maxWeight: 4 });
    const full = betweennessContribution(g, allSources(g), { weighting, edges: true });
    const parts = splitSources(g.n, 3).map((sources) =>
      betweennessContribution(g, sources, { weighting, edges: true }),
    );
    const node = sumContributions(
      parts.map((p) => p.node),
      g.n,
    );
    const edge = sumContributions(
      parts.map((p) => p.edge ?? new Float64Array(g.m)),
      g.m,
    );
    expectArraysClose(normaliseBetweenness(g, node), betweennessCentrality(g, { weighting }));
    expectArraysClose(edge, full.edge ?? new Float64Array(0));
    expectArraysClose(
      normaliseEdgeBetweenness(g, edge),
      edgeBetweennessCentrality(g, { weighting }),
    );
  });

  it('splitSources covers every node exactly once', () => {
    const parts = splitSources(10, 3);
    expect(parts.map((p) => Array.from(p))).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
    expect(splitSources(2, 8)).toHaveLength(2);
  });
});

describe('invariants and edge cases', () => {
  it('raw undirected edge betweenness sums to the total distance over pairs', () => {
    // Every pair spreads one unit of flow along each of the d(s, t) steps of its paths.
    const g = buildGraph(KARATE, { directed: false });
    const raw = edgeBetweennessCentrality(g, { normalized: false });
    const total = raw.reduce((s, x) => s + x, 0);
    const pairs = (g.n * (g.n - 1)) / 2;
    expect(total).toBeCloseTo(pathSummary(g).averageShortestPathLength * pairs, 9);
  });

  it('tiny and empty graphs give zeros, never NaN', () => {
    for (const n of [0, 1, 2]) {
      const ids = ['a', 'b'].slice(0, n);
      const edges = n === 2 ? [{ source: 'a', target: 'b' }] : [];
      const g = buildGraph({ nodes: ids.map((id) => ({ id })), edges }, { directed: false });
      expect(Array.from(betweennessCentrality(g))).toEqual(new Array(n).fill(0));
    }
  });

  it('isolated nodes score 0 and do not disturb the others', () => {
    const g = buildGraph(parseEdges('a-b b-c'), { directed: false });
    const withIsolate = buildGraph(
      { ...parseEdges('a-b b-c'), nodes: [...parseEdges('a-b b-c').nodes, { id: 'z' }] },
      { directed: false },
    );
    const raw = byId(withIsolate, betweennessCentrality(withIsolate, { normalized: false }));
    expect(raw).toEqual({ ...byId(g, betweennessCentrality(g, { normalized: false })), z: 0 });
  });
});

function allSources(g: Graph): Int32Array {
  return Int32Array.from({ length: g.n }, (_, i) => i);
}

function expectArraysClose(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  }
  expect(worst).toBeLessThan(1e-9);
}
