// E-I index and mixing matrices on a small hand-checked care network: district nursing (DN),
// home care (HC), commissioning (CM), and one actor x with no recorded group.
import { buildGraph, eiIndex, mixingMatrix } from '../../../api/analytics/metrics';
import { byId, parseEdges } from './helpers';

const GROUPS = { d1: 'DN', d2: 'DN', d3: 'DN', h1: 'HC', h2: 'HC', c1: 'CM' };
const TIES = 'd1-d2 d2-d3 d1-h1 d3-h2 h1-h2 h2-c1 c1-x';

describe('Krackhardt-Stern E-I index', () => {
  // Grouped ties (c1-x left out): internal d1-d2, d2-d3, h1-h2 (I = 3);
  // external d1-h1, d3-h2, h2-c1 (E = 3). Network E-I = 0.
  const g = buildGraph(parseEdges(TIES, GROUPS), { directed: false });
  const ei = eiIndex(g);

  it('whole network, with the baseline group sizes alone would give', () => {
    // Sizes 3, 2, 1: possible internal pairs 3 + 1 + 0 = 4, external (6² − 14)/2 = 11,
    // baseline (11 − 4)/15 = 7/15.
    expect(ei.network).toEqual({ external: 3, internal: 3, index: 0, baseline: 7 / 15 });
  });

  it('per group', () => {
    // CM: E 1 (h2-c1), I 0 -> 1. DN: E 2, I 2 -> 0. HC: E 3 (d1-h1, d3-h2, h2-c1), I 1 -> 0.5.
    expect(ei.groups).toEqual([
      { group: 'CM', size: 1, external: 1, internal: 0, index: 1 },
      { group: 'DN', size: 3, external: 2, internal: 2, index: 0 },
      { group: 'HC', size: 2, external: 3, internal: 1, index: 0.5 },
    ]);
  });

  it('per actor; ungrouped actors are undefined', () => {
    // d1: E h1, I d2 -> 0. d2: I d1, d3 -> -1. h2: E d3, c1; I h1 -> 1/3. c1: E h2 -> 1.
    expect(byId(g, ei.nodeIndex)).toEqual({
      d1: 0,
      d2: -1,
      d3: 0,
      h1: 0,
      h2: 1 / 3,
      c1: 1,
      x: NaN,
    });
  });

  it('weighted: sums tie weights instead of counting ties', () => {
    const input = parseEdges(TIES, GROUPS);
    const weighted = {
      ...input,
      edges: input.edges.map((e) =>
        e.source === 'd1' && e.target === 'h1' ? { ...e, weight: 3 } : e,
      ),
    };
    const gw = buildGraph(weighted, { directed: false });
    // E = 3 + 1 + 1 = 5, I = 3: (5 − 3)/8.
    expect(eiIndex(gw, { weighted: true }).network.index).toBeCloseTo(0.25, 12);
    expect(eiIndex(gw).network.index).toBe(0);
  });

  it('directed input: a pair tied both ways is one tie', () => {
    const gd = buildGraph(parseEdges('d1>d2 d2>d1 d1>h1', GROUPS), { directed: true });
    expect(eiIndex(gd).network).toMatchObject({ external: 1, internal: 1, index: 0 });
    // Weighted, the two arcs add up: I = 2, E = 1.
    expect(eiIndex(gd, { weighted: true }).network).toMatchObject({ external: 1, internal: 2 });
  });

  it('no grouped ties gives null, not NaN', () => {
    const empty = buildGraph(parseEdges('a-b'), { directed: false });
    expect(eiIndex(empty).network.index).toBeNull();
  });
});

describe('group mixing matrix', () => {
  it('undirected: symmetric counts, block densities by possible pairs', () => {
    const g = buildGraph(parseEdges(TIES, GROUPS), { directed: false });
    const mix = mixingMatrix(g);
    expect(mix.groups).toEqual(['CM', 'DN', 'HC']);
    expect(mix.sizes).toEqual([1, 3, 2]);
    expect(mix.counts).toEqual([
      [0, 0, 1],
      [0, 2, 2],
      [1, 2, 1],
    ]);
    // Possible pairs: CM-CM none; CM-DN 3; CM-HC 2; DN-DN 3; DN-HC 6; HC-HC 1.
    expect(mix.density).toEqual([
      [null, 0, 0.5],
      [0, 2 / 3, 2 / 6],
      [0.5, 2 / 6, 1],
    ]);
    expect([mix.ungroupedNodes, mix.ungroupedTies]).toEqual([1, 1]);
  });

  it('directed: row sends to column; inside a group n(n-1) ordered pairs', () => {
    const g = buildGraph(parseEdges('d1>d2 d2>d1 d1>h1 h2>d3 c1>h2', GROUPS), {
      directed: true,
    });
    const mix = mixingMatrix(g);
    expect(mix.counts).toEqual([
      [0, 0, 1],
      [0, 2, 1],
      [0, 1, 0],
    ]);
    expect(mix.density).toEqual([
      [null, 0, 0.5],
      [0, 2 / 6, 1 / 6],
      [0, 1 / 6, 0],
    ]);
  });

  it('summed weights, with parallel ties merged first', () => {
    const g = buildGraph(
      {
        nodes: [
          { id: 'd1', group: 'DN' },
          { id: 'h1', group: 'HC' },
        ],
        edges: [
          { source: 'd1', target: 'h1', weight: 2 },
          { source: 'h1', target: 'd1', weight: 0.5 },
        ],
      },
      { directed: false },
    );
    const mix = mixingMatrix(g);
    expect(mix.counts).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(mix.weights).toEqual([
      [0, 2.5],
      [2.5, 0],
    ]);
  });
});
