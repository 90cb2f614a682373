import {
  changedFields,
  fieldErrors,
  inFieldWords,
  missingRequired,
  toInput,
  valuesFrom,
  type FieldSpec,
} from '../../../ui/src/model/form';
import { groupedPositions, placeNewNodes } from '../../../ui/src/model/layout';

const specs: FieldSpec[] = [
  { name: 'typeId', label: 'Type', type: 'select', required: true },
  { name: 'strength', label: 'Strength', type: 'number', required: true },
  { name: 'trust', label: 'Trust', type: 'number' },
  { name: 'directed', label: 'Directed', type: 'checkbox' },
  { name: 'neighbourhoodIds', label: 'Hoods', type: 'multiselect' },
  { name: 'note', label: 'Note', type: 'textarea' },
];

describe('forms', () => {
  it("puts the API's field names into the form's words", () => {
    const tie: FieldSpec[] = [
      { name: 'validFrom', label: 'Valid from', type: 'date', required: true },
      { name: 'validTo', label: 'Valid to (first day it no longer holds)', type: 'date' },
      { name: 'strength', label: 'Strength (1–5)', type: 'number', required: true },
    ];
    expect(
      inFieldWords(
        'validTo must be after validFrom (it is the first day the record no longer holds)',
        tie,
      ),
    ).toBe('Valid to must be after Valid from (it is the first day the record no longer holds)');
    // A plain name as the first word becomes its label; elsewhere it is an English word.
    expect(inFieldWords('strength must not be greater than 5', tie)).toBe(
      'Strength must not be greater than 5',
    );
    expect(inFieldWords('the strength of a tie; validFromDate', tie)).toBe(
      'the strength of a tie; validFromDate',
    );
  });

  it('puts API field errors against the field they name', () => {
    const names = specs.map((s) => s.name);
    expect(
      fieldErrors(
        [
          { field: 'input.strength', message: 'must be at most 5' },
          { field: 'input.strength', message: 'must be whole' },
          { field: 'input.fromId', message: 'unknown actor' },
          { field: 'input.neighbourhoodIds[2]', message: 'not in council' },
          { field: 'validTo', message: 'before validFrom' },
        ],
        names,
        { fromId: 'from' },
      ),
    ).toEqual({
      strength: 'must be at most 5 must be whole',
      neighbourhoodIds: 'not in council',
      _form: 'unknown actor before validFrom',
    });
    expect(
      fieldErrors([{ field: 'input.fromId', message: 'x' }], ['from'], { fromId: 'from' }),
    ).toEqual({ from: 'x' });
  });

  it('builds typed inputs; a number that does not parse goes as typed for the API to reject', () => {
    const values = {
      typeId: 'advice',
      strength: '4',
      trust: '',
      directed: true,
      neighbourhoodIds: ['n'],
      note: '  hi ',
    };
    expect(toInput(specs, values)).toEqual({
      typeId: 'advice',
      strength: 4,
      directed: true,
      neighbourhoodIds: ['n'],
      note: 'hi',
    });
    expect(toInput(specs, { ...values, strength: 'nine' }).strength).toBe('nine');
    expect(toInput(specs, values, { nullEmpty: true, only: ['trust', 'strength'] })).toEqual({
      strength: 4,
      trust: null,
    });
  });

  it('reads records into form values and finds what changed', () => {
    const v = valuesFrom(specs, {
      typeId: 'advice',
      strength: 3,
      trust: null,
      directed: true,
      neighbourhoodIds: ['a'],
    });
    expect(v).toEqual({
      typeId: 'advice',
      strength: '3',
      trust: '',
      directed: true,
      neighbourhoodIds: ['a'],
      note: '',
    });
    expect(changedFields(v, { ...v, strength: '4', neighbourhoodIds: ['a'] })).toEqual([
      'strength',
    ]);
  });

  it('sends both ends of a validity period when either changed, so the API checks them together', () => {
    const v = { strength: '3', validFrom: '2023-01-01', validTo: '' };
    expect(changedFields(v, { ...v, strength: '9', validTo: '2020-01-01' })).toEqual([
      'strength',
      'validTo',
      'validFrom',
    ]);
    expect(changedFields(v, { ...v, validFrom: '2022-01-01' })).toEqual(['validFrom', 'validTo']);
    expect(changedFields(v, { ...v, strength: '4' })).toEqual(['strength']);
    // A form without both dates sends only what changed.
    expect(changedFields({ validFrom: 'a' }, { validFrom: 'b' })).toEqual(['validFrom']);
  });
});

describe('layout helpers', () => {
  it('places groups apart and is deterministic', () => {
    const nodes = ['a1', 'a2', 'a3', 'b1', 'b2'].map((id) => ({ id, g: id[0] }));
    const p1 = groupedPositions(nodes, (n) => n.g);
    const p2 = groupedPositions([...nodes].reverse(), (n) => n.g);
    expect(p1).toEqual(p2);
    const dist = (x: string, y: string) =>
      Math.hypot(p1.get(x)!.x - p1.get(y)!.x, p1.get(x)!.y - p1.get(y)!.y);
    expect(dist('a1', 'b1')).toBeGreaterThan(dist('a1', 'a2'));
  });

  it('places new nodes beside their placed neighbours, or on a ring outside', () => {
    const known = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ]);
    const placed = placeNewNodes(['n', 'lonely'], [{ source: 'n', target: 'b' }], known);
    expect(Math.hypot(placed.get('n')!.x - 100, placed.get('n')!.y)).toBeLessThanOrEqual(30.0001);
    expect(Math.hypot(placed.get('lonely')!.x - 50, placed.get('lonely')!.y)).toBeGreaterThan(100);
  });
});

describe('missingRequired', () => {
  const specs = [
    { name: 'name', label: 'Name', type: 'text' as const, required: true },
    { name: 'validFrom', label: 'Valid from', type: 'date' as const, required: true },
    { name: 'ids', label: 'Neighbourhoods', type: 'multiselect' as const, required: true },
    { name: 'note', label: 'Note', type: 'textarea' as const },
    { name: 'ok', label: 'Confirmed', type: 'checkbox' as const, required: true },
  ];
  it('names every empty required field at once, in words; blanks count as empty', () => {
    expect(missingRequired(specs, { name: '   ', validFrom: '', ids: [], ok: false })).toEqual({
      name: 'Name is required.',
      validFrom: 'Valid from is required.',
      ids: 'Neighbourhoods is required.',
    });
  });
  it('is empty when every required field has a value (optional ones may stay empty)', () => {
    expect(missingRequired(specs, { name: 'A', validFrom: '2024-01-01', ids: ['x'] })).toEqual({});
  });
});
