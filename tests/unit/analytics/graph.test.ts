import {
  buildGraph,
  GraphInputError,
  hasEdge,
  nodeIndex,
  undirectedProjection,
  type Graph,
} from '../../../api/analytics/metrics';
import { parseEdges, randomGraph } from './helpers';

function arcs(g: Graph, which: 'outAdj' | 'inAdj' = 'outAdj'): string[] {
  const adj = g[which];
  const out: string[] = [];
  for (let u = 0; u < g.n; u++) {
    for (let i = adj.offsets[u]; i < adj.offsets[u + 1]; i++) {
      out.push(
        `${g.ids[u]}${which === 'outAdj' ? '>' : '<'}${g.ids[adj.targets[i]]}:${adj.weights[i]}`,
      );
    }
  }
  return out;
}

describe('buildGraph', () => {
  const nodes = ['a', 'b', 'c'].map((id) => ({ id }));

  it('merges parallel ties by summing weights and drops self-loops', () => {
    const g = buildGraph(
      {
        nodes,
        edges: [
          { source: 'a', target: 'b', weight: 2 },
          { source: 'b', target: 'a', weight: 3 },
          { source: 'a', target: 'b' },
          { source: 'c', target: 'c' },
        ],
      },
      { directed: false },
    );
    expect(g.m).toBe(1);
    expect(arcs(g)).toEqual(['a>b:6', 'b>a:6']);
    expect(Array.from(g.edgeWeight)).toEqual([6]);
    expect(g.stats).toEqual({ inputEdges: 4, selfLoopsDropped: 1, parallelMerged: 2 });
  });

  it('keeps opposite arcs apart in a directed graph, merging only same-direction copies', () => {
    const g = buildGraph(
      {
        nodes,
        edges: [
          { source: 'a', target: 'b', weight: 2 },
          { source: 'b', target: 'a', weight: 3 },
          { source: 'a', target: 'b', weight: 1 },
        ],
      },
      { directed: true },
    );
    expect(g.m).toBe(2);
    expect(arcs(g)).toEqual(['a>b:3', 'b>a:3']);
    expect(arcs(g, 'inAdj')).toEqual(['a<b:3', 'b<a:3']);
    expect(g.stats.parallelMerged).toBe(1);
  });

  it('adds an undirected tie in a directed graph in both directions', () => {
    const g = buildGraph(
      { nodes, edges: [{ source: 'a', target: 'c', directed: false, weight: 4 }] },
      { directed: true },
    );
    expect(arcs(g)).toEqual(['a>c:4', 'c>a:4']);
  });

  it('sorts rows, transposes correctly and gives each slot its merged edge id', () => {
    for (const directed of [true, false]) {
      const g = randomGraph(80, 400, 3, directed, { maxWeight: 5 });
      for (let u = 0; u < g.n; u++) {
        const { offsets, targets, weights, edgeIds } = g.outAdj;
        for (let i = offsets[u]; i < offsets[u + 1]; i++) {
          if (i > offsets[u]) expect(targets[i]).toBeGreaterThan(targets[i - 1]);
          const e = edgeIds[i];
          const ends = [g.edgeSource[e], g.edgeTarget[e]];
          expect(directed ? ends : ends.sort((x, y) => x - y)).toEqual(
            directed ? [u, targets[i]] : [Math.min(u, targets[i]), Math.max(u, targets[i])],
          );
          expect(g.edgeWeight[e]).toBe(weights[i]);
          // The reverse row holds the same tie.
          expect(hasEdge({ ...g, outAdj: g.inAdj }, targets[i], u)).toBe(true);
        }
      }
      expect(g.outAdj.targets.length).toBe(directed ? g.m : 2 * g.m);
    }
  });

  it('rejects unknown nodes, duplicate ids and weights that are not positive and finite', () => {
    const bad = (edge: { source: string; target: string; weight?: number }) => () =>
      buildGraph({ nodes, edges: [edge] }, { directed: false });
    expect(bad({ source: 'a', target: 'z' })).toThrow(GraphInputError);
    for (const weight of [0, -1, NaN, Infinity]) {
      expect(bad({ source: 'a', target: 'b', weight })).toThrow(/weight/);
    }
    expect(() =>
      buildGraph({ nodes: [{ id: 'a' }, { id: 'a' }], edges: [] }, { directed: false }),
    ).toThrow(/duplicate/);
    const g = buildGraph({ nodes, edges: [] }, { directed: false });
    expect(() => nodeIndex(g, 'nope')).toThrow(GraphInputError);
  });
});

describe('undirectedProjection', () => {
  const g = buildGraph(
    {
      nodes: ['a', 'b', 'c'].map((id) => ({ id })),
      edges: [
        { source: 'a', target: 'b', weight: 2 },
        { source: 'b', target: 'a', weight: 3 },
        { source: 'b', target: 'c', weight: 5 },
      ],
    },
    { directed: true },
  );

  it("'sum' adds the weights of both directions; 'count' counts arcs", () => {
    const sum = undirectedProjection(g, 'sum');
    expect([sum.directed, sum.m]).toEqual([false, 2]);
    expect(Array.from(sum.edgeWeight)).toEqual([5, 5]);
    expect(Array.from(undirectedProjection(g, 'count').edgeWeight)).toEqual([2, 1]);
  });

  it('is cached per graph and is the identity for undirected graphs', () => {
    expect(undirectedProjection(g)).toBe(undirectedProjection(g));
    const u = buildGraph(parseEdges('a-b'), { directed: false });
    expect(undirectedProjection(u)).toBe(u);
    expect(Array.from(undirectedProjection(u, 'count').edgeWeight)).toEqual([1]);
  });
});
