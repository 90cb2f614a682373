import { Label } from '../../graph/labels';
import { InterventionKind } from '../intervention/models/intervention.model';
import { NoteTargetKind } from '../learning-note/models/learning-note.model';
import { PersonLevel } from '../person/models/person.model';
import { ActorKind, TieFrequency, TieSource } from '../tie/models/tie.enums';
import type { VocabularyLabel } from '../vocabulary/vocabulary.repository';

/**
 * The one description of the spreadsheet format: each sheet's columns, the field each
 * fills, its type, whether it is required, its vocabulary, the header synonyms accepted and
 * a description. The template, the parser, the validation and the XLSX export all read it,
 * so they cannot drift apart. Outside scripts use these names: change them only with care.
 */

export type SheetName =
  | 'organisations'
  | 'teams'
  | 'people'
  | 'memberships'
  | 'ties'
  | 'waves'
  | 'interventions'
  | 'notes';

export type ColumnType =
  /** The file's own id of the row (kept on the record as `externalId`). */
  | 'id'
  /** A reference to another row by its id (in this file, or already imported). */
  | 'ref'
  | 'text'
  | 'date'
  | 'int'
  | 'number'
  | 'boolean'
  /** One value of a closed list (an enum of the API). */
  | 'enum'
  /** A shared vocabulary term, by id or name. */
  | 'vocab'
  /** A neighbourhood of the council, by id or name; `list` allows several (";"-separated). */
  | 'neighbourhood';

export interface ColumnSpec {
  /** The documented header. */
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
  /** Other headers meaning this column (compared case- and space-insensitively). */
  synonyms?: string[];
  /** For `vocab`: which shared vocabulary. */
  vocabulary?: VocabularyLabel;
  /** For `enum`: the allowed values. */
  values?: readonly string[];
  /** For `ref`: the sheet(s) the id may name. */
  refers?: readonly SheetName[];
  /** Several values separated by ";". */
  list?: boolean;
  /** Inclusive bounds of a number. */
  min?: number;
  max?: number;
  /** The template's example value. */
  example: string | number | boolean | null;
}

export interface SheetSpec {
  name: SheetName;
  /** The record label the rows become. */
  label: (typeof Label)[keyof typeof Label];
  description: string;
  synonyms: string[];
  columns: ColumnSpec[];
}

const idColumn = (example: string, what: string): ColumnSpec => ({
  name: 'id',
  type: 'id',
  required: true,
  description: `Your own id of the ${what}, unique in the sheet; other sheets refer to it, and a re-import matches it to the record it made.`,
  synonyms: ['external id', 'ref', 'key', 'code'],
  example,
});

const validity = (example: string): ColumnSpec[] => [
  {
    name: 'validFrom',
    type: 'date',
    required: true,
    description: 'First day this holds (YYYY-MM-DD or a date cell).',
    synonyms: ['from', 'start', 'start date', 'valid from'],
    example,
  },
  {
    name: 'validTo',
    type: 'date',
    required: false,
    description: 'First day this no longer holds, after validFrom; blank while open.',
    synonyms: ['to', 'end', 'end date', 'valid to', 'until'],
    example: null,
  },
];

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'organisations',
    label: Label.Organisation,
    description: 'Organisations: trusts, providers, the council, GP practices, voluntary bodies.',
    synonyms: ['organisation', 'organizations', 'organization', 'orgs', 'org'],
    columns: [
      idColumn('org-1', 'organisation'),
      {
        name: 'name',
        type: 'text',
        required: true,
        description: 'Name, 1–120 characters.',
        synonyms: ['organisation name', 'title'],
        example: 'Northfield Community Trust',
      },
      {
        name: 'type',
        type: 'vocab',
        vocabulary: Label.OrganisationType,
        required: true,
        description: 'Organisation type (id or name from the list).',
        synonyms: ['organisation type', 'typeId', 'kind'],
        example: 'nhs-community-trust',
      },
      {
        name: 'sector',
        type: 'vocab',
        vocabulary: Label.Sector,
        required: false,
        description: "Sector (id or name); blank for the type's usual sector.",
        synonyms: ['sectorId'],
        example: 'nhs',
      },
      {
        name: 'neighbourhoods',
        type: 'neighbourhood',
        list: true,
        required: false,
        description: 'Neighbourhoods of the council it serves (ids or names, separated by ";").',
        synonyms: ['neighbourhoodIds', 'areas', 'serves'],
        example: null,
      },
      ...validity('2024-01-01'),
    ],
  },
  {
    name: 'teams',
    label: Label.Team,
    description: 'Teams and services. Which organisation a team is part of: the memberships sheet.',
    synonyms: ['team', 'services', 'service'],
    columns: [
      idColumn('team-1', 'team'),
      {
        name: 'name',
        type: 'text',
        required: true,
        description: 'Name, 1–120 characters.',
        synonyms: ['team name'],
        example: 'Northfield District Nursing',
      },
      {
        name: 'type',
        type: 'vocab',
        vocabulary: Label.TeamType,
        required: true,
        description: 'Team type (id or name from the list).',
        synonyms: ['team type', 'typeId'],
        example: 'district-nursing',
      },
      {
        name: 'neighbourhood',
        type: 'neighbourhood',
        required: false,
        description: 'Neighbourhood of the council it works in (id or name).',
        synonyms: ['neighbourhoodId', 'area', 'locality'],
        example: null,
      },
      ...validity('2024-01-01'),
    ],
  },
  {
    name: 'people',
    label: Label.Person,
    description:
      'Members of staff, pseudonymous by default. Teams and professions: the memberships sheet.',
    synonyms: ['person', 'staff', 'persons', 'members'],
    columns: [
      idColumn('person-1', 'person'),
      {
        name: 'pseudonym',
        type: 'text',
        required: true,
        description: 'Pseudonym, 1–40 characters, unique in the council.',
        synonyms: ['alias', 'code name'],
        example: 'DN-01',
      },
      {
        name: 'displayName',
        type: 'text',
        required: false,
        description:
          'Real name, 1–120 characters; only read (and written back) for callers who may see names.',
        synonyms: ['name', 'display name', 'full name', 'real name'],
        example: null,
      },
      {
        name: 'roleTitle',
        type: 'text',
        required: false,
        description: 'Job title, 1–120 characters; only for callers who may see names.',
        synonyms: ['role', 'job title', 'title', 'role title'],
        example: null,
      },
      {
        name: 'level',
        type: 'enum',
        values: Object.values(PersonLevel),
        required: true,
        description: 'FRONTLINE, MANAGER or SENIOR_LEADER.',
        synonyms: ['grade', 'seniority'],
        example: PersonLevel.FRONTLINE,
      },
      {
        name: 'blendedRole',
        type: 'boolean',
        required: false,
        description: 'TRUE for a blended role; blank is FALSE.',
        synonyms: ['blended', 'blended role'],
        example: false,
      },
      ...validity('2024-01-01'),
    ],
  },
  {
    name: 'memberships',
    label: Label.Person,
    description:
      'Periods of belonging. Fill exactly two of person / team / profession / organisation: person + team (a team member), person + profession (one profession at a time), team + organisation (the team is part of it, one at a time).',
    synonyms: ['membership', 'members of', 'belonging'],
    columns: [
      idColumn('membership-1', 'membership'),
      {
        name: 'person',
        type: 'ref',
        refers: ['people'],
        required: false,
        description: 'The person (an id of the people sheet).',
        synonyms: ['personId', 'person id', 'staff'],
        example: 'person-1',
      },
      {
        name: 'team',
        type: 'ref',
        refers: ['teams'],
        required: false,
        description: 'The team (an id of the teams sheet).',
        synonyms: ['teamId', 'team id'],
        example: 'team-1',
      },
      {
        name: 'profession',
        type: 'vocab',
        vocabulary: Label.Profession,
        required: false,
        description: 'A profession (id or name from the list).',
        synonyms: ['professionId', 'discipline'],
        example: null,
      },
      {
        name: 'organisation',
        type: 'ref',
        refers: ['organisations'],
        required: false,
        description: 'The organisation a team is part of (an id of the organisations sheet).',
        synonyms: ['organisationId', 'organization', 'org'],
        example: null,
      },
      ...validity('2024-01-01'),
    ],
  },
  {
    name: 'ties',
    label: Label.Tie,
    description: 'Working relationships between two actors (people, teams, organisations).',
    synonyms: ['tie', 'relationships', 'relationship', 'links', 'edges', 'connections'],
    columns: [
      idColumn('tie-1', 'tie'),
      {
        name: 'from',
        type: 'ref',
        refers: ['people', 'teams', 'organisations'],
        required: true,
        description:
          'The actor it starts from (an id of the people, teams or organisations sheet).',
        synonyms: ['fromId', 'source actor', 'ego'],
        example: 'person-1',
      },
      {
        name: 'fromKind',
        type: 'enum',
        values: Object.values(ActorKind),
        required: false,
        description: 'PERSON, TEAM or ORGANISATION; blank to infer from where the id is.',
        synonyms: ['from kind', 'from type'],
        example: ActorKind.PERSON,
      },
      {
        name: 'to',
        type: 'ref',
        refers: ['people', 'teams', 'organisations'],
        required: true,
        description: 'The actor it goes to.',
        synonyms: ['toId', 'target', 'alter'],
        example: 'team-1',
      },
      {
        name: 'toKind',
        type: 'enum',
        values: Object.values(ActorKind),
        required: false,
        description: 'PERSON, TEAM or ORGANISATION; blank to infer from where the id is.',
        synonyms: ['to kind', 'to type'],
        example: ActorKind.TEAM,
      },
      {
        name: 'type',
        type: 'vocab',
        vocabulary: Label.TieType,
        required: true,
        description: 'Tie type (id or name from the list).',
        synonyms: ['tie type', 'typeId', 'relationship type'],
        example: 'referral',
      },
      {
        name: 'directed',
        type: 'boolean',
        required: false,
        description: "TRUE or FALSE; blank for the tie type's default.",
        synonyms: ['direction'],
        example: null,
      },
      {
        name: 'strength',
        type: 'int',
        min: 1,
        max: 5,
        required: true,
        description: 'Strength, 1 (weak) to 5 (strong).',
        synonyms: ['weight'],
        example: 3,
      },
      {
        name: 'frequency',
        type: 'enum',
        values: Object.values(TieFrequency),
        required: true,
        description: 'How often: DAILY, WEEKLY, MONTHLY, QUARTERLY, YEARLY or RARELY.',
        synonyms: ['how often'],
        example: TieFrequency.WEEKLY,
      },
      {
        name: 'integrationLevel',
        type: 'int',
        min: 1,
        max: 7,
        required: true,
        description: 'Integration level, 1 (not linked) to 7 (fully linked).',
        synonyms: ['integration', 'integration level', 'level'],
        example: 3,
      },
      {
        name: 'trust',
        type: 'int',
        min: 1,
        max: 5,
        required: false,
        description: 'Trust, 1 (low) to 5 (high); blank if unknown.',
        example: null,
      },
      {
        name: 'source',
        type: 'enum',
        values: Object.values(TieSource),
        required: true,
        description: 'Where the knowledge came from: WAVE, WORKSHOP, ADMIN or OBSERVED.',
        synonyms: ['evidence', 'data source'],
        example: TieSource.WAVE,
      },
      {
        name: 'confidence',
        type: 'number',
        min: 0,
        max: 1,
        required: true,
        description: 'Confidence in the record, 0 to 1.',
        example: 0.8,
      },
      {
        name: 'wave',
        type: 'ref',
        refers: ['waves'],
        required: false,
        description: 'The survey wave that recorded it (an id of the waves sheet).',
        synonyms: ['waveId', 'survey wave'],
        example: 'wave-1',
      },
      ...validity('2024-03-01'),
      {
        name: 'note',
        type: 'text',
        required: false,
        description: 'Free-text note, up to 2000 characters.',
        synonyms: ['comment', 'notes'],
        example: null,
      },
    ],
  },
  {
    name: 'waves',
    label: Label.Wave,
    description: 'Waves of data collection.',
    synonyms: ['wave', 'surveys', 'survey waves'],
    columns: [
      idColumn('wave-1', 'wave'),
      {
        name: 'label',
        type: 'text',
        required: true,
        description: 'Label, 1–80 characters, unique in the council.',
        synonyms: ['name', 'title'],
        example: 'Baseline 2024',
      },
      {
        name: 'date',
        type: 'date',
        required: true,
        description: 'The date the wave stands for.',
        synonyms: ['wave date'],
        example: '2024-03-01',
      },
      {
        name: 'method',
        type: 'text',
        required: true,
        description: 'How the data was collected, 1–200 characters.',
        synonyms: ['collection method'],
        example: 'online survey',
      },
      {
        name: 'responseRate',
        type: 'number',
        min: 0,
        max: 1,
        required: false,
        description: 'Share of invited people who responded, 0 to 1.',
        synonyms: ['response rate'],
        example: 0.6,
      },
    ],
  },
  {
    name: 'interventions',
    label: Label.Intervention,
    description: 'Interventions and milestones of the change programme.',
    synonyms: ['intervention', 'milestones', 'events'],
    columns: [
      idColumn('intervention-1', 'intervention'),
      {
        name: 'date',
        type: 'date',
        required: true,
        description: 'When it happened.',
        example: '2024-02-01',
      },
      {
        name: 'label',
        type: 'text',
        required: true,
        description: 'Short label, 1–120 characters.',
        synonyms: ['name', 'title'],
        example: 'Facilitator appointed',
      },
      {
        name: 'kind',
        type: 'enum',
        values: Object.values(InterventionKind),
        required: true,
        description: `What kind of event: ${Object.values(InterventionKind).join(', ')}.`,
        synonyms: ['type'],
        example: InterventionKind.FACILITATOR_APPOINTED,
      },
      {
        name: 'description',
        type: 'text',
        required: false,
        description: 'Description, up to 2000 characters.',
        example: null,
      },
    ],
  },
  {
    name: 'notes',
    label: Label.LearningNote,
    description: 'Learning notes about a record of the council.',
    synonyms: ['note', 'learning notes', 'learning'],
    columns: [
      idColumn('note-1', 'note'),
      {
        name: 'category',
        type: 'vocab',
        vocabulary: Label.NoteCategory,
        required: true,
        description: 'Note category (id or name from the list).',
        synonyms: ['categoryId'],
        example: 'what-helped',
      },
      {
        name: 'text',
        type: 'text',
        required: true,
        description: 'The learning, 1–4000 characters.',
        synonyms: ['note', 'learning'],
        example: 'Shared handover notes cut duplicate visits.',
      },
      {
        name: 'date',
        type: 'date',
        required: true,
        description: 'The date the learning refers to.',
        example: '2024-04-01',
      },
      {
        name: 'authorRole',
        type: 'text',
        required: true,
        description: 'Role of the person it came from, 1–120 characters.',
        synonyms: ['author role', 'author'],
        example: 'District nurse',
      },
      {
        name: 'targetKind',
        type: 'enum',
        values: Object.values(NoteTargetKind),
        required: true,
        description: `What it is about: ${Object.values(NoteTargetKind).join(', ')}.`,
        synonyms: ['about kind', 'target kind'],
        example: NoteTargetKind.TIE,
      },
      {
        name: 'target',
        type: 'ref',
        refers: ['ties', 'teams', 'organisations', 'people', 'interventions'],
        required: false,
        description: 'The id of the record it is about (blank for COUNCIL).',
        synonyms: ['about', 'targetId'],
        example: 'tie-1',
      },
    ],
  },
];

export const SHEET_BY_NAME = new Map(SHEETS.map((s) => [s.name, s]));

/** Headers and sheet names compare without case, spaces, "_" or "-". */
export function normaliseName(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The sheet a workbook tab or CSV file name stands for, if any. */
export function sheetFor(name: string): SheetSpec | undefined {
  const key = normaliseName(name.replace(/\.csv$/i, ''));
  return SHEETS.find(
    (s) => normaliseName(s.name) === key || s.synonyms.some((x) => normaliseName(x) === key),
  );
}

/** The column a header stands for, if any. */
export function columnFor(sheet: SheetSpec, header: string): ColumnSpec | undefined {
  const key = normaliseName(header);
  return (
    sheet.columns.find((c) => normaliseName(c.name) === key) ??
    sheet.columns.find((c) => (c.synonyms ?? []).some((x) => normaliseName(x) === key))
  );
}

/** The name of the read-me sheet of the template (ignored on import). */
export const README_SHEET = 'read-me';

/** The hidden sheet of the template holding the drop-down lists (ignored on import too). */
export const LISTS_SHEET = 'lists';
