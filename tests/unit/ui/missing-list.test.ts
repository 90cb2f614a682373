import {
  filterMissing,
  itemKey,
  kindCounts,
  neighbourhoodsOf,
  nextIndex,
  pairText,
  progressTable,
  progressText,
  toggleKind,
} from '../../../ui/src/model/missing-list';
import type { MissingItem } from '../../../ui/src/model/types';

function item(
  rank: number,
  kind: MissingItem['kind'],
  from: string,
  to: string | null,
  hood?: string,
): MissingItem {
  return {
    rank,
    kind,
    reason: `reason ${rank}`,
    fromId: from.toLowerCase(),
    fromLabel: from,
    toId: to?.toLowerCase() ?? null,
    toLabel: to,
    tieTypeId: kind === 'BLUEPRINT_GAP' ? 'direct-contact' : null,
    neighbourhoodId: hood ?? null,
    neighbourhoodName: hood ? `Hood ${hood}` : null,
    score: 0,
  };
}

const items = [
  item(3, 'SUGGESTION', 'Ann', 'Bob'),
  item(1, 'BLUEPRINT_GAP', 'HC North', 'DN North', 'n'),
  item(2, 'FRAGILITY', 'Cat', null),
  item(4, 'BLUEPRINT_GAP', 'HC South', 'DN South', 's'),
];

describe('missing connections list', () => {
  it('filters by kind and sorts by rank', () => {
    const all = new Set(['BLUEPRINT_GAP', 'SUGGESTION', 'FRAGILITY'] as const);
    expect(filterMissing(items, all).map((i) => i.rank)).toEqual([1, 2, 3, 4]);
    expect(filterMissing(items, new Set(['BLUEPRINT_GAP'] as const)).map((i) => i.rank)).toEqual([
      1, 4,
    ]);
    expect(items.map((i) => i.rank)).toEqual([3, 1, 2, 4]); // input untouched
  });

  it('counts kinds, and never lets the kind filter become empty', () => {
    expect(kindCounts(items)).toEqual({ BLUEPRINT_GAP: 2, SUGGESTION: 1, FRAGILITY: 1 });
    const one = new Set(['SUGGESTION'] as const);
    expect([...toggleKind(one, 'SUGGESTION')]).toEqual(['SUGGESTION']);
    expect([...toggleKind(one, 'FRAGILITY')].sort()).toEqual(['FRAGILITY', 'SUGGESTION']);
    expect([...toggleKind(new Set(['SUGGESTION', 'FRAGILITY'] as const), 'SUGGESTION')]).toEqual([
      'FRAGILITY',
    ]);
  });

  it('describes pairs and single fragile actors', () => {
    expect(pairText(items[1])).toBe('HC North ↔ DN North');
    expect(pairText(items[2])).toBe('Cat');
    expect(itemKey(items[2])).toBe('FRAGILITY-2');
    expect(neighbourhoodsOf(items)).toEqual([
      { id: 'n', name: 'Hood n' },
      { id: 's', name: 'Hood s' },
    ]);
  });

  it.each([
    [-1, 'ArrowDown', 0],
    [-1, 'ArrowUp', 0],
    [0, 'ArrowDown', 1],
    [4, 'ArrowDown', 4],
    [0, 'ArrowUp', 0],
    [3, 'Home', 0],
    [1, 'End', 4],
    [1, 'PageDown', 4],
    [4, 'PageUp', 0],
  ] as const)('from %p, %p moves to %p (5 items)', (from, key, to) => {
    expect(nextIndex(from, 5, key, 10)).toBe(to);
  });

  it('moves nowhere in an empty list', () => {
    expect(nextIndex(-1, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('blueprint progress', () => {
  const rows = [
    {
      expectationId: 'e1',
      description: 'HC ↔ DN',
      neighbourhoodId: 's',
      neighbourhoodName: 'South',
      expected: 2,
      met: 1,
    },
    {
      expectationId: 'e0',
      description: 'Commissioning',
      neighbourhoodId: null,
      neighbourhoodName: null,
      expected: 1,
      met: 1,
    },
    {
      expectationId: 'e1',
      description: 'HC ↔ DN',
      neighbourhoodId: 'n',
      neighbourhoodName: 'North',
      expected: 2,
      met: 3,
    },
    {
      expectationId: 'e2',
      description: 'TA',
      neighbourhoodId: 'n',
      neighbourhoodName: 'North',
      expected: 1,
      met: 0,
    },
    {
      expectationId: 'e3',
      description: 'None expected',
      neighbourhoodId: 'n',
      neighbourhoodName: 'North',
      expected: 0,
      met: 0,
    },
  ];

  it('lays expectations out against neighbourhoods, council-wide last', () => {
    const t = progressTable(rows);
    expect(t.neighbourhoods.map((h) => h.name)).toEqual(['North', 'South', 'Whole council']);
    expect(t.rows.map((r) => r.expectationId)).toEqual(['e1', 'e0', 'e2', 'e3']);
    const e1 = t.rows[0];
    expect(e1.cells.map((c) => c && [c.met, c.expected, c.ratio, c.status])).toEqual([
      [3, 2, 1, 'met'],
      [1, 2, 0.5, 'partial'],
      null,
    ]);
    expect(t.rows[2].cells[0]).toMatchObject({ ratio: 0, status: 'none' });
    expect(t.rows[3].cells[0]).toMatchObject({ ratio: 1, status: 'met' });
  });

  it('totals cap met at expected so over-delivery does not hide a gap', () => {
    const t = progressTable(rows);
    expect(t.neighbourhoods.map((h) => [h.met, h.expected])).toEqual([
      [2, 3],
      [1, 2],
      [1, 1],
    ]);
    expect([t.rows[0].met, t.rows[0].expected]).toEqual([3, 4]);
    expect(progressText(3, 2)).toBe('2/2');
  });

  it('is empty without progress rows', () => {
    expect(progressTable([])).toEqual({ neighbourhoods: [], rows: [] });
  });
});
