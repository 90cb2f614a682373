import { gql } from '../../api/client';
import { changedFields, toInput, type FieldSpec, type FormValues } from '../../model/form';

/** Wave and intervention writes; each throws ApiError (with field errors) when refused. */

type Kind = 'Wave' | 'Intervention';

export async function createMoment(
  kind: Kind,
  councilId: string,
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  const field = `create${kind}`;
  const res = await gql<Record<string, { id: string }>>(
    `mutation($c: ID!, $i: Create${kind}Input!) { ${field}(councilId: $c, input: $i) { id } }`,
    { c: councilId, i: toInput(specs, values) },
  );
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
  await gql(
    `mutation($c: ID!, $id: ID!, $i: Update${kind}Input!) { update${kind}(councilId: $c, id: $id, input: $i) { id } }`,
    { c: councilId, id, i: toInput(specs, values, { nullEmpty: true, only }) },
  );
  return true;
}
