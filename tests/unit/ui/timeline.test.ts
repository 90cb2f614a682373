import {
  edgesBetween,
  momentDate,
  presentAt,
  quartersBetween,
  stepMoment,
  timelineSteps,
  transition,
  unionOf,
  type Intervention,
} from '../../../ui/src/model/timeline';
import { edge, node, snapshot } from './map-fixtures';

const waves = [
  { id: 'w-review', label: 'Review', date: '2024-03-01' },
  { id: 'w-base', label: 'Baseline', date: '2022-03-01' },
];
const interventions: Intervention[] = [
  { id: 'i1', date: '2022-05-30', label: 'Facilitator', kind: 'FACILITATOR_APPOINTED' },
  { id: 'i2', date: '2024-03-01', label: 'Same day as review', kind: 'OTHER' },
];

describe('timeline steps', () => {
  it('lists quarter starts strictly between two dates', () => {
    expect(quartersBetween('2022-03-01', '2022-11-01')).toEqual([
      '2022-04-01',
      '2022-07-01',
      '2022-10-01',
    ]);
    expect(quartersBetween('2022-01-01', '2022-04-01')).toEqual([]);
  });

  it('merges waves, interventions, quarters and the current moment by date; waves win ties', () => {
    const steps = timelineSteps(waves, interventions, '2023-02-14');
    expect(steps[0]).toEqual({
      date: '2022-03-01',
      label: 'Baseline',
      kind: 'wave',
      waveId: 'w-base',
    });
    expect(steps.find((s) => s.date === '2024-03-01')?.kind).toBe('wave');
    expect(steps.find((s) => s.date === '2022-05-30')?.kind).toBe('intervention');
    expect(steps.find((s) => s.date === '2023-02-14')?.kind).toBe('moment');
    expect(steps.filter((s) => s.kind === 'quarter')).toHaveLength(8);
    const dates = steps.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps to waves (and the current moment) when coarse', () => {
    expect(timelineSteps(waves, interventions, '2030-01-01', true).map((s) => s.kind)).toEqual([
      'wave',
      'wave',
      'moment',
    ]);
  });

  it('resolves a moment to a date and a step back to a moment', () => {
    expect(momentDate({ wave: 'w-base' }, waves, '2026-01-01')).toBe('2022-03-01');
    expect(momentDate({ asOf: '2023-01-01' }, waves, '2026-01-01')).toBe('2023-01-01');
    expect(momentDate({}, waves, '2026-01-01')).toBe('2026-01-01');
    expect(stepMoment({ date: '2022-03-01', label: 'B', kind: 'wave', waveId: 'w-base' })).toEqual({
      wave: 'w-base',
    });
    expect(stepMoment({ date: '2022-04-01', label: 'q', kind: 'quarter' })).toEqual({
      asOf: '2022-04-01',
    });
  });
});

describe('union of moments', () => {
  const s0 = snapshot([node('a'), node('b'), node('c')], [edge('ab', 'a', 'b', { strength: 2 })]);
  const s1 = snapshot(
    [node('a'), node('b'), node('d')],
    [edge('ab', 'a', 'b', { strength: 5 }), edge('ad', 'a', 'd')],
  );
  const union = unionOf([
    { date: '2022-01-01', snapshot: s0 },
    { date: '2023-01-01', snapshot: s1 },
  ]);

  it('holds every node and edge once, with presence per step and strength per step', () => {
    expect(union.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(union.edges.map((e) => e.id).sort()).toEqual(['ab', 'ad']);
    expect([...presentAt(union, 0)].sort()).toEqual(['a', 'ab', 'b', 'c']);
    expect([...presentAt(union, 1)].sort()).toEqual(['a', 'ab', 'ad', 'b', 'd']);
    expect(union.edgeAt.get('ab')!.map((e) => e?.strength)).toEqual([2, 5]);
    expect(union.edgeAt.get('ad')![0]).toBeNull();
  });

  it('says what enters and leaves between two steps (what fades in and out)', () => {
    const t = transition(union, 0, 1);
    expect(t.entering.sort()).toEqual(['ad', 'd']);
    expect(t.leaving).toEqual(['c']);
    expect(transition(union, 1, 0).entering).toEqual(['c']);
  });

  it('counts edges between two groups in either direction', () => {
    const nodes = [
      node('h', { teamTypeId: 'home-care-branch' }),
      node('d', { teamTypeId: 'district-nursing' }),
      node('g', { teamTypeId: 'general-practice' }),
    ];
    const edges = [
      edge('1', 'h', 'd'),
      edge('2', 'd', 'h', { typeId: 'advice' }),
      edge('3', 'h', 'g'),
      edge('4', 'x', 'h'),
    ];
    const hc = (n: { teamTypeId: string | null }) => n.teamTypeId === 'home-care-branch';
    const dn = (n: { teamTypeId: string | null }) => n.teamTypeId === 'district-nursing';
    expect(edgesBetween({ nodes, edges }, hc, dn).map((e) => e.id)).toEqual(['1', '2']);
  });
});
