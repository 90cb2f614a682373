import type { FieldSpec } from '../../model/form';
import type { Wave } from '../../model/types';
import type { Term, Vocabularies } from '../../state/useVocabularies';

const opts = (terms: Term[]) => terms.map((t) => ({ value: t.id, label: t.name }));
/** An enum value in words: MONTHLY → Monthly, SENIOR_LEADER → Senior leader. */
export const enumWord = (v: string) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, ' ');

const enumOpts = (values: string[]) => values.map((v) => ({ value: v, label: enumWord(v) }));

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY', 'RARELY'];
export const SOURCES = ['WAVE', 'WORKSHOP', 'ADMIN', 'OBSERVED'];
export const PERSON_LEVELS = ['FRONTLINE', 'MANAGER', 'SENIOR_LEADER'];

export interface Actor {
  value: string;
  label: string;
  /** Team and profession (people), to tell namesakes apart. */
  detail?: string;
}

/** Attributes of a tie that can be set on create and changed later. */
export function tieAttributeSpecs(vocab: Vocabularies, waves: Wave[]): FieldSpec[] {
  return [
    {
      name: 'typeId',
      label: 'Tie type',
      type: 'select',
      required: true,
      options: opts(vocab.tieTypes),
    },
    {
      name: 'strength',
      label: 'Strength (1–5)',
      type: 'number',
      required: true,
      min: 1,
      max: 5,
      step: 1,
    },
    {
      name: 'frequency',
      label: 'Frequency',
      type: 'select',
      required: true,
      options: enumOpts(FREQUENCIES),
    },
    {
      name: 'integrationLevel',
      label: 'Integration level (1 not linked … 7 fully linked)',
      type: 'number',
      required: true,
      min: 1,
      max: 7,
      step: 1,
    },
    { name: 'trust', label: 'Trust (1–5)', type: 'number', min: 1, max: 5, step: 1 },
    {
      name: 'confidence',
      label: 'Confidence (0–1)',
      type: 'number',
      required: true,
      min: 0,
      max: 1,
      step: 0.1,
    },
    { name: 'source', label: 'Source', type: 'select', required: true, options: enumOpts(SOURCES) },
    {
      name: 'waveId',
      label: 'Wave',
      type: 'select',
      options: waves.map((w) => ({ value: w.id, label: w.label })),
    },
    { name: 'directed', label: 'Directed (from → to)', type: 'checkbox' },
    { name: 'validFrom', label: 'Valid from', type: 'date', required: true },
    { name: 'validTo', label: 'Valid to (first day it no longer holds)', type: 'date' },
    { name: 'note', label: 'Note', type: 'textarea' },
  ];
}

export function tieCreateSpecs(vocab: Vocabularies, waves: Wave[], actors: Actor[]): FieldSpec[] {
  return [
    { name: 'from', label: 'From', type: 'search', required: true, options: actors },
    { name: 'to', label: 'To', type: 'search', required: true, options: actors },
    ...tieAttributeSpecs(vocab, waves),
  ];
}

export function tieUpdateSpecs(vocab: Vocabularies, waves: Wave[]): FieldSpec[] {
  return [
    ...tieAttributeSpecs(vocab, waves),
    { name: 'changeReason', label: 'Why it changed', type: 'text' },
  ];
}

/** The API requires a reason (3–500 characters) to hard-delete a tie. */
export const DELETE_TIE_SPECS: FieldSpec[] = [
  {
    name: 'reason',
    label: 'Why it is deleted (a mistake, a duplicate)',
    type: 'text',
    required: true,
    help: 'Kept in the audit. To record that a tie stopped, end it instead.',
  },
];

export const END_TIE_SPECS: FieldSpec[] = [
  {
    name: 'validTo',
    label: 'Ended on (first day it no longer holds)',
    type: 'date',
    required: true,
  },
  { name: 'reason', label: 'Why it ended', type: 'text' },
];

export function personSpecs(vocab: Vocabularies, teams: Actor[], create: boolean): FieldSpec[] {
  const base: FieldSpec[] = [
    { name: 'pseudonym', label: 'Pseudonym', type: 'text', required: true },
    { name: 'displayName', label: 'Display name (optional, personal data)', type: 'text' },
    { name: 'roleTitle', label: 'Role title', type: 'text' },
    {
      name: 'level',
      label: 'Level',
      type: 'select',
      required: true,
      options: enumOpts(PERSON_LEVELS),
    },
    { name: 'blendedRole', label: 'Blended role', type: 'checkbox' },
  ];
  if (!create) return base;
  return [
    ...base,
    { name: 'professionId', label: 'Profession', type: 'select', options: opts(vocab.professions) },
    { name: 'teamId', label: 'Team', type: 'select', options: teams },
    { name: 'validFrom', label: 'In post from', type: 'date', required: true },
  ];
}

export function teamSpecs(
  vocab: Vocabularies,
  organisations: Actor[],
  neighbourhoods: Term[],
  create: boolean,
): FieldSpec[] {
  const base: FieldSpec[] = [
    { name: 'name', label: 'Name', type: 'text', required: true },
    {
      name: 'typeId',
      label: 'Team type',
      type: 'select',
      required: true,
      options: opts(vocab.teamTypes),
    },
    {
      name: 'neighbourhoodId',
      label: 'Neighbourhood',
      type: 'select',
      options: opts(neighbourhoods),
    },
  ];
  if (!create) return base;
  return [
    ...base,
    { name: 'organisationId', label: 'Organisation', type: 'select', options: organisations },
    { name: 'validFrom', label: 'Valid from', type: 'date', required: true },
  ];
}

export function organisationSpecs(
  vocab: Vocabularies,
  neighbourhoods: Term[],
  create: boolean,
): FieldSpec[] {
  const base: FieldSpec[] = [
    { name: 'name', label: 'Name', type: 'text', required: true },
    {
      name: 'typeId',
      label: 'Organisation type',
      type: 'select',
      required: true,
      options: opts(vocab.organisationTypes),
    },
    {
      name: 'sectorId',
      label: 'Sector (default: the type’s usual sector)',
      type: 'select',
      options: opts(vocab.sectors),
    },
    {
      name: 'neighbourhoodIds',
      label: 'Neighbourhoods served',
      type: 'multiselect',
      options: opts(neighbourhoods),
    },
  ];
  if (!create) return base;
  return [...base, { name: 'validFrom', label: 'Valid from', type: 'date', required: true }];
}

export function noteSpecs(vocab: Vocabularies): FieldSpec[] {
  return [
    {
      name: 'categoryId',
      label: 'Category',
      type: 'select',
      required: true,
      options: opts(vocab.noteCategories),
    },
    { name: 'text', label: 'What was learnt', type: 'textarea', required: true },
    { name: 'date', label: 'Date', type: 'date', required: true },
    {
      name: 'authorRole',
      label: 'Author’s role',
      type: 'text',
      required: true,
      help: 'e.g. district nurse, change lead',
    },
  ];
}
