import type { GroupMatrix } from '../../../ui/src/model/heatmap';
import {
  dayNumber,
  groupPairs,
  markersInRange,
  pairSeries,
  pointForMoment,
  type ChartPoint,
} from '../../../ui/src/model/line-chart';
import {
  layoutLineChart,
  niceTicks,
  placeMarkers,
  sparklinePath,
  thinLabels,
} from '../../../ui/src/model/line-chart-layout';

function mixing(groups: string[], counts: number[][]): GroupMatrix {
  return {
    groups,
    sizes: groups.map(() => 3),
    counts,
    weights: counts.map((r) => r.map((v) => v * 2)),
    density: counts.map((r) => r.map((v) => v / 9)),
  };
}

const G = ['district-nursing', 'home-care-branch', 'commissioning'];
const points: ChartPoint[] = [
  {
    date: '2022-03-01',
    label: 'Baseline',
    mixing: mixing(
      ['district-nursing', 'home-care-branch'],
      [
        [4, 1],
        [1, 6],
      ],
    ),
  },
  {
    date: '2022-11-01',
    label: 'Pilot',
    mixing: mixing(
      ['commissioning', 'district-nursing', 'home-care-branch'],
      [
        [1, 0, 2],
        [0, 4, 5],
        [2, 5, 6],
      ],
    ),
  },
  {
    date: '2024-03-01',
    label: 'Review',
    mixing: mixing(
      ['commissioning', 'district-nursing', 'home-care-branch'],
      [
        [1, 1, 3],
        [1, 4, 9],
        [3, 9, 6],
      ],
    ),
  },
];

describe('pairSeries', () => {
  it('makes one series per unordered pair of chosen groups, in picker order', () => {
    expect(groupPairs(G)).toEqual([
      ['district-nursing', 'home-care-branch'],
      ['district-nursing', 'commissioning'],
      ['home-care-branch', 'commissioning'],
    ]);
    const s = pairSeries(points, G, 'counts', (g) => g.split('-')[0]);
    expect(s.map((x) => x.label)).toEqual([
      'district ↔ home',
      'district ↔ commissioning',
      'home ↔ commissioning',
    ]);
    expect(s[0].values).toEqual([1, 5, 9]);
  });

  it('reads each point by group name although group order and membership change over time', () => {
    const s = pairSeries(points, G, 'counts');
    expect(s[2].values).toEqual([0, 2, 3]); // commissioning absent at baseline: no ties
    const d = pairSeries(points, G, 'density');
    expect(d[2].values[0]).toBeNull(); // density undefined without the group
    expect(d[0].values[2]).toBeCloseTo(1);
    expect(pairSeries(points, G, 'weights')[0].values).toEqual([2, 10, 18]);
  });

  it('gives each series a distinct colour and dash pattern', () => {
    const s = pairSeries(points, G, 'counts');
    expect(new Set(s.map((x) => x.colour)).size).toBe(3);
    expect(new Set(s.map((x) => x.dash)).size).toBe(3);
  });

  it('has no series for fewer than two groups', () => {
    expect(pairSeries(points, ['district-nursing'], 'counts')).toEqual([]);
  });
});

describe('niceTicks', () => {
  it.each([
    [9, [0, 2, 4, 6, 8, 10]],
    [10, [0, 2, 4, 6, 8, 10]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0.37, [0, 0.1, 0.2, 0.3, 0.4]],
    [130, [0, 50, 100, 150]],
    [0, [0, 1]],
  ])('max %p → %p', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('layoutLineChart', () => {
  const box = { width: 600, height: 300, margin: { top: 10, right: 20, bottom: 40, left: 50 } };

  it('places points by date, y from 0 to a nice maximum, and draws lines through them', () => {
    const series = pairSeries(points, G, 'counts');
    const layout = layoutLineChart(points, series, [], box);
    expect(layout.plot).toEqual({ left: 50, top: 10, right: 580, bottom: 260 });
    expect(layout.xTicks.map((t) => t.x)).toEqual([
      50,
      Math.round(
        (50 +
          ((dayNumber('2022-11-01') - dayNumber('2022-03-01')) /
            (dayNumber('2024-03-01') - dayNumber('2022-03-01'))) *
            530) *
          10,
      ) / 10,
      580,
    ]);
    expect(layout.yTicks[0]).toEqual({ y: 260, value: 0 });
    expect(layout.yTicks[layout.yTicks.length - 1]).toEqual({ y: 10, value: 10 });
    const first = layout.lines[0];
    expect(first.dots.map((d) => d.value)).toEqual([1, 5, 9]);
    expect(first.d.startsWith('M50 235')).toBe(true);
    expect(first.d.match(/L/g)).toHaveLength(2);
  });

  it('breaks a line at undefined values', () => {
    const d = pairSeries(points, G, 'density');
    const layout = layoutLineChart(points, d, [], box);
    expect(layout.lines[2].d.match(/M/g)).toHaveLength(1);
    expect(layout.lines[2].dots).toHaveLength(2);
  });

  it('marks interventions inside the time range and drops those outside', () => {
    const layout = layoutLineChart(
      points,
      [],
      [
        {
          id: 'i1',
          date: '2022-05-30',
          label: 'Facilitator appointed',
          kind: 'FACILITATOR_APPOINTED',
        },
        { id: 'i0', date: '2021-01-01', label: 'Too early', kind: 'OTHER' },
        { id: 'i2', date: '2024-03-01', label: 'Last day', kind: 'OTHER' },
      ],
      box,
    );
    expect(layout.markers.map((m) => m.id)).toEqual(['i1', 'i2']);
    expect(layout.markers[0].x).toBeGreaterThan(50);
    expect(layout.markers[0].x).toBeLessThan(layout.xTicks[1].x);
    expect(layout.markers[1].x).toBe(580);
  });

  it('lists in-range markers by date for the numbered key under the chart', () => {
    const m = markersInRange(points, [
      { id: 'b', date: '2023-01-20', label: 'B', kind: 'X' },
      { id: 'a', date: '2022-05-30', label: 'A', kind: 'X' },
      { id: 'z', date: '2030-01-01', label: 'Z', kind: 'X' },
    ]);
    expect(m.map((x) => x.id)).toEqual(['a', 'b']);
    expect(markersInRange([], m)).toEqual([]);
  });

  it('centres a single point', () => {
    const layout = layoutLineChart(
      points.slice(0, 1),
      pairSeries(points.slice(0, 1), G, 'counts'),
      [],
      box,
    );
    expect(layout.xTicks[0].x).toBe(315);
  });
});

describe('sparklinePath', () => {
  it('spans the width and the value range', () => {
    const s = sparklinePath([1, 3, 2], 100, 20, 0);
    expect(s.d).toBe('M0 20L50 0L100 10');
  });
  it('draws a flat line mid-height and skips nulls', () => {
    expect(sparklinePath([2, null, 2], 100, 20, 0)).toEqual({
      d: 'M0 10M100 10',
      dots: [
        { x: 0, y: 10 },
        { x: 100, y: 10 },
      ],
    });
    expect(sparklinePath([null, null], 100, 20)).toEqual({ d: '', dots: [] });
  });
});

describe('pointForMoment', () => {
  const pts = [
    { date: '2022-03-01', waveId: 'w-baseline' },
    { date: '2022-11-01', waveId: 'w-pilot' },
    { date: '2024-03-01', waveId: 'w-review' },
  ];
  it.each([
    [{ wave: 'w-pilot' }, 1],
    [{ wave: 'unknown' }, 2],
    [{ asOf: '2023-01-01' }, 1],
    [{ asOf: '2022-11-01' }, 1],
    [{ asOf: '2020-01-01' }, 0],
    [{}, 2],
  ])('%p → point %p', (moment, index) => {
    expect(pointForMoment(pts, moment)).toBe(index);
  });
  it('has no point in an empty list', () => {
    expect(pointForMoment([], {})).toBe(-1);
  });
});

describe('crowding', () => {
  it('drops x labels that would crowd, always naming the first and the last', () => {
    const ticks = [0, 30, 60, 90, 120, 150, 180].map((x) => ({ x }));
    expect(thinLabels(ticks, 70).map((t) => t.labelled)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      true,
    ]);
    expect(thinLabels(ticks, 10).every((t) => t.labelled)).toBe(true);
    expect(thinLabels([{ x: 0 }, { x: 20 }], 70).map((t) => t.labelled)).toEqual([true, false]);
  });

  it('spreads marker labels over rows, each with room up to its row neighbour or the edge', () => {
    const m = (id: string, x: number, label = id) => ({
      id,
      x,
      date: '2022-01-01',
      label,
      kind: 'X',
    });
    const placed = placeMarkers(
      [m('a', 100), m('b', 150), m('c', 300), m('d', 580)],
      { left: 50, right: 600 },
      2,
    );
    expect(placed.map((p) => [p.id, p.row, p.anchor, p.room])).toEqual([
      ['a', 0, 'start', 194],
      ['b', 1, 'start', 424],
      ['c', 0, 'start', 294],
      // Right-aligned: room back to where b's short label ("2 b", 18 px) ends.
      ['d', 1, 'end', 580 - (150 + 3 + 18) - 6],
    ]);
  });

  it('never lets a left-aligned label run into the previous label of its row', () => {
    const m = (id: string, x: number, label: string) => ({
      id,
      x,
      date: '2022-01-01',
      label,
      kind: 'X',
    });
    const plot = { left: 50, right: 260 };
    // One row; the line at 200 is near the right edge, so its label is left of it and may only
    // use what the previous label ("1 Short", 42 px from 83) left free.
    const short = placeMarkers([m('a', 80, 'Short'), m('b', 200, 'Bee')], plot, 1);
    expect(short[0]).toMatchObject({ anchor: 'start', room: 114 });
    expect(short[1]).toMatchObject({ anchor: 'end', room: 200 - (80 + 3 + 42) - 6 });
    // A long previous label leaves nothing: the number alone is drawn.
    const long = placeMarkers(
      [m('a', 80, 'A very long label indeed'), m('b', 200, 'Bee')],
      plot,
      1,
    );
    expect(long[1].room).toBe(0);
  });
});
