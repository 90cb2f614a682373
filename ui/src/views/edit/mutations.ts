import { gql } from '../../api/client';
import type {
  CreateLearningNoteInput,
  CreateLearningNoteMutation,
  CreateLearningNoteMutationVariables,
  CreateOrganisationMutation,
  CreateOrganisationMutationVariables,
  CreatePersonMutation,
  CreatePersonMutationVariables,
  CreateTeamMutation,
  CreateTeamMutationVariables,
  CreateTieMutation,
  CreateTieMutationVariables,
  DeleteOrganisationMutation,
  DeleteOrganisationMutationVariables,
  DeletePersonMutation,
  DeletePersonMutationVariables,
  DeleteTeamMutation,
  DeleteTeamMutationVariables,
  DeleteTieMutation,
  DeleteTieMutationVariables,
  EndTieMutation,
  EndTieMutationVariables,
  NoteTargetInput,
  OrganisationInput,
  PersonInput,
  TeamInput,
  TieInput,
  UpdateOrganisationMutation,
  UpdateOrganisationMutationVariables,
  UpdatePersonMutation,
  UpdatePersonMutationVariables,
  UpdateTeamMutation,
  UpdateTeamMutationVariables,
  UpdateTieMutation,
  UpdateTieMutationVariables,
} from '../../api/operations.generated';
import { toInput, type FieldSpec, type FormValues } from '../../model/form';

/**
 * Writes through the API; every function throws ApiError (with field errors) on failure.
 * A form's input is sent as the operation's input type without the compiler checking its
 * fields: the API checks them, and its field errors go back to the form.
 */

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
  const res = await gql<CreateTieMutation, CreateTieMutationVariables>(
    `mutation CreateTie($c: ID!, $i: TieInput!) { createTie(councilId: $c, input: $i) { id } }`,
    { c: councilId, i: { ...input, fromKind, fromId, toKind, toId } as TieInput },
  );
  return res.createTie.id;
}

function splitActor(v: FormValues[string]): [string | null, string | null] {
  if (typeof v !== 'string' || !v.includes(':')) return [null, null];
  const i = v.indexOf(':');
  return [v.slice(0, i), v.slice(i + 1)];
}

type Input = Record<string, unknown>;

/** Written out one by one, so `npm run check` validates each against the schema. */
const UPDATES = {
  updateTie: (c: string, id: string, i: Input) =>
    gql<UpdateTieMutation, UpdateTieMutationVariables>(
      `mutation UpdateTie($c: ID!, $id: ID!, $i: UpdateTieInput!) { updateTie(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
  updatePerson: (c: string, id: string, i: Input) =>
    gql<UpdatePersonMutation, UpdatePersonMutationVariables>(
      `mutation UpdatePerson($c: ID!, $id: ID!, $i: UpdatePersonInput!) { updatePerson(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
  updateTeam: (c: string, id: string, i: Input) =>
    gql<UpdateTeamMutation, UpdateTeamMutationVariables>(
      `mutation UpdateTeam($c: ID!, $id: ID!, $i: UpdateTeamInput!) { updateTeam(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
  updateOrganisation: (c: string, id: string, i: Input) =>
    gql<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>(
      `mutation UpdateOrganisation($c: ID!, $id: ID!, $i: UpdateOrganisationInput!) { updateOrganisation(councilId: $c, id: $id, input: $i) { id } }`,
      { c, id, i },
    ),
};

export async function updateRecord(
  mutation: keyof typeof UPDATES,
  councilId: string,
  id: string,
  input: Input,
): Promise<void> {
  await UPDATES[mutation](councilId, id, input);
}

export async function endTie(councilId: string, id: string, values: FormValues): Promise<void> {
  const validTo = typeof values.validTo === 'string' ? values.validTo : '';
  const reason =
    typeof values.reason === 'string' && values.reason.trim() ? values.reason.trim() : null;
  await gql<EndTieMutation, EndTieMutationVariables>(
    `mutation EndTie($c: ID!, $id: ID!, $v: String!, $r: String) { endTie(councilId: $c, id: $id, validTo: $v, reason: $r) { id } }`,
    { c: councilId, id, v: validTo, r: reason },
  );
}

export async function deleteTie(councilId: string, id: string, reason: string): Promise<void> {
  await gql<DeleteTieMutation, DeleteTieMutationVariables>(
    `mutation DeleteTie($c: ID!, $id: ID!, $r: String!) { deleteTie(councilId: $c, id: $id, reason: $r) }`,
    { c: councilId, id, r: reason.trim() },
  );
}

/** Deletes a record entered by mistake (the API refuses while anything refers to it). */
const DELETES = {
  deletePerson: (c: string, id: string) =>
    gql<DeletePersonMutation, DeletePersonMutationVariables>(
      `mutation DeletePerson($c: ID!, $id: ID!) { deletePerson(councilId: $c, id: $id) }`,
      { c, id },
    ),
  deleteTeam: (c: string, id: string) =>
    gql<DeleteTeamMutation, DeleteTeamMutationVariables>(
      `mutation DeleteTeam($c: ID!, $id: ID!) { deleteTeam(councilId: $c, id: $id) }`,
      { c, id },
    ),
  deleteOrganisation: (c: string, id: string) =>
    gql<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>(
      `mutation DeleteOrganisation($c: ID!, $id: ID!) { deleteOrganisation(councilId: $c, id: $id) }`,
      { c, id },
    ),
};

export async function deleteRecord(
  mutation: keyof typeof DELETES,
  councilId: string,
  id: string,
): Promise<void> {
  await DELETES[mutation](councilId, id);
}

/** Each resolves to the new record's id. */
const CREATES = {
  createPerson: (c: string, i: Input) =>
    gql<CreatePersonMutation, CreatePersonMutationVariables>(
      `mutation CreatePerson($c: ID!, $i: PersonInput!) { createPerson(councilId: $c, input: $i) { id } }`,
      { c, i: i as PersonInput },
    ).then((r) => r.createPerson.id),
  createTeam: (c: string, i: Input) =>
    gql<CreateTeamMutation, CreateTeamMutationVariables>(
      `mutation CreateTeam($c: ID!, $i: TeamInput!) { createTeam(councilId: $c, input: $i) { id } }`,
      { c, i: i as TeamInput },
    ).then((r) => r.createTeam.id),
  createOrganisation: (c: string, i: Input) =>
    gql<CreateOrganisationMutation, CreateOrganisationMutationVariables>(
      `mutation CreateOrganisation($c: ID!, $i: OrganisationInput!) { createOrganisation(councilId: $c, input: $i) { id } }`,
      { c, i: i as OrganisationInput },
    ).then((r) => r.createOrganisation.id),
};

export async function createRecord(
  mutation: keyof typeof CREATES,
  councilId: string,
  input: Input,
): Promise<string> {
  return CREATES[mutation](councilId, input);
}

export async function createNote(
  councilId: string,
  target: NoteTargetInput,
  specs: FieldSpec[],
  values: FormValues,
): Promise<string> {
  const res = await gql<CreateLearningNoteMutation, CreateLearningNoteMutationVariables>(
    `mutation CreateLearningNote($c: ID!, $i: CreateLearningNoteInput!) { createLearningNote(councilId: $c, input: $i) { id } }`,
    { c: councilId, i: { ...toInput(specs, values), target } as CreateLearningNoteInput },
  );
  return res.createLearningNote.id;
}
