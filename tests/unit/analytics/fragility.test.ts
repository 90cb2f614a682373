import {
  buildGraph,
  connectedComponents,
  removalImpact,
  removalImpacts,
  type Graph,
  type GraphInput,
} from '../../../api/analytics/metrics';
import { parseEdges, randomInput } from './helpers';

describe('what if an actor leaves (hand-checked)', () => {
  // Triangle a-b-c (groups X, X, Y), c-d, triangle d-e-f (Y, Z, Z), isolate z.
  const groups = { a: 'X', b: 'X', c: 'Y', d: 'Y', e: 'Z', f: 'Z', z: 'Y' };
  const g = buildGraph(parseEdges('a-b b-c c-a c-d d-e e-f f-d', groups), {
    directed: false,
  });
  const id = (name: string) => g.index.get(name) ?? -1;

  it('removing the bridge end c splits {a, b} from {d, e, f}', () => {
    // Others in c's component: a, b, d, e, f: 10 pairs before, 1 + 3 after, so 6 lost; all
    // six (a or b with d, e or f) cross groups. Components: {a,b}, {d,e,f}, {z}.
    expect(removalImpact(g, id('c'))).toEqual({
      node: id('c'),
      componentsBefore: 2,
      componentsAfter: 3,
      lostPairs: 6,
      lostCrossGroupPairs: 6,
      reachable: 5,
    });
  });

  it('removing d splits {a, b, c} from {e, f}: 6 pairs lost, 6 across groups', () => {
    // Before, groups among a,b,c,e,f: X2 Y1 Z2 -> (25 - 9)/2 = 8 cross pairs. After:
    // {a,b,c} X2 Y1 -> 2; {e,f} Z2 -> 0. Lost 8 - 2 = 6.
    const all = removalImpacts(g);
    expect(all.lostPairs[id('d')]).toBe(6);
    expect(all.lostCrossGroupPairs[id('d')]).toBe(6);
    expect(all.componentsAfter[id('d')]).toBe(3);
  });

  it('removing a non-cut actor loses nothing; removing an isolate removes a component', () => {
    const all = removalImpacts(g);
    expect([all.componentsAfter[id('a')], all.lostPairs[id('a')]]).toEqual([2, 0]);
    expect([all.componentsAfter[id('z')], all.lostPairs[id('z')], all.reachable[id('z')]]).toEqual([
      1, 0, 0,
    ]);
  });
});

describe('removal impacts agree with removing each node and recounting', () => {
  it.each([
    ['sparse undirected', false, 70, 80],
    ['denser directed (reachability ignores direction)', true, 50, 90],
  ])('%s', (_name, directed, n, m) => {
    const input = randomInput(n, m, 99, { groups: 3 });
    const g = buildGraph(input, { directed });
    const fast = removalImpacts(g);
    for (let v = 0; v < g.n; v++) {
      const slow = bruteForce(input, directed, g, v);
      expect([fast.componentsAfter[v], fast.lostPairs[v], fast.lostCrossGroupPairs[v]]).toEqual(
        slow,
      );
    }
  });
});

function bruteForce(input: GraphInput, directed: boolean, g: Graph, v: number): number[] {
  const gone = g.ids[v];
  const without = buildGraph(
    {
      nodes: input.nodes.filter((x) => x.id !== gone),
      edges: input.edges.filter((e) => e.source !== gone && e.target !== gone),
    },
    { directed },
  );
  const before = connectedComponents(g).labels;
  const after = connectedComponents(without);
  let lost = 0;
  let lostCross = 0;
  for (let a = 0; a < without.n; a++) {
    for (let b = a + 1; b < without.n; b++) {
      const [ga, gb] = [g.index.get(without.ids[a]) ?? -1, g.index.get(without.ids[b]) ?? -1];
      if (before[ga] !== before[gb] || after.labels[a] === after.labels[b]) continue;
      lost++;
      const [x, y] = [without.groups[a], without.groups[b]];
      if (x !== null && y !== null && x !== y) lostCross++;
    }
  }
  return [after.count, lost, lostCross];
}
