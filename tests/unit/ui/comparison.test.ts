import {
  alignedMatrices,
  comparisonTable,
  groupEITable,
  groupsWithMembers,
  pairDensityRows,
  toggleCouncil,
  type ComparisonResult,
  type ComparisonRow,
} from '../../../ui/src/model/comparison';
import {
  conventionSummary,
  conventionText,
  findConvention,
  formatDelta,
  formatStat,
  NETWORK_STATS,
  statValue,
  type MetricConvention,
} from '../../../ui/src/model/comparison-metrics';
import { layoutMiniMap, nodeGroup } from '../../../ui/src/model/comparison-minimap';

const density: MetricConvention = {
  metric: 'density',
  scope: 'network',
  directed: false,
  weighted: null,
  normalisation: 'ties / (n(n-1)/2)',
  reference: 'networkx.density',
  description: 'Share of all possible ties that are present.',
};

function row(
  id: string,
  name: string,
  network: Record<string, number | null>,
  groups: string[],
  counts: number[][],
): ComparisonRow {
  return {
    councilId: id,
    councilName: name,
    asOf: '2024-03-01',
    waveLabel: 'Review',
    nodeCount: 10,
    edgeCount: 12,
    network: Object.entries(network).map(([metric, value]) => ({ metric, value })),
    mixing: {
      groups,
      sizes: groups.map(() => 2),
      counts,
      weights: counts,
      density: counts.map((r) => r.map((v) => v / 4)),
    },
    groupEI: groups.map((g, i) => ({ group: g, size: 2, external: 1, internal: 1, index: i / 10 })),
  };
}

const result: ComparisonResult = {
  groups: ['district-nursing', 'home-care-branch', 'commissioning'],
  rows: [
    row(
      'kelsworth',
      'Kelsworth',
      { density: 0.1, weaklyConnectedComponents: 3, transitivity: null },
      ['home-care-branch', 'district-nursing'],
      [
        [1, 2],
        [2, 3],
      ],
    ),
    row(
      'tamebridge',
      'Tamebridge',
      { density: 0.25, connectedComponents: 1, transitivity: 0.3, eiIndex: -0.2, modularity: 0.5 },
      ['commissioning', 'district-nursing', 'home-care-branch'],
      [
        [0, 1, 1],
        [1, 4, 6],
        [1, 6, 5],
      ],
    ),
  ],
  conventions: [density, { ...density, metric: 'connectedComponents', normalisation: 'none' }],
};

describe('comparison table', () => {
  it('has one column per picked council in picked order, and rows of statistics', () => {
    const t = comparisonTable(result, NETWORK_STATS, [
      { id: 'tamebridge', name: 'T' },
      { id: 'kelsworth', name: 'K' },
      { id: 'ashcombe', name: 'Ashcombe' },
    ]);
    expect(t.columns.map((c) => [c.councilId, c.councilName, c.present])).toEqual([
      ['tamebridge', 'Tamebridge', true],
      ['kelsworth', 'Kelsworth', true],
      ['ashcombe', 'Ashcombe', false],
    ]);
    expect(t.rows.map((r) => r.key)).toEqual([
      'nodeCount',
      'edgeCount',
      'density',
      'connectedComponents',
      'transitivity',
      'eiIndex',
      'modularity',
    ]);
    const d = t.rows.find((r) => r.key === 'density')!;
    expect(d.values).toEqual([0.25, 0.1, null]);
    expect(d.texts).toEqual(['0.250', '0.100', '—']);
    expect(d.convention).toBe(density);
    // Weak components of a directed graph answer "components".
    expect(t.rows.find((r) => r.key === 'connectedComponents')!.values).toEqual([1, 3, null]);
    expect(t.rows.find((r) => r.key === 'transitivity')!.texts).toEqual(['0.300', '—', '—']);
  });

  it('uses the result order when nothing was picked', () => {
    expect(comparisonTable(result, []).columns.map((c) => c.councilId)).toEqual([
      'kelsworth',
      'tamebridge',
    ]);
  });

  it('aligns every council matrix on the shared group order', () => {
    const { groups, matrices } = alignedMatrices(result);
    expect(groups).toEqual(['district-nursing', 'home-care-branch', 'commissioning']);
    expect(matrices.get('kelsworth')!.counts).toEqual([
      [3, 2, 0],
      [2, 1, 0],
      [0, 0, 0],
    ]);
    expect(matrices.get('tamebridge')!.counts?.[0]).toEqual([4, 6, 1]);
    expect(groupsWithMembers(groups, matrices.values())).toEqual(groups);
    expect(groupsWithMembers(groups, [matrices.get('kelsworth')!])).toEqual([
      'district-nursing',
      'home-care-branch',
    ]);
  });

  it('lists block density per group pair and council, leaving out pairs never tied', () => {
    const { groups, matrices } = alignedMatrices(result);
    const t = comparisonTable(
      result,
      [],
      [
        { id: 'tamebridge', name: 'T' },
        { id: 'kelsworth', name: 'K' },
      ],
    );
    const rows = pairDensityRows(groups, matrices, t.columns);
    expect(rows.map((r) => `${r.a}|${r.b}`)).toEqual([
      'district-nursing|district-nursing',
      'district-nursing|home-care-branch',
      'district-nursing|commissioning',
      'home-care-branch|home-care-branch',
      'home-care-branch|commissioning',
    ]);
    expect(rows[1].values).toEqual([6 / 4, 2 / 4]);
    expect(rows[2].values).toEqual([1 / 4, null]);
  });

  it('lines up group E-I per group across councils', () => {
    const t = comparisonTable(result, []);
    const ei = groupEITable(result, t.columns);
    expect(ei.find((r) => r.group === 'commissioning')).toEqual({
      group: 'commissioning',
      values: [null, 0],
      sizes: [null, 2],
      suppressed: [false, false],
    });
  });

  it('keeps a group withheld from a researcher withheld, never 0 or absent', () => {
    // As the API answers a researcher: commissioning (1 member) has every number null.
    const base = result.rows[1];
    const withheld: ComparisonRow = {
      ...base,
      mixing: {
        ...base.mixing,
        sizes: [null, 2, 2],
        counts: [
          [null, null, null],
          [null, 4, 6],
          [null, 6, 5],
        ],
        density: [
          [null, null, null],
          [null, 1, 1.5],
          [null, 1.5, 1.25],
        ],
        suppressed: [true, false, false],
      },
      groupEI: [
        {
          group: 'commissioning',
          size: null,
          external: null,
          internal: null,
          index: null,
          suppressed: true,
        },
        ...base.groupEI.slice(1),
      ],
    };
    const r: ComparisonResult = { ...result, rows: [result.rows[0], withheld] };
    const { groups, matrices } = alignedMatrices(r);
    const t = matrices.get('tamebridge')!;
    expect(t.suppressed).toEqual([false, false, true]);
    expect(t.sizes).toEqual([2, 2, null]);
    // Kept although its size is unknown: it has members, they are just not shown.
    expect(groupsWithMembers(groups, [t])).toEqual(groups);
    const columns = comparisonTable(r, []).columns;
    const pairs = pairDensityRows(groups, matrices, columns);
    const withCommissioning = pairs.filter((p) => p.b === 'commissioning');
    expect(withCommissioning.map((p) => p.suppressed)).toEqual([
      [false, true],
      [false, true],
      [false, true],
    ]);
    expect(groupEITable(r, columns).find((g) => g.group === 'commissioning')).toEqual({
      group: 'commissioning',
      values: [null, null],
      sizes: [null, null],
      suppressed: [false, true],
    });
  });

  it('toggles councils keeping the list order', () => {
    const all = ['ashcombe', 'kelsworth', 'tamebridge'];
    expect(toggleCouncil(['tamebridge'], 'ashcombe', all)).toEqual(['ashcombe', 'tamebridge']);
    expect(toggleCouncil(['ashcombe', 'tamebridge'], 'ashcombe', all)).toEqual(['tamebridge']);
  });
});

describe('network statistics and conventions', () => {
  it('reads values, following aliases', () => {
    const net = result.rows[0].network;
    expect(statValue(net, 'density')).toBe(0.1);
    expect(statValue(net, 'connectedComponents')).toBe(3);
    expect(statValue(net, 'modularity')).toBeNull();
    expect(findConvention(result.conventions, 'density')).toBe(density);
    expect(findConvention(result.conventions, 'modularity')).toBeNull();
  });

  it('states the convention in words', () => {
    expect(conventionSummary(density)).toBe('undirected · unweighted · ties / (n(n-1)/2)');
    expect(conventionSummary({ ...density, directed: true, weighted: 'strength' })).toBe(
      'directed · weighted by strength · ties / (n(n-1)/2)',
    );
    expect(conventionText(density)).toBe(
      'Share of all possible ties that are present. (undirected · unweighted · ties / (n(n-1)/2); reference: networkx.density)',
    );
  });

  it('formats values and changes', () => {
    expect(formatStat(3)).toBe('3');
    expect(formatStat(0.12345)).toBe('0.123');
    expect(formatStat(null)).toBe('—');
    expect(formatDelta(0.1, 0.25)).toBe('+0.150');
    expect(formatDelta(3, 1)).toBe('−2');
    expect(formatDelta(1, 1)).toBe('±0');
    expect(formatDelta(null, 1)).toBe('');
  });
});

describe('mini-map layout', () => {
  const nodes = [
    { id: 'p3', label: 'Zed', teamTypeId: 'home-care-branch' },
    { id: 'p1', label: 'Ann', teamTypeId: 'district-nursing' },
    { id: 'p2', label: 'Bob', teamTypeId: 'home-care-branch' },
    { id: 'p4', label: 'Cy', teamTypeId: null },
  ];
  const edges = [
    { source: 'p1', target: 'p2' },
    { source: 'p2', target: 'p1' },
    { source: 'p2', target: 'p3' },
    { source: 'p1', target: 'missing' },
  ];

  it('puts nodes on a circle ordered by the shared group order, ungrouped last', () => {
    const m = layoutMiniMap(
      nodes,
      edges,
      'TEAM_TYPE',
      ['district-nursing', 'home-care-branch'],
      200,
    );
    expect(m.nodes.map((n) => n.id)).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(m.nodes[0]).toMatchObject({ x: 100, y: 8, fill: '#0072B2' });
    expect(m.nodes[3].fill).toBe('#bbbbbb');
    for (const n of m.nodes) expect(Math.hypot(n.x - 100, n.y - 100)).toBeCloseTo(92, 0);
  });

  it('draws each pair once and marks ties that cross groups', () => {
    const m = layoutMiniMap(nodes, edges, 'TEAM_TYPE', ['district-nursing', 'home-care-branch']);
    expect(m.edges).toHaveLength(2);
    expect(m.edges.map((e) => e.cross)).toEqual([true, false]);
    expect(nodeGroup(nodes[0], 'SECTOR')).toBeNull();
  });
});
