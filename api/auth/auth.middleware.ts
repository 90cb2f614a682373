import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { mapNeo4jError } from '../neo4j/neo4j.errors';
import { CredentialService } from './credential.service';

/**
 * Runs before GraphQL (and before the rate limiter) on every request: resolves the session
 * cookie or bearer token into `req.principal` and `req.auth`. It never refuses a request by
 * itself; the access guard decides per field, so /health and signIn stay open.
 * The look-up fails fast while the database is down (Neo4jService's short retry budget).
 */
export function credentialsMiddleware(credentials: CredentialService): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (req.path === '/health') return next();
    credentials.resolve(req).then(
      (resolution) => {
        if (resolution && 'principal' in resolution) {
          const p = resolution.principal;
          req.principal = p;
          req.auth = { userId: p.userId, tokenId: p.tokenId, sessionId: p.sessionId };
        } else if (resolution) {
          req.authProblem = resolution.problem;
        }
        next();
      },
      // Not "signed out": fields that need a caller answer with this error (usually
      // DATABASE_UNAVAILABLE); public ones (health, signIn) still run.
      (error: unknown) => {
        req.authFailure =
          mapNeo4jError(error) ?? (error instanceof Error ? error : new Error(String(error)));
        next();
      },
    );
  };
}
