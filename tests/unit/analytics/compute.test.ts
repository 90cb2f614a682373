import {
  betweennessCentrality,
  buildGraph,
  computeNetworkMetrics,
  computeNodeMetrics,
  type MetricConvention,
} from '../../../api/analytics/metrics';
import { DIRECTED_EXPECTED, KARATE_EXPECTED } from './fixtures/networkx-expected';
import { BURT_UNDIRECTED, DIRECTED, KARATE } from './fixtures/reference-graphs';
import { expectClose } from './helpers';

function expectWellFormed(c: MetricConvention): void {
  expect(c.metric).toMatch(/^[a-zA-Z.]+$/);
  expect(['node', 'edge', 'pair', 'group', 'network']).toContain(c.scope);
  expect(typeof c.directed).toBe('boolean');
  expect([null, 'strength', 'distance', 'inverse-distance']).toContain(c.weighted);
  for (const text of [c.normalisation, c.reference, c.description]) {
    expect(text.length).toBeGreaterThan(3);
  }
}

describe('computeNodeMetrics', () => {
  const g = buildGraph(KARATE, { directed: false });
  const result = computeNodeMetrics(g);

  it('is plain JSON: survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.nodeIds).toEqual(g.ids);
  });

  it('gives every column one value per node and its own convention', () => {
    for (const [key, column] of Object.entries(result.values)) {
      expect(column).toHaveLength(g.n);
      expect(result.conventions[key].metric).toBe(key);
      expectWellFormed(result.conventions[key]);
    }
    expect(Object.keys(result.values)).toEqual(
      expect.arrayContaining([
        'degree',
        'betweenness',
        'closeness',
        'harmonic',
        'eigenvector',
        'pagerank',
        'constraint',
        'effectiveSize',
        'brokerage.gatekeeper',
        'nodeEiIndex',
        'fragility.lostPairs',
        'louvainCommunities',
      ]),
    );
    expect(result.notConverged).toEqual([]);
  });

  it('values are the same as the individual functions give', () => {
    const byId = (col: (number | null)[]) =>
      Object.fromEntries(g.ids.map((id, i) => [id, col[i] ?? NaN]));
    expectClose(byId(result.values.betweenness), KARATE_EXPECTED.betweenness);
    expectClose(byId(result.values.constraint), KARATE_EXPECTED.constraint);
    expect(result.conventions.betweenness.normalisation).toContain('(n-1)(n-2)/2');
  });

  it('undefined values become null (an isolate has no constraint)', () => {
    const input = { ...BURT_UNDIRECTED, nodes: [...BURT_UNDIRECTED.nodes, { id: 'Z' }] };
    const h = buildGraph(input, { directed: false });
    const r = computeNodeMetrics(h, { includePathMetrics: false });
    expect(r.values.constraint[h.n - 1]).toBeNull();
    expect(r.values.betweenness).toBeUndefined();
  });

  it('reuses a betweenness computed elsewhere (e.g. summed over workers)', () => {
    const fake = new Float64Array(g.n).fill(0.25);
    expect(computeNodeMetrics(g, { betweenness: fake }).values.betweenness[0]).toBe(0.25);
  });

  it('directed graphs add in/out columns and reciprocity; weighted options change conventions', () => {
    const d = buildGraph(DIRECTED, { directed: true });
    const r = computeNodeMetrics(d, { pathWeighting: 'inverse', strengthWeighted: true });
    expect(Object.keys(r.values)).toEqual(
      expect.arrayContaining(['inDegree', 'outDegreeCentrality', 'inStrength', 'nodeReciprocity']),
    );
    expect(r.conventions.betweenness.weighted).toBe('inverse-distance');
    expect(r.conventions.pagerank.weighted).toBe('strength');
    expect(r.conventions.constraint.directed).toBe(false);
    const byId = (col: (number | null)[]) =>
      Object.fromEntries(d.ids.map((id, i) => [id, col[i] ?? NaN]));
    expectClose(byId(r.values.betweenness), DIRECTED_EXPECTED.weighted.betweennessInverse);
  });
});

describe('computeNetworkMetrics', () => {
  it('summarises a directed network with conventions, group tables and cut structure', () => {
    const g = buildGraph(DIRECTED, { directed: true });
    const r = computeNetworkMetrics(g);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.values.density).toBeCloseTo(DIRECTED_EXPECTED.density, 6);
    expect(r.values.reciprocity).toBeCloseTo(DIRECTED_EXPECTED.reciprocity ?? NaN, 6);
    expect(r.values.weaklyConnectedComponents).toBe(DIRECTED_EXPECTED.weaklyConnectedComponents);
    expect(r.values.stronglyConnectedComponents).toBe(
      DIRECTED_EXPECTED.stronglyConnectedComponents,
    );
    expect(r.values.diameter).toBe(DIRECTED_EXPECTED.diameter);
    expect(r.values.transitivity).toBeCloseTo(DIRECTED_EXPECTED.transitivity, 6);
    expect(r.structure.isolates).toEqual(DIRECTED_EXPECTED.isolates);
    expect([...r.structure.articulationPoints].sort()).toEqual(
      DIRECTED_EXPECTED.articulationPoints,
    );
    // No groups in this fixture: group metrics are undefined, reported as null.
    expect(r.values.eiIndex).toBeNull();
    expect(r.values.attributeAssortativity).toBeNull();
    const tables = [
      'groupEiIndex',
      'mixing.counts',
      'mixing.weights',
      'mixing.density',
      'isolates',
      'articulationPoints',
      'bridges',
    ];
    for (const key of Object.keys(r.values)) expect(r.conventions).toHaveProperty([key]);
    for (const [key, c] of Object.entries(r.conventions)) {
      if (!tables.includes(key)) expect(r.values).toHaveProperty([key]);
      expect(c.metric).toBe(key);
      expectWellFormed(c);
    }
    expect(Object.keys(r.conventions)).toEqual(expect.arrayContaining(tables));
  });

  it('reports group tables for the karate club split', () => {
    const g = buildGraph(KARATE, { directed: false });
    const r = computeNetworkMetrics(g);
    expect(r.groups.mixing.groups).toEqual(['Mr. Hi', 'Officer']);
    expect(r.groups.ei.map((x) => x.size)).toEqual([17, 17]);
    expect(r.values.attributeAssortativity).toBeCloseTo(KARATE_EXPECTED.clubAssortativity, 6);
    expect(r.values.modularity).toBeGreaterThan(0.41);
    expect(r.values.betweennessCentralisation).toBeCloseTo(
      (() => {
        const b = betweennessCentrality(g);
        const max = Math.max(...b);
        return b.reduce((s, x) => s + (max - x), 0) / (g.n - 1);
      })(),
      12,
    );
  });
});

describe('degenerate graphs', () => {
  it.each([
    ['empty', { nodes: [], edges: [] }, false],
    ['one node', { nodes: [{ id: 'a' }], edges: [] }, false],
    ['two isolates, directed', { nodes: [{ id: 'a' }, { id: 'b', group: 'x' }], edges: [] }, true],
    ['one arc', { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b' }] }, true],
  ])('%s: no throw, no NaN in the output', (_name, input, directed) => {
    const g = buildGraph(input, { directed });
    const nodes = computeNodeMetrics(g);
    const network = computeNetworkMetrics(g);
    const values = [...Object.values(nodes.values).flat(), ...Object.values(network.values)];
    for (const x of values) expect(x === null || Number.isFinite(x)).toBe(true);
  });

  it('a single arc: eigenvector centrality does not converge and says so (networkx raises)', () => {
    const g = buildGraph(
      { nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b' }] },
      { directed: true },
    );
    const r = computeNodeMetrics(g);
    expect(r.notConverged).toEqual(['eigenvector']);
    expect(r.values.eigenvector).toEqual([null, null]);
  });
});
