import { gql } from '../../api/client';
import type {
  CreateInterventionInput,
  CreateInterventionMutation,
  CreateInterventionMutationVariables,
  CreateWaveInput,
  CreateWaveMutation,
  CreateWaveMutationVariables,
  UpdateInterventionMutation,
  UpdateInterventionMutationVariables,
  UpdateWaveMutation,
  UpdateWaveMutationVariables,
} from '../../api/operations.generated';
import { changedFields, toInput, type FieldSpec, type FormValues } from '../../model/form';

/**
 * Wave and intervention writes; each throws ApiError (with field errors) when refused. The
 * form's input goes as the input type without the compiler checking its fields: the API does.
 */

type Kind = 'Wave' | 'Intervention';
type Input = Record<string, unknown>;

// Whole documents, not assembled from the kind: the operation-limit test (and a reader) can
// check each one against the schema as it is sent.
const CREATE: Record<Kind, (c: string, i: Input) => Promise<string>> = {
  Wave: (c, i) =>
    gql<CreateWaveMutation, CreateWaveMutationVariables>(
      `mutation CreateWave($c: ID!, $i: CreateWaveInput!) { createWave(councilId: $c, input: $i) { id } }`,
      { c, i: i as CreateWaveInput },
    ).then((r) => r.createWave.id),
  Intervention: (c, i) =>
    gql<CreateInterventionMutation, CreateInterventionMutationVariables>(
      `mutation CreateIntervention($c: ID!, $i: CreateInterventionInput!) { createIntervention(councilId: $c, input: $i) { id } }`,
      { c, i: i as CreateInterventionInput },
    ).then((r) => r.createIntervention.id),
};
const UPDATE: Record<Kind, (c: string, id: string, i: Input) => Promise<unknown>> = {
  Wave: (c, id, i) =>
    gql<UpdateWaveMutation, UpdateWaveMutationVariables>(
      `mutation UpdateWave($c: ID!, $id: ID!, $i: UpdateWaveInput!) { updateWave(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
  Intervention: (c, id, i) =>
    gql<UpdateInterventionMutation, UpdateInterventionMutationVariables>(
      `mutation UpdateIntervention($c: ID!, $id: ID!, $i: UpdateInterventionInput!) { updateIntervention(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
};

export async function createMoment(
  kind: Kind,
  councilId: string,
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  return CREATE[kind](councilId, toInput(specs, values));
}

/** Sends only what changed; an emptied optional field is sent as null, which clears it. */
export async function updateMoment(
  kind: Kind,
  councilId: string,
  id: string,
  specs: FieldSpec[],
  initial: FormValues,
  values: FormValues,
): Promise<boolean> {
  const only = changedFields(initial, values);
  if (!only.length) return false;
  await UPDATE[kind](councilId, id, toInput(specs, values, { nullEmpty: true, only }));
  return true;
}
