import { gql } from '../../api/client';
import type {
  CreatePasswordResetLinkMutation,
  CreatePasswordResetLinkMutationVariables,
  CreateUserMutation,
  CreateUserMutationVariables,
  DisableUserMutation,
  DisableUserMutationVariables,
  EnableUserMutation,
  EnableUserMutationVariables,
  GrantRoleMutation,
  GrantRoleMutationVariables,
  RevokeRoleMutation,
  RevokeRoleMutationVariables,
  UpdateCouncilSettingsMutation,
  UpdateCouncilSettingsMutationVariables,
  UsersQuery,
} from '../../api/operations.generated';
import type { CouncilRole } from '../../model/access';

/** Queries and mutations of the admin page. Each throws ApiError (with field errors). */

export type AdminUser = UsersQuery['users']['items'][number];

export type ResetLink = CreatePasswordResetLinkMutation['createPasswordResetLink'];

const USER_FIELDS =
  'id email name systemAdmin disabled lastSignInAt roles { councilId councilName role }';

export const USERS = `query Users($c: ID!, $s: String, $o: Int!, $l: Int!) {
  users(councilId: $c, search: $s, offset: $o, limit: $l) { total offset limit items { ${USER_FIELDS} } }
}`;

export const COUNCIL_SETTINGS = `query CouncilSettings($c: ID!) { council(councilId: $c) { id name namesVisible } }`;

export const AUDIT = `query AuditEvents($c: ID!, $a: String, $o: Int!, $l: Int!) {
  auditEvents(councilId: $c, action: $a, offset: $o, limit: $l) {
    total items { id at action operation actor viaToken entityKind entityIds reason changes { entityId field before after } }
  }
}`;

export async function grantRole(userId: string, councilId: string, role: CouncilRole) {
  await gql<GrantRoleMutation, GrantRoleMutationVariables>(
    `mutation GrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
    { i: { userId, councilId, role } },
  );
}

export async function revokeRole(userId: string, councilId: string) {
  await gql<RevokeRoleMutation, RevokeRoleMutationVariables>(
    `mutation RevokeRole($i: RevokeRoleInput!) { revokeRole(input: $i) { id } }`,
    { i: { userId, councilId } },
  );
}

export async function setDisabled(userId: string, disabled: boolean) {
  // Two whole documents (not one with the field name spliced in) so each can be checked.
  await (disabled
    ? gql<DisableUserMutation, DisableUserMutationVariables>(
        `mutation DisableUser($id: ID!) { disableUser(userId: $id) { id } }`,
        { id: userId },
      )
    : gql<EnableUserMutation, EnableUserMutationVariables>(
        `mutation EnableUser($id: ID!) { enableUser(userId: $id) { id } }`,
        { id: userId },
      ));
}

export async function createResetLink(userId: string): Promise<ResetLink> {
  const res = await gql<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>(
    `mutation CreatePasswordResetLink($id: ID!) { createPasswordResetLink(userId: $id) { url expiresAt } }`,
    { id: userId },
  );
  return res.createPasswordResetLink;
}

/** Narrower than CreateUserInput: users added here always get a role in this council. */
export interface NewUser {
  email: string;
  name: string;
  password?: string;
  councilId: string;
  role: CouncilRole;
}

export async function createUser(input: NewUser): Promise<CreateUserMutation['createUser']> {
  const res = await gql<CreateUserMutation, CreateUserMutationVariables>(
    `mutation CreateUser($i: CreateUserInput!) { createUser(input: $i) { id name } }`,
    { i: input },
  );
  return res.createUser;
}

export async function setNamesVisible(councilId: string, namesVisible: boolean) {
  await gql<UpdateCouncilSettingsMutation, UpdateCouncilSettingsMutationVariables>(
    `mutation UpdateCouncilSettings($c: ID!, $i: CouncilSettingsInput!) { updateCouncilSettings(councilId: $c, input: $i) { id namesVisible } }`,
    { c: councilId, i: { namesVisible } },
  );
}
