import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { CredentialService } from './credential.service';

/**
 * Runs before GraphQL (and before the rate limiter) on every request: resolves the session
 * cookie or bearer token into `req.principal` and `req.auth`. It never refuses a request by
 * itself; the access guard decides per field, so /health and signIn stay open.
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
      // The database being down is reported by the resolvers' own errors; treat as anonymous.
      () => {
        req.authProblem = 'Sign-in could not be checked just now; try again shortly.';
        next();
      },
    );
  };
}
