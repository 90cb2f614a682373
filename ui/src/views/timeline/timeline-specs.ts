import type { FieldSpec } from '../../model/form';

/** The kinds of intervention the API knows (InterventionKind), with readable names. */
export const INTERVENTION_KINDS: { value: string; label: string }[] = [
  { value: 'FACILITATOR_APPOINTED', label: 'Facilitator appointed' },
  { value: 'TRAINING_COHORT', label: 'Training cohort' },
  { value: 'COMPETENCY_SIGN_OFF', label: 'Competency sign-off' },
  { value: 'CONTRACT_CHANGE', label: 'Contract change' },
  { value: 'GOVERNANCE_CHANGE', label: 'Governance change' },
  { value: 'TRUSTED_ASSESSORS_START', label: 'Trusted assessors start' },
  { value: 'OTHER', label: 'Other' },
];

export const WAVE_SPECS: FieldSpec[] = [
  { name: 'label', label: 'Label', type: 'text', required: true, help: 'e.g. Baseline, Review' },
  { name: 'date', label: 'Date', type: 'date', required: true },
  {
    name: 'method',
    label: 'How the data was collected',
    type: 'text',
    required: true,
    help: 'e.g. online survey, workshop',
  },
  {
    name: 'responseRate',
    label: 'Response rate (0–1)',
    type: 'number',
    min: 0,
    max: 1,
    step: 0.01,
  },
];

export const INTERVENTION_SPECS: FieldSpec[] = [
  { name: 'label', label: 'Label', type: 'text', required: true },
  { name: 'date', label: 'Date', type: 'date', required: true },
  { name: 'kind', label: 'Kind', type: 'select', required: true, options: INTERVENTION_KINDS },
  { name: 'description', label: 'Description', type: 'textarea' },
];

export function kindName(kind: string): string {
  return INTERVENTION_KINDS.find((k) => k.value === kind)?.label ?? kind;
}
