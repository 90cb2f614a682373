import { packGroups, separateOverlaps, type Point } from '../../../ui/src/model/layout';

const overlapping = (nodes: { id: string; size: number }[], at: Map<string, Point>) => {
  const out: string[] = [];
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [at.get(nodes[i].id)!, at.get(nodes[j].id)!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < (nodes[i].size + nodes[j].size) / 2) {
        out.push(`${nodes[i].id}~${nodes[j].id}`);
      }
    }
  return out;
};

describe('separateOverlaps', () => {
  it('spreads nodes piled on one spot, and nodes overlapping in a row, until none overlap', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, size: 10 + (i % 5) * 6 }));
    const pile = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    expect(overlapping(nodes, pile)).not.toEqual([]);
    expect(overlapping(nodes, separateOverlaps(nodes, pile))).toEqual([]);
    const row = new Map(nodes.map((n, i) => [n.id, { x: i * 5, y: 0 }]));
    expect(overlapping(nodes, separateOverlaps(nodes, row))).toEqual([]);
  });

  it('leaves nodes that do not overlap where they are, and gives the same answer every time', () => {
    const nodes = [
      { id: 'a', size: 20 },
      { id: 'b', size: 20 },
      { id: 'c', size: 20 },
    ];
    const apart = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 0, y: 100 }],
    ]);
    expect(separateOverlaps(nodes, apart)).toEqual(apart);
    const close = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 5, y: 0 }],
      ['c', { x: 0, y: 0 }],
    ]);
    expect(separateOverlaps(nodes, close)).toEqual(separateOverlaps(nodes, close));
  });

  it('never moves a pinned (fixed) node: the others clear it', () => {
    const nodes = [
      { id: 'pinned', size: 20, fixed: true },
      { id: 'b', size: 20 },
      { id: 'c', size: 20 },
    ];
    const pile = new Map(nodes.map((n) => [n.id, { x: 50, y: 50 }]));
    const out = separateOverlaps(nodes, pile);
    expect(out.get('pinned')).toEqual({ x: 50, y: 50 });
    expect(overlapping(nodes, out)).toEqual([]);
  });
});

describe('packGroups', () => {
  it('moves whole groups so that their extents never intersect, each keeping its shape', () => {
    const extent = { left: 30, right: 30, top: 10, bottom: 20 };
    // Three groups laid out on top of each other around the origin.
    const groups = [0, 1, 2].map((g) => ({
      positions: new Map([
        [`g${g}a`, { x: 0, y: 0 }],
        [`g${g}b`, { x: 50 + g * 40, y: 30 }],
      ]),
      extents: new Map([
        [`g${g}a`, extent],
        [`g${g}b`, extent],
      ]),
    }));
    const packed = packGroups(groups, 20);
    const boxes = groups.map((g) => {
      const ps = [...g.positions.keys()].map((id) => packed.get(id)!);
      return {
        x1: Math.min(...ps.map((p) => p.x)) - extent.left,
        x2: Math.max(...ps.map((p) => p.x)) + extent.right,
        y1: Math.min(...ps.map((p) => p.y)) - extent.top,
        y2: Math.max(...ps.map((p) => p.y)) + extent.bottom,
      };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x2 <= b.x1 || b.x2 <= a.x1 || a.y2 <= b.y1 || b.y2 <= a.y1).toBe(true);
      }
    // Shape kept: b stays at the same offset from a within each group.
    groups.forEach((g, i) => {
      const a = packed.get(`g${i}a`)!;
      const b = packed.get(`g${i}b`)!;
      expect({ dx: b.x - a.x, dy: b.y - a.y }).toEqual({ dx: 50 + i * 40, dy: 30 });
    });
  });
});
