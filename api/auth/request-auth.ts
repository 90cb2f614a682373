import type { RequestScope } from '../common/request-scope';
import type { Principal } from './principal';

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
    principal?: Principal;
    /** Why a credential that was sent was not accepted (expired, revoked), for the error. */
    authProblem?: string;
    /**
     * The credential could not be checked at all (the database is down: a DomainError
     * DATABASE_UNAVAILABLE; or a fault): fields that need a caller answer with this error.
     */
    authFailure?: Error;
    /** Scopes the access guard granted, per council id. */
    councilScopes?: Map<string, RequestScope>;
  }
}
