import {
  BROKERAGE_ROLES,
  brokerage,
  buildGraph,
  hasEdge,
  type BrokerageCounts,
  type Graph,
} from '../../../api/analytics/metrics';
import { parseEdges, randomGraph } from './helpers';

const GROUPS = { a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B', c1: 'C' };

function roles(g: Graph, counts: BrokerageCounts): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  g.ids.forEach((id, v) => {
    const row: Record<string, number> = {};
    for (const role of [...BROKERAGE_ROLES, 'total'] as const) {
      if (counts[role][v] > 0) row[role] = counts[role][v];
    }
    out[id] = row;
  });
  return out;
}

describe('Gould-Fernandez brokerage, hand-checked', () => {
  // Arcs a1>a2 a2>a3 a3>b1 b1>a1 b1>b2 b2>c1 c1>a1. Open two-paths x -> v -> y (x -> y absent):
  //   a1>a2>a3  A A A  coordinator    a2
  //   a2>a3>b1  A A B  representative a3
  //   a3>b1>a1  A B A  itinerant      b1
  //   a3>b1>b2  A B B  gatekeeper     b1
  //   b1>a1>a2  B A A  gatekeeper     a1
  //   c1>a1>a2  C A A  gatekeeper     a1
  //   b1>b2>c1  B B C  representative b2
  //   b2>c1>a1  B C A  liaison        c1
  const spec = 'a1>a2 a2>a3 a3>b1 b1>a1 b1>b2 b2>c1 c1>a1';

  it('counts each role per broker', () => {
    const g = buildGraph(parseEdges(spec, GROUPS), { directed: true });
    expect(roles(g, brokerage(g))).toEqual({
      a1: { gatekeeper: 2, total: 2 },
      a2: { coordinator: 1, total: 1 },
      a3: { representative: 1, total: 1 },
      b1: { itinerant: 1, gatekeeper: 1, total: 2 },
      b2: { representative: 1, total: 1 },
      c1: { liaison: 1, total: 1 },
    });
  });

  it('a direct tie x -> y closes the path; the reverse tie y -> x does not', () => {
    // Adding a3 > a1 closes a3>b1>a1 (b1 loses itinerant) but leaves a1>a2>a3 open although
    // a3 -> a1 now exists. New open paths: a3>a1>a2 (coordinator a1), a2>a3>a1 (coordinator a3).
    const g = buildGraph(parseEdges(`${spec} a3>a1`, GROUPS), { directed: true });
    const r = roles(g, brokerage(g));
    expect(r.b1).toEqual({ gatekeeper: 1, total: 1 });
    expect(r.a2).toEqual({ coordinator: 1, total: 1 });
    expect(r.a1).toEqual({ coordinator: 1, gatekeeper: 2, total: 3 });
    expect(r.a3).toEqual({ coordinator: 1, representative: 1, total: 2 });
  });

  it('undirected ties count both ways: each open triad twice, roles mirrored', () => {
    // x(A) - v(A) - y(B): x>v>y is representative, y>v>x gatekeeper.
    // p(A) - w(B) - q(A): p>w>q and q>w>p are both itinerant.
    const groups = { x: 'A', v: 'A', y: 'B', p: 'A', w: 'B', q: 'A' };
    const g = buildGraph(parseEdges('x-v v-y p-w w-q', groups), { directed: false });
    const r = roles(g, brokerage(g));
    expect(r.v).toEqual({ representative: 1, gatekeeper: 1, total: 2 });
    expect(r.w).toEqual({ itinerant: 2, total: 2 });
  });

  it('paths touching an ungrouped actor count only towards the total', () => {
    const g = buildGraph(parseEdges('x>v v>y', { x: 'A', v: 'A' }), { directed: true });
    expect(roles(g, brokerage(g)).v).toEqual({ total: 1 });
  });
});

describe('brokerage agrees with a brute-force count', () => {
  it.each([true, false])('directed=%s, random graph with 4 groups', (directed) => {
    const g = randomGraph(60, 240, 7, directed, { groups: 4 });
    const fast = brokerage(g);
    const slow = bruteForce(g);
    for (const role of [...BROKERAGE_ROLES, 'total'] as const) {
      expect(Array.from(fast[role])).toEqual(slow[role]);
    }
  });
});

/** Triple loop over (a, b, c): independent of the CSR walk used by the library. */
function bruteForce(g: Graph): Record<(typeof BROKERAGE_ROLES)[number] | 'total', number[]> {
  const zero = () => new Array<number>(g.n).fill(0);
  const out = {
    coordinator: zero(),
    itinerant: zero(),
    representative: zero(),
    gatekeeper: zero(),
    liaison: zero(),
    total: zero(),
  };
  const grp = g.groups;
  for (let b = 0; b < g.n; b++) {
    for (let a = 0; a < g.n; a++) {
      for (let c = 0; c < g.n; c++) {
        if (a === b || b === c || a === c) continue;
        if (!hasEdge(g, a, b) || !hasEdge(g, b, c) || hasEdge(g, a, c)) continue;
        out.total[b]++;
        const [ga, gb, gc] = [grp[a], grp[b], grp[c]];
        if (ga === gb && gb === gc) out.coordinator[b]++;
        else if (ga === gc) out.itinerant[b]++;
        else if (ga === gb) out.representative[b]++;
        else if (gb === gc) out.gatekeeper[b]++;
        else out.liaison[b]++;
      }
    }
  }
  return out;
}
