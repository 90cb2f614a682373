import { gql } from '../../api/client';
import type {
  CreateApiTokenMutation,
  CreateApiTokenMutationVariables,
  RevokeApiTokenMutation,
  RevokeApiTokenMutationVariables,
} from '../../api/operations.generated';

export const TOKEN_FIELDS = 'id name createdAt expiresAt lastUsedAt revokedAt';
export const TOKENS = `query ApiTokens { apiTokens { ${TOKEN_FIELDS} } }`;

/** A new token with its secret, which the API shows this once. */
export type CreatedToken = CreateApiTokenMutation['createApiToken'];

export async function createToken(name: string, expiresAt: string): Promise<CreatedToken> {
  const res = await gql<CreateApiTokenMutation, CreateApiTokenMutationVariables>(
    `mutation CreateApiToken($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { ${TOKEN_FIELDS} } secret } }`,
    { i: { name, expiresAt } },
  );
  return res.createApiToken;
}

export async function revokeToken(id: string): Promise<void> {
  await gql<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>(
    `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }`,
    { id },
  );
}
