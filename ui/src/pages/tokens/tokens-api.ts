import { gql } from '../../api/client';
import type { ApiToken } from '../../model/tokens';

export const TOKEN_FIELDS = 'id name createdAt expiresAt lastUsedAt revokedAt';
export const TOKENS = `query ApiTokens { apiTokens { ${TOKEN_FIELDS} } }`;

export async function createToken(
  name: string,
  expiresAt: string,
): Promise<{ token: ApiToken; secret: string }> {
  const res = await gql<{ createApiToken: { token: ApiToken; secret: string } }>(
    `mutation CreateApiToken($i: CreateApiTokenInput!) { createApiToken(input: $i) { token { ${TOKEN_FIELDS} } secret } }`,
    { i: { name, expiresAt } },
  );
  return res.createApiToken;
}

export async function revokeToken(id: string): Promise<void> {
  await gql(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { id } }`, { id });
}
