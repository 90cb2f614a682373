import { buildGraph, predictLinks, scorePairs } from '../../../api/analytics/metrics';
import { KARATE_EXPECTED } from './fixtures/networkx-expected';
import { KARATE } from './fixtures/reference-graphs';
import type { EdgeRows } from './fixtures/expected-types';
import { expectClose, parseEdges } from './helpers';

const g = buildGraph(KARATE, { directed: false });

/** networkx rows [u, v, score] keyed as "lo|hi" by node index. */
function keyed(rows: EdgeRows): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [u, v, s] of rows) {
    const [a, b] = [g.index.get(u) ?? -1, g.index.get(v) ?? -1].sort((x, y) => x - y);
    out[`${a}|${b}`] = s;
  }
  return out;
}

describe('link prediction on the karate club matches networkx', () => {
  const all = predictLinks(g, { k: 10_000 });
  const mine = (key: 'commonNeighbours' | 'jaccard' | 'adamicAdar') =>
    Object.fromEntries(all.map((s) => [`${s.source}|${s.target}`, s[key]]));

  it('enumerates exactly the non-adjacent pairs with a common neighbour', () => {
    expect(Object.keys(mine('commonNeighbours')).sort()).toEqual(
      Object.keys(keyed(KARATE_EXPECTED.commonNeighbours)).sort(),
    );
  });

  it('common neighbours, Jaccard and Adamic-Adar for every candidate pair', () => {
    expectClose(mine('commonNeighbours'), keyed(KARATE_EXPECTED.commonNeighbours));
    expectClose(mine('jaccard'), keyed(KARATE_EXPECTED.jaccard));
    expectClose(mine('adamicAdar'), keyed(KARATE_EXPECTED.adamicAdar));
  });

  it('top-k is ranked by the chosen score', () => {
    const best = (rows: EdgeRows) => rows.map((r) => r[2]).sort((a, b) => b - a);
    const top = predictLinks(g, { k: 5, score: 'jaccard' }).map((s) => s.jaccard);
    top.forEach((x, i) => expect(x).toBeCloseTo(best(KARATE_EXPECTED.jaccard)[i], 6));
    const topAA = predictLinks(g, { k: 5 }).map((s) => s.adamicAdar);
    topAA.forEach((x, i) => expect(x).toBeCloseTo(best(KARATE_EXPECTED.adamicAdar)[i], 6));
  });

  it('can be restricted to pairs across groups (here: across the two clubs)', () => {
    const cross = predictLinks(g, { k: 10_000, crossGroupOnly: true });
    expect(cross.length).toBeGreaterThan(0);
    for (const s of cross) expect(g.groups[s.source]).not.toBe(g.groups[s.target]);
    const expectedCount = Object.keys(keyed(KARATE_EXPECTED.commonNeighbours)).filter((k) => {
      const [a, b] = k.split('|').map(Number);
      return g.groups[a] !== g.groups[b];
    }).length;
    expect(cross).toHaveLength(expectedCount);
  });
});

describe('scorePairs', () => {
  it('scores any given pair, tied or not', () => {
    // a-b, a-c, b-c, c-d: pair (a, d) shares c (degree 3); pair (a, b) shares c too.
    const h = buildGraph(parseEdges('a-b a-c b-c c-d'), { directed: false });
    const [ad, ab] = scorePairs(h, [
      [0, 3],
      [0, 1],
    ]);
    expect(ad).toMatchObject({ commonNeighbours: 1, jaccard: 1 / 2 });
    expect(ad.adamicAdar).toBeCloseTo(1 / Math.log(3), 12);
    // N(a) = {b, c}, N(b) = {a, c}: common {c}, union {a, b, c}.
    expect(ab).toMatchObject({ commonNeighbours: 1, jaccard: 1 / 3 });
  });
});
