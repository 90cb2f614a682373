import { useSyncExternalStore } from 'react';
import { ApiError, gql, quietSignInRedirects } from '../api/client';
import type {
  MeQuery,
  SignOutEverywhereMutation,
  SignOutEverywhereMutationVariables,
  SignOutMutation,
  SignOutMutationVariables,
} from '../api/operations.generated';
import type { Me } from '../model/access';

// Spelled out, not built from model/access's ME_FIELDS: the type generator only fills in
// constants of the same file.
const ME = 'query Me { me { id email name systemAdmin roles { councilId councilName role } } }';

/** The signed-in user and their roles, fetched once per page load (and again on refreshMe). */
export type SessionState =
  | { status: 'loading'; me: Me | null; error: null }
  | { status: 'ok'; me: Me; error: null }
  | { status: 'error'; me: Me | null; error: ApiError };

let state: SessionState = { status: 'loading', me: null, error: null };
let started = false;
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  for (const l of listeners) l();
}

/** Fetches `me` again (after your own roles changed, or to retry after an outage). */
export function refreshMe(): void {
  started = true;
  if (state.status !== 'loading') set({ status: 'loading', me: state.me, error: null });
  // Without a session the client goes to the sign-in page and this never settles.
  gql<MeQuery>(ME)
    .then((data) => set({ status: 'ok', me: data.me, error: null }))
    .catch((e: unknown) =>
      set({
        status: 'error',
        me: state.me,
        error: e instanceof ApiError ? e : new ApiError(String(e), 'UNKNOWN'),
      }),
    );
}

export function useSession(): SessionState {
  if (!started) refreshMe();
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** Ends this session and shows the sign-in page (a full load, so nothing of it stays). */
export async function signOut(everywhere = false): Promise<void> {
  quietSignInRedirects(true);
  try {
    const options = { unauthenticatedThrows: true };
    await (everywhere
      ? gql<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>(
          'mutation SignOutEverywhere { signOutEverywhere }',
          {},
          options,
        )
      : gql<SignOutMutation, SignOutMutationVariables>(
          'mutation SignOut { signOut }',
          {},
          options,
        ));
  } catch (e) {
    // Already signed out (the session expired meanwhile) is what was wanted.
    if (!(e instanceof ApiError && e.code === 'UNAUTHENTICATED')) {
      quietSignInRedirects(false);
      throw e;
    }
  }
  window.location.replace('/signin?signedOut=1');
}
