import { addClass, egoNetwork, searchMatches, stateClasses } from '../../../ui/src/model/highlight';
import { missingHighlight } from '../../../ui/src/model/missing-highlight';
import type { MissingItem } from '../../../ui/src/model/types';
import { edge, node } from './map-fixtures';

const edges = [
  edge('ab', 'a', 'b'),
  edge('bc', 'b', 'c'),
  edge('cd', 'c', 'd'),
  edge('ab2', 'a', 'b', { typeId: 'advice' }),
];

describe('search, ego focus and state classes', () => {
  it('matches labels case-insensitively; empty search matches nothing', () => {
    const nodes = [node('a', { label: 'Robin (invented)' }), node('b', { label: 'Sam' })];
    expect([...searchMatches(nodes, 'robin')]).toEqual(['a']);
    expect(searchMatches(nodes, '  ').size).toBe(0);
  });

  it('finds the ego network within one or two steps over present edges', () => {
    expect([...egoNetwork(edges, 'a', 1).nodes].sort()).toEqual(['a', 'b']);
    expect([...egoNetwork(edges, 'a', 1).edges].sort()).toEqual(['ab', 'ab2']);
    expect([...egoNetwork(edges, 'a', 2).nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...egoNetwork(edges, 'b', 2, (id) => id !== 'cd').nodes].sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('marks absent, dimmed and matching elements', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id));
    const out = stateClasses({
      nodes,
      edges,
      present: new Set(['a', 'b', 'c', 'ab', 'bc']),
      matches: new Set(['b']),
      focus: { nodes: new Set(['a', 'b']), edges: new Set(['ab']) },
    });
    expect(out.get('d')).toBe('absent');
    expect(out.get('cd')).toBe('absent');
    expect(out.get('c')).toBe('dimmed');
    expect(out.get('bc')).toBe('dimmed');
    expect(out.get('b')).toBe('match');
    expect(out.has('a')).toBe(false);
    const m = new Map<string, string>();
    addClass(m, 'x', 'one');
    addClass(m, 'x', 'two');
    expect(m.get('x')).toBe('one two');
  });
});

describe('missing connection on the map', () => {
  const people = [
    node('p1', { teamId: 'hc' }),
    node('p2', { teamId: 'hc' }),
    node('p3', { teamId: 'dn' }),
    node('p4', { teamId: 'other' }),
  ];
  const gap: MissingItem = {
    rank: 1,
    kind: 'BLUEPRINT_GAP',
    reason: 'r',
    fromId: 'hc',
    fromLabel: 'Home care',
    toId: 'dn',
    toLabel: 'District nursing',
    tieTypeId: 'direct-contact',
    neighbourhoodId: null,
    neighbourhoodName: null,
    score: 0,
  };

  it('at people level lights the members of both teams and joins their best-connected members', () => {
    const h = missingHighlight(
      gap,
      'PEOPLE',
      people,
      new Map([
        ['p2', 5],
        ['p1', 1],
        ['p3', 2],
      ]),
    );
    expect(h.nodeIds.sort()).toEqual(['p1', 'p2', 'p3']);
    expect(h.suggested).toEqual({ source: 'p2', target: 'p3' });
  });

  it('at teams level lights the two team nodes and joins them', () => {
    const teams = [node('hc', { kind: 'TEAM' }), node('dn', { kind: 'TEAM' })];
    expect(missingHighlight(gap, 'TEAMS', teams, new Map())).toEqual({
      nodeIds: ['hc', 'dn'],
      suggested: { source: 'hc', target: 'dn' },
    });
  });

  it('lights one node for fragility, nothing when the nodes are not drawn', () => {
    const fragile: MissingItem = {
      ...gap,
      kind: 'FRAGILITY',
      fromId: 'p4',
      toId: null,
      toLabel: null,
    };
    expect(missingHighlight(fragile, 'PEOPLE', people, new Map())).toEqual({
      nodeIds: ['p4'],
      suggested: null,
    });
    expect(missingHighlight(gap, 'SECTORS', [node('nhs', { kind: 'SECTOR' })], new Map())).toEqual({
      nodeIds: [],
      suggested: null,
    });
  });
});
