/** Minimal GraphQL client: POST to /graphql on the page's own origin, with the session cookie. */
import { isPublicPath, signInUrl } from '../model/routes';
import { reportReachable } from '../state/apiStatus';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[] };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

let leaving = false;

/**
 * While signing out, requests still in flight will find no session: they must stay quiet
 * instead of sending the user to sign in and back (`quiet(false)` if signing out failed).
 */
export function quietSignInRedirects(quiet: boolean): void {
  leaving = quiet;
}

export interface GqlOptions {
  /** Throw UNAUTHENTICATED like any other error instead of going to the sign-in page. */
  unauthenticatedThrows?: boolean;
}

/**
 * No session (never signed in, expired, revoked): go to the sign-in page, which comes back to
 * this exact URL (it holds all view state). A full page load, so nothing cached for the old
 * session survives. Public pages (sign-in, reset) handle the error themselves: no loop.
 */
function toSignIn(): boolean {
  const { pathname, search } = window.location;
  if (isPublicPath(pathname)) return false;
  if (!leaving) {
    leaving = true;
    window.location.replace(signInUrl(pathname, search));
  }
  // Already leaving (for sign-in, or signing out): this request just never settles.
  return true;
}

/**
 * Sends one operation. `T` and `V` are its generated types (`XQuery`, `XQueryVariables` from
 * operations.generated.ts, named after the operation), so what is sent and read is checked
 * against api/schema.gql by the compiler.
 */
export async function gql<T, V extends object = Record<string, never>>(
  query: string,
  variables?: NoInfer<V>,
  options: GqlOptions = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ query, variables: variables ?? {} }),
    });
  } catch {
    reportReachable(false);
    throw new ApiError(
      'The Interweave API cannot be reached. Check that it is running.',
      'UNREACHABLE',
    );
  }
  reportReachable(true);
  let body: { data?: T; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as { data?: T; errors?: GraphQLErrorShape[] };
  } catch {
    throw new ApiError(
      `The API answered ${response.status} without a GraphQL body.`,
      'UNREACHABLE',
    );
  }
  if (body.errors && body.errors.length > 0) {
    const unauthenticated = body.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && !options.unauthenticatedThrows && toSignIn()) {
      // The page is being replaced; settling would only flash an error in the old view.
      return new Promise<T>(() => undefined);
    }
    const first = body.errors[0];
    throw new ApiError(
      first.message,
      first.extensions?.code ?? 'UNKNOWN',
      first.extensions?.fields ?? [],
    );
  }
  if (!body.data) throw new ApiError('The API returned no data.', 'UNKNOWN');
  return body.data;
}
