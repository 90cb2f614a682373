import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';

import {
  buildGraph,
  louvainCommunities,
  modularity,
  mulberry32,
} from '../../../api/analytics/metrics';
import { DIRECTED_EXPECTED, KARATE_EXPECTED } from './fixtures/networkx-expected';
import { DIRECTED, KARATE } from './fixtures/reference-graphs';

describe('Louvain communities', () => {
  const g = buildGraph(KARATE, { directed: false });

  it('is deterministic for a seed', () => {
    const a = louvainCommunities(g, { seed: 7 });
    const b = louvainCommunities(g, { seed: 7 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  });

  it('finds a strong split of the karate club (best known modularity 0.4198)', () => {
    const c = louvainCommunities(g);
    expect(c.count).toBeGreaterThanOrEqual(3);
    expect(c.modularity).toBeGreaterThan(0.41);
    expect(c.modularity).toBeLessThanOrEqual(0.4198 + 1e-4);
    // Labels are numbered by size, largest first.
    const sizes = Array.from({ length: c.count }, (_, k) => c.labels.filter((x) => x === k).length);
    expect([...sizes].sort((x, y) => y - x)).toEqual(sizes);
  });

  it("reports the same modularity as graphology's own bookkeeping for that partition", () => {
    const gg = new UndirectedGraph();
    g.ids.forEach((_, v) => gg.addNode(String(v)));
    for (let e = 0; e < g.m; e++) gg.addEdge(String(g.edgeSource[e]), String(g.edgeTarget[e]));
    const detailed = louvain.detailed(gg, { getEdgeWeight: null, rng: mulberry32(1) });
    expect(louvainCommunities(g, { seed: 1 }).modularity).toBeCloseTo(detailed.modularity, 9);
  });
});

describe('modularity matches networkx', () => {
  it('karate club split by club, unweighted and weighted', () => {
    const g = buildGraph(KARATE, { directed: false });
    const labels = g.groups.map((c) => (c === 'Mr. Hi' ? 0 : 1));
    expect(modularity(g, labels)).toBeCloseTo(KARATE_EXPECTED.clubModularity, 6);
    expect(modularity(g, labels, { weighted: true })).toBeCloseTo(
      KARATE_EXPECTED.clubModularityWeighted,
      6,
    );
  });

  it('directed formula on the random digraph, partition {0-4}, {5-9}, {10-14}', () => {
    const g = buildGraph(DIRECTED, { directed: true });
    const labels = g.ids.map((id) => Math.floor(Number(id) / 5));
    expect(modularity(g, labels)).toBeCloseTo(DIRECTED_EXPECTED.modularity, 6);
    expect(modularity(g, labels, { weighted: true })).toBeCloseTo(
      DIRECTED_EXPECTED.modularityWeighted,
      6,
    );
  });
});
