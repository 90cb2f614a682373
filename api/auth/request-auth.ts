import type { RequestScope } from '../common/request-scope';
import type { Principal } from './principal';

/**
 * What the auth middleware attaches to every express request before GraphQL runs; the
 * access guard adds the scope of each council the request names.
 */
export interface RequestAuth {
  userId: string;
  tokenId: string | null;
  sessionId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: RequestAuth;
    principal?: Principal;
    /** Why a credential that was sent was not accepted (expired, revoked), for the error. */
    authProblem?: string;
    /** Scopes the access guard granted, per council id. */
    councilScopes?: Map<string, RequestScope>;
  }
}
