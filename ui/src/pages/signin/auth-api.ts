import { gql } from '../../api/client';
import type {
  ResetPasswordMutation,
  ResetPasswordMutationVariables,
  SignInMutation,
  SignInMutationVariables,
  SignInOptionsQuery,
} from '../../api/operations.generated';

/** The public mutations and query of the sign-in and reset pages. */

export type SignInOptions = SignInOptionsQuery['signInOptions'];

export const SIGN_IN_OPTIONS =
  'query SignInOptions { signInOptions { password sso { label url } } }';

export async function signIn(email: string, password: string): Promise<void> {
  await gql<SignInMutation, SignInMutationVariables>(
    `mutation SignIn($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
    { e: email, p: password },
  );
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await gql<ResetPasswordMutation, ResetPasswordMutationVariables>(
    `mutation ResetPassword($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }`,
    { t: token, p: password },
  );
}
