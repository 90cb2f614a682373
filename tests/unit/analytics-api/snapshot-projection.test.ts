import { projectSnapshot } from '../../../api/analytics/snapshot/project-snapshot';
import { RawNetwork, RawTie } from '../../../api/analytics/snapshot/raw-network';
import { diffSnapshots } from '../../../api/analytics/diff/diff-snapshots';
import { simulateRemoval } from '../../../api/analytics/missing/simulate-removal';
import { evaluateBlueprint } from '../../../api/analytics/missing/blueprint-gaps';
import { calendarMoments } from '../../../api/analytics/evolution/moments';

const tie = (
  id: string,
  fromId: string,
  toId: string,
  typeId = 'direct-contact',
  strength = 3,
  directed = false,
): RawTie => ({
  id,
  typeId,
  directed,
  strength,
  integrationLevel: 4,
  fromId,
  fromKind: 'PERSON',
  toId,
  toKind: 'PERSON',
  validFrom: '2020-01-01',
  validTo: null,
});

/** Two teams (home care hc1, district nursing dn1) in one neighbourhood, two organisations. */
function raw(ties: RawTie[]): RawNetwork {
  return {
    councilId: 'c',
    asOf: '2024-01-01',
    organisations: [
      { id: 'o-hc', name: 'Home Care Ltd', typeId: 'home-care-provider', sectorId: 'independent' },
      { id: 'o-nhs', name: 'NHS Trust', typeId: 'nhs-community-trust', sectorId: 'nhs' },
    ],
    teams: [
      {
        id: 'hc1',
        name: 'HC branch',
        typeId: 'home-care-branch',
        neighbourhoodId: 'n1',
        organisationId: 'o-hc',
      },
      {
        id: 'dn1',
        name: 'DN team',
        typeId: 'district-nursing',
        neighbourhoodId: 'n1',
        organisationId: 'o-nhs',
      },
    ],
    people: [
      {
        id: 'a',
        label: 'P-1',
        level: 'FRONTLINE',
        blendedRole: true,
        teamId: 'hc1',
        professionId: 'home-care-worker',
      },
      {
        id: 'b',
        label: 'P-2',
        level: 'FRONTLINE',
        blendedRole: false,
        teamId: 'hc1',
        professionId: 'home-care-worker',
      },
      {
        id: 'c',
        label: 'P-3',
        level: 'MANAGER',
        blendedRole: false,
        teamId: 'dn1',
        professionId: 'district-nurse',
      },
      {
        id: 'd',
        label: 'P-4',
        level: 'FRONTLINE',
        blendedRole: false,
        teamId: 'dn1',
        professionId: 'community-staff-nurse',
      },
    ],
    ties,
  };
}

describe('snapshot projection', () => {
  const network = raw([
    tie('t1', 'a', 'b'),
    tie('t2', 'a', 'c'),
    tie('t3', 'a', 'c', 'delegated-health-task', 4, true),
    tie('t4', 'b', 'd', 'direct-contact', 2),
  ]);

  it('keeps every tie as its own edge at PEOPLE level, parallel ties included', () => {
    const s = projectSnapshot(network, 'PEOPLE');
    expect(s.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(s.edges.map((e) => e.id).sort()).toEqual(['t1', 't2', 't3', 't4']);
    expect(s.nodes.find((n) => n.id === 'a')).toMatchObject({
      teamTypeId: 'home-care-branch',
      sectorId: 'independent',
      neighbourhoodId: 'n1',
    });
  });

  it('aggregates to teams per pair and type with counts and summed strength; internal ties on the node', () => {
    const s = projectSnapshot(network, 'TEAMS');
    expect(s.nodes.map((n) => [n.id, n.size, n.internalTies])).toEqual([
      ['hc1', 1, 1],
      ['dn1', 1, 0],
    ]);
    const contact = s.edges.find((e) => e.typeId === 'direct-contact');
    expect(contact).toMatchObject({ count: 2, strength: 5 });
    expect(s.edges.find((e) => e.typeId === 'delegated-health-task')).toMatchObject({
      source: 'hc1',
      target: 'dn1',
      directed: true,
      count: 1,
    });
  });

  it('gives an aggregated edge the same mean integration level whatever order its ties come in', () => {
    const levels = [5, 4, 4, 5, 4, 5, 4, 4, 5, 4, 5, 5, 4, 4, 5, 4, 4, 5, 4, 5, 4, 5, 4, 5, 5];
    const many = levels.map((level, i) => ({
      ...tie(`m${i}`, 'a', 'c', 'advice'),
      integrationLevel: level,
    }));
    const mean = (ties: RawTie[]) =>
      projectSnapshot(raw(ties), 'ORGANISATIONS').edges.find((e) => e.typeId === 'advice')!
        .integrationLevel;
    // A running mean gives 4.480000000000001 one way and 4.479999999999999 the other.
    expect(mean(many)).toBe(mean([...many].reverse()));
    expect(mean(many)).toBe(levels.reduce((a, b) => a + b, 0) / levels.length);
  });

  it('aggregates to sectors and professions', () => {
    expect(
      projectSnapshot(network, 'SECTORS')
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['independent', 'nhs']);
    const prof = projectSnapshot(network, 'PROFESSIONS');
    expect(prof.nodes.map((n) => n.id).sort()).toEqual([
      'community-staff-nurse',
      'district-nurse',
      'home-care-worker',
    ]);
  });

  it('filters by tie type, minimum strength and profession', () => {
    expect(
      projectSnapshot(network, 'PEOPLE', { tieTypeIds: ['delegated-health-task'] }).edges.map(
        (e) => e.id,
      ),
    ).toEqual(['t3']);
    expect(
      projectSnapshot(network, 'PEOPLE', { minStrength: 3 })
        .edges.map((e) => e.id)
        .sort(),
    ).toEqual(['t1', 't2', 't3']);
    const nurses = projectSnapshot(network, 'PEOPLE', {
      professionIds: ['district-nurse', 'home-care-worker'],
    });
    expect(nurses.nodes.map((n) => n.id).sort()).toEqual(['a', 'b', 'c']);
    expect(nurses.edges.map((e) => e.id).sort()).toEqual(['t1', 't2', 't3']);
  });
});

describe('diff of two snapshots', () => {
  it('classifies added, ended, strengthened, weakened and retyped pairs, and joiners and leavers', () => {
    const before = projectSnapshot(
      raw([
        tie('t1', 'a', 'b', 'direct-contact', 2),
        tie('t2', 'a', 'c', 'direct-contact', 3),
        tie('t3', 'b', 'c', 'advice', 3),
        tie('t4', 'c', 'd', 'referral', 3),
      ]),
      'PEOPLE',
    );
    const afterRaw = raw([
      tie('t1', 'a', 'b', 'direct-contact', 2),
      tie('t5', 'a', 'b', 'joint-visit', 3),
      tie('t2b', 'a', 'c', 'direct-contact', 1),
      tie('t3b', 'b', 'c', 'referral', 3),
      tie('t6', 'a', 'd'),
    ]);
    afterRaw.people = afterRaw.people
      .filter((p) => p.id !== 'd')
      .concat({
        id: 'e',
        label: 'P-5',
        level: 'FRONTLINE',
        blendedRole: false,
        teamId: 'dn1',
        professionId: 'gp',
      });
    afterRaw.ties = afterRaw.ties.filter((t) => t.id !== 't6').concat(tie('t7', 'a', 'e'));
    const diff = diffSnapshots(before, projectSnapshot(afterRaw, 'PEOPLE'));
    const kinds = Object.fromEntries(diff.changes.map((c) => [`${c.source}-${c.target}`, c.kind]));
    expect(kinds).toEqual({
      'a-b': 'STRENGTHENED',
      'a-c': 'WEAKENED',
      'b-c': 'TYPE_CHANGED',
      'c-d': 'ENDED',
      'a-e': 'ADDED',
    });
    expect(diff.counts).toEqual({
      added: 1,
      ended: 1,
      strengthened: 1,
      weakened: 1,
      typeChanged: 1,
      joined: 1,
      left: 1,
    });
  });
});

describe('removal simulation', () => {
  it('counts lost pairs and cross-group pairs among those who stay', () => {
    // a - b - c - d, groups: a,b home care; c,d nursing. Removing b isolates a.
    const s = projectSnapshot(
      raw([tie('t1', 'a', 'b'), tie('t2', 'b', 'c'), tie('t3', 'c', 'd')]),
      'PEOPLE',
    );
    const group = (id: string) => s.nodes.find((n) => n.id === id)?.teamTypeId ?? null;
    expect(simulateRemoval(s, ['b'], group)).toEqual({
      removed: ['b'],
      componentsBefore: 1,
      componentsAfter: 2,
      newComponents: 1,
      lostPairs: 2,
      lostCrossGroupPairs: 2,
    });
    expect(simulateRemoval(s, ['d'], group)).toMatchObject({ newComponents: 0, lostPairs: 0 });
  });
});

describe('blueprint evaluation', () => {
  const blueprint = {
    id: 'bp',
    name: 'BP',
    expectations: [
      {
        id: 'e1',
        fromTeamTypeId: 'home-care-branch',
        toTeamTypeId: 'district-nursing',
        tieTypeId: 'delegated-health-task',
        sameNeighbourhood: true,
        description: 'HC-DN delegation',
      },
    ],
  };
  it('reports the unconnected team pair as a gap and counts progress', () => {
    const gaps = evaluateBlueprint(raw([tie('t1', 'a', 'c', 'direct-contact')]), blueprint);
    expect(gaps.gaps.map((g) => [g.from.id, g.to.id, g.distance])).toEqual([['hc1', 'dn1', 1]]);
    expect(gaps.progress).toEqual([
      {
        expectationId: 'e1',
        description: 'HC-DN delegation',
        neighbourhoodId: 'n1',
        expected: 1,
        met: 0,
      },
    ]);
  });
  it('is met by a tie of the expected type between members, in either direction', () => {
    const met = evaluateBlueprint(
      raw([tie('t1', 'c', 'b', 'delegated-health-task', 4, true)]),
      blueprint,
    );
    expect(met.gaps).toEqual([]);
    expect(met.metPairs).toBe(1);
  });
});

describe('calendar moments', () => {
  it('steps through quarters and months', () => {
    expect(calendarMoments('2022-02-10', '2022-12-31', 3).map((m) => m.label)).toEqual([
      '2022 Q2',
      '2022 Q3',
      '2022 Q4',
    ]);
    expect(calendarMoments('2022-01-01', '2022-03-01', 1).map((m) => m.date)).toEqual([
      '2022-01-01',
      '2022-02-01',
      '2022-03-01',
    ]);
  });
});
