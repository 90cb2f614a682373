/**
 * Who a request acts for, as established by the auth middleware (session cookie or API
 * token) before anything else reads it. Absent for anonymous requests.
 */
export interface RequestAuth {
  userId: string;
  /** The API token used, when the request came with `Authorization: Bearer`. */
  tokenId: string | null;
  /** The server-side session, when the request came with the session cookie. */
  sessionId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
  }
}
