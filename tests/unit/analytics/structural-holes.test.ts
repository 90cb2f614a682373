import { buildGraph, structuralHoles } from '../../../api/analytics/metrics';
import { BURT_DIRECTED_EXPECTED, BURT_UNDIRECTED_EXPECTED } from './fixtures/networkx-expected';
import { BURT_DIRECTED, BURT_UNDIRECTED } from './fixtures/reference-graphs';
import { byId, expectNodeValues } from './helpers';

describe('structural holes on the networkx test fixtures', () => {
  it('directed D: constraint 1.003 / 1.003 / 1.389 and effective size 1.167 / 1.167 / 1', () => {
    const g = buildGraph(BURT_DIRECTED, { directed: true });
    const h = structuralHoles(g);
    expect(Array.from(h.constraint, (x) => +x.toFixed(3))).toEqual([1.003, 1.003, 1.389]);
    expect(Array.from(h.effectiveSize, (x) => +x.toFixed(3))).toEqual([1.167, 1.167, 1]);
    expectNodeValues(g, h.constraint, BURT_DIRECTED_EXPECTED.constraint);
    expectNodeValues(g, h.effectiveSize, BURT_DIRECTED_EXPECTED.effectiveSize);
  });

  it('directed D, weighted: constraint 0.840 / 1.143 / 1.378, effective size 1.567 / 1.083 / 1', () => {
    const g = buildGraph(BURT_DIRECTED, { directed: true });
    const h = structuralHoles(g, { weighted: true });
    expect(Array.from(h.constraint, (x) => +x.toFixed(3))).toEqual([0.84, 1.143, 1.378]);
    expect(Array.from(h.effectiveSize, (x) => +x.toFixed(3))).toEqual([1.567, 1.083, 1]);
    expectNodeValues(g, h.constraint, BURT_DIRECTED_EXPECTED.constraintWeighted);
    expectNodeValues(g, h.effectiveSize, BURT_DIRECTED_EXPECTED.effectiveSizeWeighted);
  });

  it('undirected G, weighted, all nodes', () => {
    const g = buildGraph(BURT_UNDIRECTED, { directed: false });
    const h = structuralHoles(g, { weighted: true });
    expectNodeValues(g, h.constraint, BURT_UNDIRECTED_EXPECTED.weighted.constraint);
    expectNodeValues(g, h.effectiveSize, BURT_UNDIRECTED_EXPECTED.weighted.effectiveSize);
  });

  it('an isolated actor has undefined (NaN) constraint and effective size, as networkx', () => {
    const input = { ...BURT_UNDIRECTED, nodes: [...BURT_UNDIRECTED.nodes, { id: 'Z' }] };
    const g = buildGraph(input, { directed: false });
    const h = structuralHoles(g);
    expect(byId(g, h.constraint).Z).toBeNaN();
    expect(byId(g, h.effectiveSize).Z).toBeNaN();
    expectNodeValues(g, h.constraint, BURT_UNDIRECTED_EXPECTED.isolateConstraint);
    expectNodeValues(g, h.effectiveSize, BURT_UNDIRECTED_EXPECTED.isolateEffectiveSize);
  });

  it('a self-loop alone does not give an actor ties (dropped at build time)', () => {
    const g = buildGraph(
      { nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'a', weight: 10 }] },
      { directed: false },
    );
    expect(structuralHoles(g).constraint[0]).toBeNaN();
    expect(structuralHoles(g).effectiveSize[0]).toBeNaN();
  });

  it('a broker between two disconnected contacts has constraint 0.5 and effective size 2', () => {
    // a - b - c: p = 1/2 to each contact, no indirect investment: 2 × (1/2)² = 0.5.
    const g = buildGraph(
      {
        nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'b', target: 'c' },
        ],
      },
      { directed: false },
    );
    const h = structuralHoles(g);
    expect(h.constraint[1]).toBeCloseTo(0.5, 12);
    expect(h.effectiveSize[1]).toBeCloseTo(2, 12);
  });
});
