import {
  DEFAULT_STATE,
  decodeUrlState,
  encodeUrlState,
  filterInput,
  isNavigation,
  momentVariables,
  type UrlState,
} from '../../../ui/src/model/url-state';

describe('URL state', () => {
  it('round-trips every field through the query string', () => {
    const state: UrlState = {
      council: 'tamebridge',
      moment: { wave: 'tamebridge-wave-review' },
      level: 'TEAMS',
      view: 'changes',
      colour: 'profession',
      size: 'betweenness',
      compound: 'organisation',
      filters: {
        tieTypeIds: ['referral', 'advice'],
        sectorIds: ['nhs'],
        professionIds: ['district-nurse'],
        neighbourhoodIds: ['n1'],
        minStrength: 2.5,
      },
      search: 'Robin & co',
      selected: 'tamebridge-p-0001',
      ego: 2,
      from: { asOf: '2022-01-01' },
      compare: ['tamebridge', 'riverholm'],
      compareWave: 'Pilot',
      rank: 3,
    };
    const query = encodeUrlState(state);
    expect(decodeUrlState(`?${query}`)).toEqual(state);
  });

  it('leaves defaults out so links stay short, and decodes an empty query to the defaults', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(decodeUrlState('')).toEqual(DEFAULT_STATE);
    expect(encodeUrlState({ ...DEFAULT_STATE, council: 'ashcombe' })).toBe('council=ashcombe');
  });

  it('prefers a wave over a date and ignores bad values', () => {
    const s = decodeUrlState(
      'wave=w1&asOf=2020-01-01&level=GALAXIES&view=nope&ego=7&minStrength=x',
    );
    expect(s.moment).toEqual({ wave: 'w1' });
    expect(s.level).toBe('PEOPLE');
    expect(s.view).toBe('map');
    expect(s.ego).toBe(0);
    expect(s.filters.minStrength).toBeNull();
    expect(encodeUrlState({ ...DEFAULT_STATE, moment: { wave: 'w', asOf: 'd' } })).toBe('wave=w');
  });

  it('pushes history only when what you look at changes', () => {
    const a = { ...DEFAULT_STATE, council: 'c' };
    expect(isNavigation(a, { ...a, search: 'x' })).toBe(false);
    expect(isNavigation(a, { ...a, selected: 'n' })).toBe(false);
    expect(isNavigation(a, { ...a, view: 'table' })).toBe(true);
    expect(isNavigation(a, { ...a, moment: { asOf: '2024-01-01' } })).toBe(true);
    expect(isNavigation(a, { ...a, level: 'SECTORS' })).toBe(true);
  });

  it('builds GraphQL variables for a moment and a filter', () => {
    expect(momentVariables({ wave: 'w', asOf: 'd' })).toEqual({ wave: 'w' });
    expect(momentVariables({ asOf: 'd' })).toEqual({ asOf: 'd' });
    expect(momentVariables({})).toEqual({});
    expect(filterInput(DEFAULT_STATE.filters)).toBeNull();
    expect(filterInput({ ...DEFAULT_STATE.filters, sectorIds: ['nhs'], minStrength: 0 })).toEqual({
      sectorIds: ['nhs'],
      minStrength: 0,
    });
  });
});
