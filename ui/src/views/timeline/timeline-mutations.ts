import { gql } from '../../api/client';
import { changedFields, toInput, type FieldSpec, type FormValues } from '../../model/form';

/** Wave and intervention writes; each throws ApiError (with field errors) when refused. */

type Kind = 'Wave' | 'Intervention';

// Whole documents, not assembled from the kind: the operation-limit test (and a reader) can
// check each one against the schema as it is sent.
const CREATE: Record<Kind, string> = {
  Wave: `mutation CreateWave($c: ID!, $i: CreateWaveInput!) { createWave(councilId: $c, input: $i) { id } }`,
  Intervention: `mutation CreateIntervention($c: ID!, $i: CreateInterventionInput!) { createIntervention(councilId: $c, input: $i) { id } }`,
};
const UPDATE: Record<Kind, string> = {
  Wave: `mutation UpdateWave($c: ID!, $id: ID!, $i: UpdateWaveInput!) { updateWave(councilId: $c, id: $id, input: $i) { id } }`,
  Intervention: `mutation UpdateIntervention($c: ID!, $id: ID!, $i: UpdateInterventionInput!) { updateIntervention(councilId: $c, id: $id, input: $i) { id } }`,
};

export async function createMoment(
  kind: Kind,
  councilId: string,
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  const field = `create${kind}`;
  const res = await gql<Record<string, { id: string }>>(CREATE[kind], {
    c: councilId,
    i: toInput(specs, values),
  });
  return res[field].id;
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
  await gql(UPDATE[kind], {
    c: councilId,
    id,
    i: toInput(specs, values, { nullEmpty: true, only }),
  });
  return true;
}
