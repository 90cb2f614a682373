import {
  describeChange,
  diffClasses,
  pairKey,
  tallyChanges,
  type NetworkDiff,
  type PairChange,
} from '../../../ui/src/model/diff';
import { unionOf } from '../../../ui/src/model/timeline';
import { edge, node, snapshot } from './map-fixtures';

function change(
  kind: PairChange['kind'],
  source: string,
  target: string,
  extra: Partial<PairChange> = {},
): PairChange {
  return {
    kind,
    source,
    target,
    sourceLabel: source,
    targetLabel: target,
    typesBefore: [],
    typesAfter: [],
    strengthBefore: 0,
    strengthAfter: 0,
    countBefore: 0,
    countAfter: 0,
    ...extra,
  };
}

describe('diff classification', () => {
  const before = snapshot(
    [node('a'), node('b'), node('c'), node('gone')],
    [
      edge('ab', 'a', 'b'),
      edge('bc', 'b', 'c'),
      edge('ac-old', 'a', 'c', { typeId: 'advice' }),
      edge('x', 'a', 'gone'),
    ],
  );
  const after = snapshot(
    [node('a'), node('b'), node('c'), node('new')],
    [
      edge('ab', 'a', 'b', { strength: 5 }),
      edge('ac-new', 'c', 'a', { typeId: 'referral' }),
      edge('an', 'a', 'new'),
    ],
  );
  const union = unionOf([
    { date: 'd0', snapshot: before },
    { date: 'd1', snapshot: after },
  ]);
  const diff: NetworkDiff = {
    from: 'd0',
    to: 'd1',
    counts: {
      added: 1,
      ended: 2,
      strengthened: 1,
      weakened: 0,
      typeChanged: 1,
      joined: 1,
      left: 1,
    },
    changes: [
      change('STRENGTHENED', 'a', 'b', {
        strengthBefore: 3,
        strengthAfter: 5,
        typesAfter: ['direct-contact'],
      }),
      change('ENDED', 'b', 'c', { typesBefore: ['direct-contact'], strengthBefore: 3 }),
      change('TYPE_CHANGED', 'a', 'c', { typesBefore: ['advice'], typesAfter: ['referral'] }),
      change('ADDED', 'new', 'a', { typesAfter: ['direct-contact'], strengthAfter: 3 }),
      change('ENDED', 'a', 'gone'),
    ],
    joined: [{ id: 'new', label: 'New', kind: 'PERSON' }],
    left: [{ id: 'gone', label: 'Gone', kind: 'PERSON' }],
  };

  it('marks added green, ended red dashed, strengthened, type changes, joined and left nodes', () => {
    const classes = diffClasses(diff, union, 0, 1);
    expect(classes.get('ab')).toBe('diff-strengthened');
    expect(classes.get('bc')).toBe('diff-ended');
    expect(classes.get('ac-new')).toBe('diff-type-changed');
    expect(classes.get('ac-old')).toBe('diff-ended');
    expect(classes.get('an')).toBe('diff-added');
    expect(classes.get('x')).toBe('diff-ended');
    expect(classes.get('new')).toBe('diff-joined');
    expect(classes.get('gone')).toBe('diff-left');
  });

  it('greys unchanged ties and hides ties only before that belong to no ending pair', () => {
    const u = unionOf([
      {
        date: 'd0',
        snapshot: snapshot(
          [node('a'), node('b')],
          [edge('k', 'a', 'b'), edge('old', 'a', 'b', { typeId: 'advice' })],
        ),
      },
      { date: 'd1', snapshot: snapshot([node('a'), node('b')], [edge('k', 'a', 'b')]) },
    ]);
    const none: NetworkDiff = { ...diff, changes: [], joined: [], left: [] };
    const c = diffClasses(none, u, 0, 1);
    expect(c.get('k')).toBe('diff-same');
    expect(c.get('old')).toBe('absent');
  });

  it('keys pairs without order, tallies kinds and describes changes in words', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
    expect(tallyChanges(diff.changes)).toEqual({
      ADDED: 1,
      ENDED: 2,
      STRENGTHENED: 1,
      WEAKENED: 0,
      TYPE_CHANGED: 1,
    });
    const names = { 'direct-contact': 'Direct contact', advice: 'Advice', referral: 'Referral' };
    expect(describeChange(diff.changes[0], names)).toBe('Strength 3 → 5 (Direct contact)');
    expect(describeChange(diff.changes[2], names)).toBe('Type Advice → Referral');
    expect(describeChange(diff.changes[3], names)).toBe('New: Direct contact (strength 3)');
  });
});
