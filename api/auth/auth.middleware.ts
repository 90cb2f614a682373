import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CredentialService } from './credential.service';

/**
 * Runs before GraphQL on every request: resolves the session cookie or bearer token into
 * `req.principal` (and `req.auth` for the rate limiter). It never refuses a request by
 * itself; the access guard decides per field, so /health and signIn stay open.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(private readonly credentials: CredentialService) {}

  use(req: Request, _res: Response, next: NextFunction): void {
    if (req.path === '/health') return next();
    this.credentials.resolve(req).then(
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
  }
}
