// Values published in the literature (and quoted in networkx's docs and tests), checked at the
// precision they were published with, plus the exact networkx value to 1e-6.
import {
  attributeAssortativity,
  betweennessCentrality,
  buildGraph,
  closenessCentrality,
  clustering,
  degreeAssortativity,
  modularity,
  nodeIndex,
  structuralHoles,
} from '../../../api/analytics/metrics';
import {
  BURT_UNDIRECTED_EXPECTED,
  FLORENTINE_EXPECTED,
  KARATE_EXPECTED,
  KITE_EXPECTED,
} from './fixtures/networkx-expected';
import { BURT_UNDIRECTED, FLORENTINE, KARATE, KITE } from './fixtures/reference-graphs';
import { byId } from './helpers';

describe("Krackhardt's kite", () => {
  const g = buildGraph(KITE, { directed: false });

  it('Heather (node 7) is the top broker and Diane (3) the most central by degree', () => {
    const b = betweennessCentrality(g);
    // networkx docs: Heather 0.389 (= 14 of 36 pairs of others), Fernando and Garth 0.231.
    expect(b[nodeIndex(g, '7')]).toBeCloseTo(0.389, 3);
    expect(b[nodeIndex(g, '5')]).toBeCloseTo(0.231, 3);
    expect(b[nodeIndex(g, '7')]).toBeCloseTo(KITE_EXPECTED.betweenness['7'], 6);
  });

  it('Fernando and Garth are the closest (0.643)', () => {
    const c = closenessCentrality(g);
    expect(c[nodeIndex(g, '5')]).toBeCloseTo(0.643, 3);
    expect(c[nodeIndex(g, '6')]).toBeCloseTo(KITE_EXPECTED.closeness['6'], 6);
  });
});

describe("Padgett's Florentine families (15 nodes, Pucci excluded)", () => {
  const g = buildGraph(FLORENTINE, { directed: false });

  it('has 15 families and 20 marriage ties', () => {
    expect([g.n, g.m]).toEqual([15, 20]);
    expect(g.index.has('Pucci')).toBe(false);
  });

  it('Medici: normalised betweenness 0.522 and closeness 0.560', () => {
    const medici = nodeIndex(g, 'Medici');
    expect(betweennessCentrality(g)[medici]).toBeCloseTo(0.522, 3);
    expect(closenessCentrality(g)[medici]).toBeCloseTo(0.56, 3);
    expect(betweennessCentrality(g)[medici]).toBeCloseTo(FLORENTINE_EXPECTED.betweenness.Medici, 6);
    expect(closenessCentrality(g)[medici]).toBeCloseTo(FLORENTINE_EXPECTED.closeness.Medici, 6);
  });
});

describe("Zachary's karate club", () => {
  const g = buildGraph(KARATE, { directed: false });

  it('has 34 members, 78 ties and 45 triangles', () => {
    expect([g.n, g.m]).toEqual([34, 78]);
    expect(clustering(g).totalTriangles).toBe(45);
  });

  it('transitivity 0.2557 and degree assortativity -0.4756', () => {
    expect(clustering(g).transitivity).toBeCloseTo(0.2557, 4);
    expect(clustering(g).transitivity).toBeCloseTo(KARATE_EXPECTED.transitivity, 6);
    expect(degreeAssortativity(g)).toBeCloseTo(-0.4756, 4);
    expect(degreeAssortativity(g)).toBeCloseTo(KARATE_EXPECTED.degreeAssortativity, 6);
  });

  it('club split: assortativity and modularity as networkx', () => {
    expect(attributeAssortativity(g)).toBeCloseTo(KARATE_EXPECTED.clubAssortativity, 6);
    const labels = g.groups.map((c) => (c === 'Mr. Hi' ? 0 : 1));
    expect(modularity(g, labels)).toBeCloseTo(KARATE_EXPECTED.clubModularity, 6);
    expect(modularity(g, labels, { weighted: true })).toBeCloseTo(
      KARATE_EXPECTED.clubModularityWeighted,
      6,
    );
  });
});

describe("Burt's structural-holes example (networkx test_structuralholes.py)", () => {
  const g = buildGraph(BURT_UNDIRECTED, { directed: false });

  it('unweighted: constraint G 0.400, A 0.595, C 1; effective size G 4.67, A 2.50, C 1', () => {
    const { constraint, effectiveSize } = byIdHoles(structuralHoles(g));
    expect(constraint.G).toBeCloseTo(0.4, 3);
    expect(constraint.A).toBeCloseTo(0.595, 3);
    expect(constraint.C).toBeCloseTo(1, 3);
    expect(effectiveSize.G).toBeCloseTo(4.67, 2);
    expect(effectiveSize.A).toBeCloseTo(2.5, 2);
    expect(effectiveSize.C).toBeCloseTo(1, 2);
  });

  it('weighted: constraint G 0.299, A 0.795; effective size G 5.47, A 2.47', () => {
    const { constraint, effectiveSize } = byIdHoles(structuralHoles(g, { weighted: true }));
    expect(constraint.G).toBeCloseTo(0.299, 3);
    expect(constraint.A).toBeCloseTo(0.795, 3);
    expect(constraint.C).toBeCloseTo(1, 3);
    expect(effectiveSize.G).toBeCloseTo(5.47, 2);
    expect(effectiveSize.A).toBeCloseTo(2.47, 2);
    expect(effectiveSize.C).toBeCloseTo(1, 2);
    expect(effectiveSize.G).toBeCloseTo(BURT_UNDIRECTED_EXPECTED.weighted.effectiveSize.G, 6);
  });

  function byIdHoles(h: { constraint: Float64Array; effectiveSize: Float64Array }) {
    return { constraint: byId(g, h.constraint), effectiveSize: byId(g, h.effectiveSize) };
  }
});
