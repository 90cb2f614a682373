import { actionLabel, firstOf, formatValue, pageLabel } from '../../../ui/src/model/audit';
import { createCouncilInput, neighbourhoodNames } from '../../../ui/src/model/council-form';
import {
  addDays,
  curlExample,
  expiryBounds,
  sortTokens,
  tokenStatus,
  type ApiToken,
} from '../../../ui/src/model/tokens';

const token = (over: Partial<ApiToken>): ApiToken => ({
  id: 't',
  name: 'n',
  createdAt: '2026-01-01T00:00:00.000Z',
  expiresAt: '2026-06-01T00:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

describe('audit trail formatting', () => {
  it('shows JSON before/after values readably', () => {
    expect(formatValue('"EDITOR"')).toBe('EDITOR');
    expect(formatValue('4')).toBe('4');
    expect(formatValue(null)).toBe('—');
    expect(formatValue('null')).toBe('—');
    expect(formatValue('["a","b"]')).toBe('["a","b"]');
    expect(formatValue(JSON.stringify('x'.repeat(200)), 10)).toBe('xxxxxxxxx…');
    expect(formatValue('not json')).toBe('not json');
  });

  it('labels actions and pages, and cuts long batches', () => {
    expect(actionLabel('ROLE_GRANTED')).toBe('Role granted');
    expect(pageLabel(50, 25, 75)).toBe('51–75 of 75');
    expect(pageLabel(0, 0, 0)).toBe('0 of 0');
    expect(firstOf([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], more: 2 });
  });
});

describe('API tokens', () => {
  const now = '2026-03-01T12:00:00.000Z';
  it('tells active, expired and revoked tokens apart and lists active ones first', () => {
    const active = token({ id: 'a' });
    const expired = token({
      id: 'e',
      expiresAt: '2026-02-01T00:00:00.000Z',
      createdAt: '2026-02-01T00:00:00.000Z',
    });
    const revoked = token({ id: 'r', revokedAt: '2026-02-02T00:00:00.000Z' });
    expect([active, expired, revoked].map((t) => tokenStatus(t, now))).toEqual([
      'active',
      'expired',
      'revoked',
    ]);
    expect(sortTokens([expired, revoked, active], now)[0].id).toBe('a');
  });

  it('offers tomorrow to a year ahead, 90 days by default, across month ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(expiryBounds('2026-03-01')).toEqual({
      min: '2026-03-02',
      max: '2027-03-01',
      initial: '2026-05-30',
    });
  });

  it('gives a curl example with the secret as a Bearer token', () => {
    const text = curlExample('https://iw.example', 'iw.tok-1.abc');
    expect(text).toContain('https://iw.example/graphql');
    expect(text).toContain("-H 'Authorization: Bearer iw.tok-1.abc'");
  });
});

describe('new council form', () => {
  it('takes one neighbourhood per line or comma, without blanks or repeats', () => {
    expect(neighbourhoodNames('North\n  south  \n\nNorth, East ,')).toEqual([
      'North',
      'south',
      'East',
    ]);
    expect(
      createCouncilInput({ name: ' Brookvale ', region: ' ', neighbourhoods: 'A\nB' }),
    ).toEqual({
      name: 'Brookvale',
      neighbourhoods: [{ name: 'A' }, { name: 'B' }],
    });
  });
});
