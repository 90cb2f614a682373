import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { CreateInterventionInput } from '../intervention/dto/intervention.input';
import { CreateLearningNoteInput } from '../learning-note/dto/learning-note.input';
import {
  AddProfessionInput,
  AddTeamMembershipInput,
  AddTeamToOrganisationInput,
} from '../membership/dto/membership.input';
import { OrganisationInput } from '../organisation/dto/organisation.input';
import { PersonInput } from '../person/dto/person.input';
import { TeamInput } from '../team/dto/team.input';
import { TieInput } from '../tie/dto/tie.input';
import { CreateWaveInput } from '../wave/dto/wave.input';
import { ImportCode, ImportProblem } from './import-report';
import type { Value } from './row-parser';
import type { SheetName } from './sheets';

/**
 * Per-row field rules: the API's own input classes and their class-validator rules, so an
 * import refuses exactly what the API refuses, with the same messages. Each sheet says
 * which input class it fills and which column each input field comes from.
 */
interface RowInput {
  input: new () => object;
  /** Input field → column. */
  fields: Record<string, string>;
}

const VALIDITY = { validFrom: 'validFrom', validTo: 'validTo' };

const INPUTS: Record<Exclude<SheetName, 'memberships'>, RowInput> = {
  organisations: {
    input: OrganisationInput,
    fields: {
      name: 'name',
      typeId: 'type',
      sectorId: 'sector',
      neighbourhoodIds: 'neighbourhoods',
      ...VALIDITY,
    },
  },
  teams: {
    input: TeamInput,
    fields: { name: 'name', typeId: 'type', neighbourhoodId: 'neighbourhood', ...VALIDITY },
  },
  people: {
    input: PersonInput,
    fields: {
      pseudonym: 'pseudonym',
      displayName: 'displayName',
      roleTitle: 'roleTitle',
      level: 'level',
      blendedRole: 'blendedRole',
      ...VALIDITY,
    },
  },
  ties: {
    input: TieInput,
    fields: {
      fromId: 'from',
      fromKind: 'fromKind',
      toId: 'to',
      toKind: 'toKind',
      typeId: 'type',
      directed: 'directed',
      strength: 'strength',
      frequency: 'frequency',
      integrationLevel: 'integrationLevel',
      trust: 'trust',
      source: 'source',
      confidence: 'confidence',
      waveId: 'wave',
      note: 'note',
      ...VALIDITY,
    },
  },
  waves: {
    input: CreateWaveInput,
    fields: { label: 'label', date: 'date', method: 'method', responseRate: 'responseRate' },
  },
  interventions: {
    input: CreateInterventionInput,
    fields: { date: 'date', label: 'label', kind: 'kind', description: 'description' },
  },
  notes: {
    input: CreateLearningNoteInput,
    fields: {
      categoryId: 'category',
      text: 'text',
      date: 'date',
      authorRole: 'authorRole',
      target: 'target',
    },
  },
};

const MEMBERSHIP_INPUTS: Record<'TEAM' | 'PROFESSION' | 'ORGANISATION', RowInput> = {
  TEAM: {
    input: AddTeamMembershipInput,
    fields: { personId: 'person', teamId: 'team', ...VALIDITY },
  },
  PROFESSION: {
    input: AddProfessionInput,
    fields: { personId: 'person', professionId: 'profession', ...VALIDITY },
  },
  ORGANISATION: {
    input: AddTeamToOrganisationInput,
    fields: { teamId: 'team', organisationId: 'organisation', ...VALIDITY },
  },
};

function messages(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({
      field: prefix || e.property,
      message,
    })),
    ...messages(e.children ?? [], prefix || e.property),
  ]);
}

/**
 * The API's field rules on one row, as problems at its columns. `input` overrides values
 * the row does not hold as such (resolved kinds, defaults, a note's target object).
 */
export function checkRow(
  sheet: SheetName,
  row: { row: number; values: Record<string, Value>; bad: Set<string> },
  extra: Record<string, unknown>,
  membershipKind?: keyof typeof MEMBERSHIP_INPUTS,
): ImportProblem[] {
  const spec =
    sheet === 'memberships'
      ? membershipKind
        ? MEMBERSHIP_INPUTS[membershipKind]
        : undefined
      : INPUTS[sheet];
  if (!spec) return [];
  const plain: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(spec.fields)) {
    const value = row.values[column];
    if (value !== null && value !== undefined) plain[field] = value;
  }
  Object.assign(plain, extra);
  const instance = plainToInstance(spec.input, plain);
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const { field, message } of messages(
    validateSync(instance, { forbidUnknownValues: true }),
  )) {
    const column = spec.fields[field] ?? field;
    if (row.bad.has(column)) continue;
    const key = `${column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ sheet, row: row.row, column, code: ImportCode.Invalid, message });
  }
  return problems;
}
