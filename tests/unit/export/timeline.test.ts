import { HistoryNetwork, HistoryTie } from '../../../api/export/history/history-types';
import { changeDates, rawAt } from '../../../api/export/history/raw-at';
import { timeline } from '../../../api/export/history/timeline';
import { metricName } from '../../../api/export/metric-names';

const tie = (
  id: string,
  fromId: string,
  toId: string,
  validFrom: string,
  validTo: string | null,
): HistoryTie => ({
  id,
  typeId: 'direct-contact',
  directed: false,
  strength: 3,
  integrationLevel: 4,
  fromId,
  fromKind: 'PERSON',
  toId,
  toKind: 'PERSON',
  validFrom,
  validTo,
  trust: null,
  frequency: null,
  source: null,
  confidence: null,
  waveId: null,
});

/**
 * Ann stays in team A; Bob moves from team A to team B on 2021-01-01 and back on 2022-01-01;
 * their tie runs 2020-01-01 to 2023-01-01; Cy joins on 2020-06-01 and leaves on 2020-09-01.
 */
const history: HistoryNetwork = {
  councilId: 'c',
  people: [
    {
      id: 'ann',
      label: 'P-ann',
      level: 'FRONTLINE',
      blendedRole: false,
      validFrom: '2020-01-01',
      validTo: null,
      teams: [{ id: 'team-a', validFrom: '2020-01-01', validTo: null }],
      professions: [],
    },
    {
      id: 'bob',
      label: 'P-bob',
      level: 'FRONTLINE',
      blendedRole: false,
      validFrom: '2020-01-01',
      validTo: null,
      teams: [
        { id: 'team-a', validFrom: '2020-01-01', validTo: '2021-01-01' },
        { id: 'team-b', validFrom: '2021-01-01', validTo: '2022-01-01' },
        { id: 'team-a', validFrom: '2022-01-01', validTo: null },
      ],
      professions: [{ id: 'district-nurse', validFrom: '2020-01-01', validTo: null }],
    },
    {
      id: 'cy',
      label: 'P-cy',
      level: 'FRONTLINE',
      blendedRole: false,
      validFrom: '2020-06-01',
      validTo: '2020-09-01',
      teams: [],
      professions: [],
    },
  ],
  teams: ['team-a', 'team-b'].map((id) => ({
    id,
    name: id,
    typeId: 'district-nursing',
    neighbourhoodId: null,
    validFrom: '2019-01-01',
    validTo: null,
    organisations: [],
  })),
  organisations: [],
  ties: [tie('t1', 'ann', 'bob', '2020-01-01', '2023-01-01')],
};

describe('GEXF timeline', () => {
  it('lists every date something starts or ends', () => {
    expect(changeDates(history)).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2020-06-01',
      '2020-09-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
  });

  it('reads the network at a date as the snapshot query does (latest valid membership)', () => {
    const raw = rawAt(history, '2021-06-01');
    expect(raw.people.map((p) => [p.id, p.teamId, p.professionId])).toEqual([
      ['ann', 'team-a', null],
      ['bob', 'team-b', 'district-nurse'],
    ]);
    expect(raw.ties.map((t) => t.id)).toEqual(['t1']);
    expect(rawAt(history, '2023-01-01').ties).toEqual([]);
    expect(rawAt(history, '2020-07-01').people.map((p) => p.id)).toEqual(['ann', 'bob', 'cy']);
  });

  it('gives people one inclusive spell across membership changes, and ended ones an end', async () => {
    const line = await timeline(history, 'PEOPLE', {});
    expect(line.nodeSpells.get('bob')).toEqual([{ start: '2020-01-01', end: null }]);
    expect(line.nodeSpells.get('cy')).toEqual([{ start: '2020-06-01', end: '2020-08-31' }]);
    expect(line.edgeSpells.get('t1')).toEqual([{ start: '2020-01-01', end: '2022-12-31' }]);
  });

  it('at TEAMS level, a tie between teams exists only while Bob is in the other team', async () => {
    const line = await timeline(history, 'TEAMS', {});
    expect([...line.edgeSpells]).toEqual([
      ['team-a|team-b|direct-contact|u', [{ start: '2021-01-01', end: '2021-12-31' }]],
    ]);
    expect(line.nodeSpells.get('team-b')).toEqual([{ start: '2019-01-01', end: null }]);
    // Filters apply at every date: only district nurses (Bob) leaves no tie between two of them.
    const nurses = await timeline(history, 'PEOPLE', { professionIds: ['district-nurse'] });
    expect(nurses.edgeSpells.size).toBe(0);
  });

  it('splits a spell where a node drops out and comes back', async () => {
    // Bob is a district nurse throughout: one open spell.
    const line = await timeline(history, 'PROFESSIONS', {});
    expect(line.nodeSpells.get('district-nurse')).toEqual([{ start: '2020-01-01', end: null }]);
    // Ann is a GP, then for two months has no profession, then is a GP again.
    const gappy: HistoryNetwork = {
      ...history,
      people: [
        {
          ...history.people[0],
          validFrom: '2020-01-01',
          validTo: null,
          professions: [
            { id: 'gp', validFrom: '2020-01-01', validTo: '2020-03-01' },
            { id: 'gp', validFrom: '2020-05-01', validTo: null },
          ],
        },
      ],
      ties: [],
    };
    expect((await timeline(gappy, 'PROFESSIONS', {})).nodeSpells.get('gp')).toEqual([
      { start: '2020-01-01', end: '2020-02-29' },
      { start: '2020-05-01', end: null },
    ]);
  });
});

describe('metric names carry their convention', () => {
  const c = {
    scope: 'node' as const,
    reference: '',
    description: '',
  };
  it('names normalisation, direction and weighting', () => {
    expect(
      metricName({
        ...c,
        metric: 'betweenness',
        directed: false,
        weighted: null,
        normalisation: 'sum over unordered pairs divided by (n-1)(n-2)/2',
      }),
    ).toBe('betweenness_normalised_undirected');
    expect(
      metricName({
        ...c,
        metric: 'degree',
        directed: true,
        weighted: null,
        normalisation: 'none (a count)',
      }),
    ).toBe('degree_raw_directed');
    expect(
      metricName({
        ...c,
        metric: 'strength',
        directed: false,
        weighted: 'strength',
        normalisation: 'none (a sum of weights)',
      }),
    ).toBe('strength_raw_undirected_strength_weighted');
    expect(
      metricName({
        ...c,
        metric: 'harmonicNormalised',
        directed: false,
        weighted: null,
        normalisation: 'divided by n-1',
      }),
    ).toBe('harmonic_normalised_undirected');
    expect(
      metricName({
        ...c,
        metric: 'brokerage.coordinator',
        directed: false,
        weighted: null,
        normalisation: 'none (a count)',
      }),
    ).toBe('brokerage_coordinator_raw_undirected');
  });
});
