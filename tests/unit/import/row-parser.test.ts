import type { FileEvent } from '../../../api/import/file-reader';
import { planImport } from '../../../api/import/import-plan';
import { NO_MAPPING, parseMapping } from '../../../api/import/mapping';
import { Lookups, parseFile, terms } from '../../../api/import/row-parser';

const lookups: Lookups = {
  vocabularies: new Map([
    [
      'Profession',
      terms([
        { id: 'district-nurse', name: 'District nurse' },
        { id: 'gp', name: 'GP' },
      ]),
    ],
    ['TieType', terms([{ id: 'referral', name: 'Referral' }])],
  ]),
  neighbourhoods: terms([{ id: 'nb-1', name: 'North' }]),
};

/** The events as a file reader yields them (an async iterable, like a stream). */
const events = (list: FileEvent[]): AsyncIterable<FileEvent> => ({
  [Symbol.asyncIterator]: () => {
    let i = 0;
    return {
      next: () =>
        Promise.resolve(
          i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true },
        ),
    };
  },
});

const people = (rows: FileEvent[]) =>
  events([
    {
      kind: 'sheet',
      name: 'Staff',
      headers: ['ID', 'Pseudonym', 'Grade', 'Blended', 'Start date', 'Shoe size'],
    },
    ...rows,
  ]);

describe('the spreadsheet row parser', () => {
  it('matches headers and sheet names by synonym, converts cells, counts blank rows', async () => {
    const parsed = await parseFile(
      people([
        {
          kind: 'row',
          row: 2,
          cells: ['p1', 'P-1', 'frontline', 'yes', new Date(Date.UTC(2024, 1, 29)), '9'],
        },
        { kind: 'row', row: 3, cells: [null, '  ', null, null, null, null] },
        { kind: 'row', row: 4, cells: ['p2', 'P-2', 'Senior leader', 'FALSE', 45292, null] },
      ]),
      lookups,
      NO_MAPPING,
      {},
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.blank).toEqual({ people: 1 });
    expect(parsed.rows.get('people')?.map((r) => r.values)).toEqual([
      {
        id: 'p1',
        pseudonym: 'P-1',
        level: 'FRONTLINE',
        blendedRole: true,
        validFrom: '2024-02-29',
      },
      // 45292 is an Excel date serial: 2024-01-01.
      {
        id: 'p2',
        pseudonym: 'P-2',
        level: 'SENIOR_LEADER',
        blendedRole: false,
        validFrom: '2024-01-01',
      },
    ]);
    expect(parsed.warnings).toEqual([
      expect.objectContaining({ column: 'Shoe size', code: 'UNKNOWN_COLUMN', row: 1 }),
    ]);
  });

  it('reports impossible dates, bad values and out-of-range numbers at their cells', async () => {
    const parsed = await parseFile(
      events([
        {
          kind: 'sheet',
          name: 'ties',
          headers: [
            'id',
            'from',
            'to',
            'type',
            'strength',
            'frequency',
            'integrationLevel',
            'source',
            'confidence',
            'validFrom',
          ],
        },
        {
          kind: 'row',
          row: 2,
          cells: ['t1', 'a', 'b', 'Referral', 6, 'weekly', 2.5, 'WAVE', 1.5, '2023-02-30'],
        },
      ]),
      lookups,
      NO_MAPPING,
      {},
    );
    expect(parsed.errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '2:strength:OUT_OF_RANGE',
      '2:integrationLevel:INVALID_NUMBER',
      '2:confidence:OUT_OF_RANGE',
      '2:validFrom:INVALID_DATE',
    ]);
  });

  it('applies a mapping of headers and values, and refuses a malformed one', async () => {
    const mapping = parseMapping(
      JSON.stringify({
        columns: { memberships: { Who: 'person' } },
        values: { profession: { DN: 'district-nurse' } },
      }),
    );
    const parsed = await parseFile(
      events([
        { kind: 'sheet', name: 'memberships', headers: ['id', 'Who', 'profession', 'from'] },
        { kind: 'row', row: 2, cells: ['m1', 'p1', 'DN', '2024-01-01'] },
        { kind: 'row', row: 3, cells: ['m2', 'p1', 'Surgeon', '2024-01-01'] },
      ]),
      lookups,
      mapping,
      {},
    );
    expect(parsed.rows.get('memberships')?.[0].values).toMatchObject({
      person: 'p1',
      profession: 'district-nurse',
    });
    expect(parsed.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'profession',
        code: 'UNKNOWN_VALUE',
        message: expect.stringContaining('district-nurse, gp'),
      }),
    ]);
    expect(() => parseMapping('[1]')).toThrow('mapping');
    expect(() => parseMapping('{"values": {"nope": {}}}')).toThrow('"nope" is not a column');
  });

  it('plans creates, updates and unchanged rows against the stored state, with the rules between rows', async () => {
    const parsed = await parseFile(
      people([
        { kind: 'row', row: 2, cells: ['p1', 'P-1', 'FRONTLINE', null, '2024-01-01', null] },
        { kind: 'row', row: 3, cells: ['p2', 'P-2b', 'MANAGER', null, '2024-01-01', null] },
        { kind: 'row', row: 4, cells: ['p3', 'P-1', 'MANAGER', null, '2024-01-01', null] },
      ]),
      lookups,
      NO_MAPPING,
      {},
    );
    const stored = (key: string, pseudonym: string, level: string) => ({
      id: `person-${key}`,
      key,
      fields: {
        pseudonym,
        level,
        blendedRole: false,
        validFrom: '2024-01-01',
        validTo: null,
        displayName: null,
        roleTitle: null,
      },
    });
    const plan = planImport(parsed, {
      councilId: 'c',
      stored: new Map([
        ['people', [stored('p1', 'P-1', 'FRONTLINE'), stored('p2', 'P-2', 'MANAGER')]],
      ]),
      defaultSector: new Map(),
      defaultDirected: new Map(),
      endMissing: null,
    });
    expect(plan.records.get('people')?.map((r) => [r.key, r.action, r.changes])).toEqual([
      ['p1', 'unchanged', {}],
      ['p2', 'update', { pseudonym: 'P-2b' }],
      ['p3', 'create', {}],
    ]);
    expect(plan.records.get('people')?.[1].id).toBe('person-p2');
    expect(plan.errors).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'pseudonym',
        code: 'CONFLICT',
        message: expect.stringContaining('row 2'),
      }),
    ]);
  });
});
