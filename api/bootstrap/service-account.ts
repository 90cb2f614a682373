import type { INestApplication } from '@nestjs/common';
import { generatePassword, hashPassword } from '../auth/secrets';
import { newId } from '../common/ids';
import { UserRepository } from '../user/user.repository';

/**
 * For the tools that drive the API as a client (scale seeding, benchmarks): a system
 * administrator made for this run, signed in through the real signIn mutation. Returns
 * the session cookie to send with every request.
 */
export async function signInServiceAccount(
  app: INestApplication,
  graphqlUrl: string,
  purpose: string,
): Promise<string> {
  const email = `${purpose}-${newId('run')}@interweave.local`.toLowerCase();
  const password = generatePassword();
  await app.get(UserRepository).create(
    {
      id: newId('user'),
      email,
      name: `${purpose} (automated)`,
      passwordHash: await hashPassword(password),
      systemAdmin: true,
    },
    null,
  );
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: email, p: password },
    }),
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('iw_session='));
  if (!res.ok || !cookie) throw new Error(`${purpose}: could not sign in (HTTP ${res.status})`);
  return cookie;
}
