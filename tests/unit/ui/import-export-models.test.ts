import { EXPORT_FORMATS, exportUrl } from '../../../ui/src/model/export-links';
import { unknownValues } from '../../../ui/src/pages/import/unknown-values';
import {
  columnsFromWarnings,
  detectColumn,
  effectiveField,
  EMPTY_MAPPING,
  issuesCsv,
  mappingJson,
  normaliseResult,
  unknownValueOf,
  vocabularyOf,
  type ImportIssue,
} from '../../../ui/src/model/import-result';
import { EMPTY_FILTERS } from '../../../ui/src/model/url-state';

const issue = (over: Partial<ImportIssue>): ImportIssue => ({
  sheet: 'people',
  row: 1,
  column: null,
  code: 'UNKNOWN_COLUMN',
  message: '',
  ...over,
});

describe('export links', () => {
  const gexf = EXPORT_FORMATS.find((f) => f.path === 'export.gexf')!;
  const xlsx = EXPORT_FORMATS.find((f) => f.path === 'export.xlsx')!;

  it('carry level, the wave (not asOf as well) and comma-separated filters', () => {
    const url = exportUrl('tame bridge', gexf, {
      level: 'TEAMS',
      moment: { wave: 'w1', asOf: '2025-01-01' },
      filters: { ...EMPTY_FILTERS, sectorIds: ['nhs', 'council'], minStrength: 3 },
    });
    expect(url).toBe(
      '/api/councils/tame%20bridge/export.gexf?level=TEAMS&wave=w1&sectorIds=nhs%2Ccouncil&minStrength=3',
    );
  });

  it('leave the whole-council workbook unscoped', () => {
    expect(
      exportUrl('c', xlsx, {
        level: 'SECTORS',
        moment: { asOf: '2025-01-01' },
        filters: EMPTY_FILTERS,
      }),
    ).toBe('/api/councils/c/export.xlsx');
  });
});

describe('import answers and mappings', () => {
  it('normalises an answer: missing lists become empty, string warnings become issues', () => {
    const r = normaliseResult({ ok: true, created: { people: 2 }, warnings: ['careful'] });
    expect(r).toEqual({
      ok: true,
      dryRun: true,
      created: { people: 2 },
      updated: {},
      unchanged: {},
      errors: [],
      warnings: [{ sheet: '', row: null, column: null, code: '', message: 'careful' }],
    });
  });

  it('writes errors as CSV with formulas defused', () => {
    const csv = issuesCsv([
      issue({ row: 3, column: 'profession', code: 'UNKNOWN_VALUE', message: '=HYPERLINK("x")' }),
    ]);
    expect(csv).toBe(
      'sheet,row,column,code,message\r\npeople,3,profession,UNKNOWN_VALUE,"\'=HYPERLINK(""x"")"\r\n',
    );
  });

  it('detects a column as the template names it, as the server warned, or as a synonym', () => {
    const warned = [
      issue({
        column: 'Staff handle',
        message: "not one of people's columns (id, pseudonym); ignored",
        value: 'Staff handle',
        allowed: ['id', 'pseudonym'],
      }),
    ];
    expect(detectColumn('people', 'Valid From', ['id', 'validFrom'], warned)).toEqual({
      kind: 'field',
      field: 'validFrom',
    });
    expect(detectColumn('people', 'staff handle', ['id'], warned).kind).toBe('ignored');
    // A warning about another sheet says nothing about this one.
    expect(detectColumn('teams', 'Staff handle', ['id'], warned).kind).toBe('server');
    expect(columnsFromWarnings(warned)).toEqual({ people: ['id', 'pseudonym'] });
  });

  it('the chosen field wins; a synonym keeps its header; an ignored column has none', () => {
    const mapping = { columns: { people: { Handle: 'pseudonym' } }, values: {} };
    expect(effectiveField(mapping, 'people', 'Handle', { kind: 'ignored', message: '' })).toBe(
      'pseudonym',
    );
    expect(effectiveField(EMPTY_MAPPING, 'people', 'alias', { kind: 'server' })).toBe('alias');
    expect(
      effectiveField(EMPTY_MAPPING, 'people', 'x', { kind: 'ignored', message: '' }),
    ).toBeNull();
  });

  it('names the vocabulary of a column, per sheet for "type"', () => {
    expect(vocabularyOf('memberships', 'profession')).toBe('professions');
    expect(vocabularyOf('ties', 'type')).toBe('tieTypes');
    expect(vocabularyOf('teams', 'type')).toBe('teamTypes');
    expect(vocabularyOf('organisations', 'type')).toBe('organisationTypes');
    expect(vocabularyOf('people', 'level')).toBeNull();
  });

  it('reads the refused value from an UNKNOWN_VALUE error only, from its value field', () => {
    expect(
      unknownValueOf(
        issue({
          code: 'UNKNOWN_VALUE',
          message: 'profession "DN" is not a known Profession',
          value: 'DN',
        }),
      ),
    ).toBe('DN');
    expect(unknownValueOf(issue({ code: 'REQUIRED', message: 'x "y"', value: 'y' }))).toBeNull();
    // Nothing is read out of the message any more.
    expect(unknownValueOf(issue({ code: 'UNKNOWN_VALUE', message: 'level "Boss"' }))).toBeNull();
  });

  it('sends a mapping only when something was chosen, without empty choices', () => {
    expect(mappingJson({ columns: { people: { a: '' } }, values: { profession: {} } })).toBeNull();
    expect(
      JSON.parse(
        mappingJson({
          columns: { people: { Handle: 'pseudonym', b: '' } },
          values: { profession: { DN: 'district-nurse' } },
        })!,
      ),
    ).toEqual({
      columns: { people: { Handle: 'pseudonym' } },
      values: { profession: { DN: 'district-nurse' } },
    });
  });

  it('offers what the server allows for a refused value outside the shared vocabularies', () => {
    const vocab = {
      sectors: [],
      professions: [{ id: 'district-nurse', name: 'District nurse' }],
      teamTypes: [],
      organisationTypes: [],
      tieTypes: [],
      noteCategories: [],
    } as unknown as Parameters<typeof unknownValues>[5];
    const errors = [
      issue({
        sheet: 'people',
        row: 3,
        column: 'level',
        code: 'UNKNOWN_VALUE',
        message: 'level "Boss" is not allowed',
        value: 'Boss',
        allowed: ['FRONTLINE', 'MANAGER', 'SENIOR_LEADER'],
      }),
      issue({
        sheet: 'memberships',
        row: 2,
        column: 'profession',
        code: 'UNKNOWN_VALUE',
        message: 'profession "DN" is not a known Profession',
        value: 'DN',
        allowed: ['district-nurse'],
      }),
    ];
    const found = unknownValues([], {}, [], errors, EMPTY_MAPPING, vocab);
    expect(found.map((u) => [u.field, u.value, u.choices.map((c) => c.id)])).toEqual([
      ['level', 'Boss', ['FRONTLINE', 'MANAGER', 'SENIOR_LEADER']],
      ['profession', 'DN', ['district-nurse']],
    ]);
    // A vocabulary column offers the terms by name.
    expect(found[1].choices[0].name).toBe('District nurse');
  });
});
