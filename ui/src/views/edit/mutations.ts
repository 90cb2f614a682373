import { gql } from '../../api/client';
import { toInput, type FieldSpec, type FormValues } from '../../model/form';

/** Writes through the API; every function throws ApiError (with field errors) on failure. */

export async function createTie(
  councilId: string,
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  const input = toInput(
    specs.filter((s) => s.name !== 'from' && s.name !== 'to'),
    values,
  );
  const [fromKind, fromId] = splitActor(values.from);
  const [toKind, toId] = splitActor(values.to);
  const res = await gql<{ createTie: { id: string } }>(
    `mutation CreateTie($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`,
    { c: councilId, i: { ...input, fromKind, fromId, toKind, toId } },
  );
  return res.createTie.id;
}

function splitActor(v: FormValues[string]): [string | null, string | null] {
  if (typeof v !== 'string' || !v.includes(':')) return [null, null];
  const i = v.indexOf(':');
  return [v.slice(0, i), v.slice(i + 1)];
}

/** Written out one by one, so `npm run check` validates each against the schema. */
const UPDATES = {
  updateTie: `mutation UpdateTie($c: ID!, $id: ID!, $i: UpdateTieInput!) { updateTie(councilId: $c, id: $id, input: $i) { id } }`,
  updatePerson: `mutation UpdatePerson($c: ID!, $id: ID!, $i: UpdatePersonInput!) { updatePerson(councilId: $c, id: $id, input: $i) { id } }`,
  updateTeam: `mutation UpdateTeam($c: ID!, $id: ID!, $i: UpdateTeamInput!) { updateTeam(councilId: $c, id: $id, input: $i) { id } }`,
  updateOrganisation: `mutation UpdateOrganisation($c: ID!, $id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(councilId: $c, id: $id, input: $i) { id } }`,
} as const;

export async function updateRecord(
  mutation: keyof typeof UPDATES,
  councilId: string,
  id: string,
  input: Record<string, unknown>,
): Promise<void> {
  await gql(UPDATES[mutation], { c: councilId, id, i: input });
}

export async function endTie(councilId: string, id: string, values: FormValues): Promise<void> {
  const validTo = typeof values.validTo === 'string' ? values.validTo : '';
  const reason =
    typeof values.reason === 'string' && values.reason.trim() ? values.reason.trim() : null;
  await gql(
    `mutation EndTie($c: ID!, $id: ID!, $v: String!, $r: String) { endTie(councilId: $c, id: $id, validTo: $v, reason: $r) { id } }`,
    { c: councilId, id, v: validTo, r: reason },
  );
}

export async function deleteTie(councilId: string, id: string, reason: string): Promise<void> {
  await gql(
    `mutation DeleteTie($c: ID!, $id: ID!, $r: String!) { deleteTie(councilId: $c, id: $id, reason: $r) }`,
    { c: councilId, id, r: reason.trim() },
  );
}

const CREATES = {
  createPerson: `mutation CreatePerson($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { id } }`,
  createTeam: `mutation CreateTeam($c: ID!, $i: TeamInput!) { createTeam(councilId: $c, input: $i) { id } }`,
  createOrganisation: `mutation CreateOrganisation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { id } }`,
} as const;

export async function createRecord(
  mutation: keyof typeof CREATES,
  councilId: string,
  input: Record<string, unknown>,
): Promise<string> {
  const res = await gql<Record<string, { id: string }>>(CREATES[mutation], {
    c: councilId,
    i: input,
  });
  return res[mutation].id;
}

export async function createNote(
  councilId: string,
  target: { kind: string; id: string },
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  const res = await gql<{ createLearningNote: { id: string } }>(
    `mutation CreateLearningNote($c: ID!, $i: CreateLearningNoteInput!) { createLearningNote(councilId: $c, input: $i) { id } }`,
    { c: councilId, i: { ...toInput(specs, values), target } },
  );
  return res.createLearningNote.id;
}
