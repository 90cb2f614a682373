import {
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  maxStrengthOf,
  nodeColour,
  parentOf,
  sizeFor,
  toElements,
  widthFor,
  type ElementOptions,
} from '../../../ui/src/model/elements';
import {
  colourFor,
  legend,
  SECTOR_COLOURS,
  tieTypeStyle,
  UNKNOWN_COLOUR,
} from '../../../ui/src/model/palette';
import { localDegree } from '../../../ui/src/model/snapshot';
import { stylesheet } from '../../../ui/src/model/style';
import { edge, node } from './map-fixtures';

const options = (extra: Partial<ElementOptions> = {}): ElementOptions => ({
  colourBy: 'sector',
  sizeValues: new Map(),
  compound: 'none',
  groupNames: {},
  professionOrder: ['district-nurse', 'home-care-worker'],
  maxStrength: 5,
  ...extra,
});

describe('toElements', () => {
  const nodes = [
    node('a', {
      sectorId: 'nhs',
      professionId: 'district-nurse',
      organisationId: 'o1',
      blendedRole: true,
    }),
    node('b', { sectorId: 'independent', professionId: 'home-care-worker', organisationId: 'o2' }),
    node('t', { kind: 'TEAM', sectorId: 'nhs', neighbourhoodId: 'n1' }),
  ];
  const edges = [
    edge('e1', 'a', 'b', { typeId: 'referral', strength: 5, directed: true }),
    edge('e2', 'a', 'b', { typeId: 'training', strength: 1 }),
  ];

  it('makes one node per snapshot node and one edge per snapshot edge, parallel ties kept apart', () => {
    const els = toElements({ nodes, edges }, options());
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['a', 'b', 't']);
    const es = els.filter((e) => e.group === 'edges');
    expect(es.map((e) => [e.data.id, e.data.source, e.data.target])).toEqual([
      ['e1', 'a', 'b'],
      ['e2', 'a', 'b'],
    ]);
    expect(es[0].classes).toBe('directed');
    expect(es[0].data.lineStyle).toBe('solid');
    expect(es[1].data.lineStyle).toBe('dashed'); // training
    expect(es[0].data.width).toBeGreaterThan(es[1].data.width as number);
  });

  it('colours by sector or profession, shapes by kind, rings blended roles', () => {
    const bySector = toElements({ nodes, edges: [] }, options());
    expect(bySector[0].data.colour).toBe(SECTOR_COLOURS.nhs);
    expect(bySector[0].classes).toBe('blended');
    expect(bySector[2].data.shape).toBe('round-rectangle');
    const byProfession = toElements({ nodes, edges: [] }, options({ colourBy: 'profession' }));
    expect(byProfession[0].data.colour).not.toBe(byProfession[1].data.colour);
    expect(nodeColour(node('x'), options())).toBe(UNKNOWN_COLOUR);
    expect(nodeColour(node('nhs', { kind: 'SECTOR' }), options())).toBe(SECTOR_COLOURS.nhs);
  });

  it('sizes by the chosen metric between the smallest and largest value', () => {
    const els = toElements(
      { nodes, edges: [] },
      options({
        sizeValues: new Map([
          ['a', 10],
          ['b', 0],
          ['t', null],
        ]),
      }),
    );
    expect(els.map((e) => e.data.size)).toEqual([MAX_NODE_SIZE, MIN_NODE_SIZE, MIN_NODE_SIZE]);
    expect(sizeFor(2.5, 0, 10)).toBe(
      Math.round(MIN_NODE_SIZE + 0.5 * (MAX_NODE_SIZE - MIN_NODE_SIZE)),
    );
    expect(sizeFor(3, 3, 3)).toBeGreaterThan(MIN_NODE_SIZE);
  });

  it('adds compound parents for organisations or neighbourhoods on request', () => {
    const els = toElements(
      { nodes, edges: [] },
      options({ compound: 'organisation', groupNames: { o1: 'Trust' } }),
    );
    const parents = els.filter((e) => e.classes === 'compound');
    expect(parents.map((e) => [e.data.id, e.data.label])).toEqual([
      ['org:o1', 'Trust'],
      ['org:o2', 'org:o2'],
    ]);
    expect(els.find((e) => e.data.id === 'a')?.data.parent).toBe('org:o1');
    expect(parentOf(nodes[2], 'neighbourhood')).toBe('nb:n1');
    expect(parentOf(nodes[2], 'organisation')).toBeNull();
  });

  it('scales widths by strength on one scale', () => {
    expect(widthFor(5, 5)).toBe(8);
    expect(widthFor(0, 5)).toBe(1);
    expect(widthFor(3, 0)).toBe(1);
    expect(maxStrengthOf(edges)).toBe(5);
    expect(maxStrengthOf([])).toBe(1);
  });

  it('computes degree as distinct neighbours', () => {
    expect(Object.fromEntries(localDegree({ nodes, edges }))).toEqual({ a: 1, b: 1, t: 0 });
  });
});

describe('palette and style', () => {
  it('gives stable colours and a legend of the keys present, most frequent first', () => {
    expect(colourFor('x', ['x'])).toBe(colourFor('x', ['x']));
    expect(colourFor('unlisted', [])).toBe(colourFor('unlisted', []));
    const entries = legend(
      ['nhs', 'nhs', null, 'council'],
      { nhs: 'NHS', council: 'Council' },
      (k) => k ?? 'none',
    );
    expect(entries.map((e) => [e.name, e.count])).toEqual([
      ['NHS', 2],
      ['Council', 1],
      ['Not known', 1],
    ]);
    expect(tieTypeStyle('unknown-type').lineStyle).toBe('solid');
  });

  it('draws parallel edges as separate bezier curves and hides labels when asked', () => {
    const sheet = stylesheet({ labels: false, fades: true }) as {
      selector: string;
      style: Record<string, unknown>;
    }[];
    const edgeStyle = sheet.find((s) => s.selector === 'edge')!.style;
    expect(edgeStyle['curve-style']).toBe('bezier');
    expect(edgeStyle['control-point-step-size']).toBeGreaterThan(0);
    expect(edgeStyle['transition-property']).toBe('opacity');
    expect(sheet.find((s) => s.selector === 'node')!.style.label).toBe('');
    expect(sheet.find((s) => s.selector === 'edge.diff-ended')!.style['line-style']).toBe('dashed');
  });
});
