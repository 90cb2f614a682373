import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AUTH_CONFIG, AuthConfig, SESSION_COOKIE } from './auth-config';
import { clientAddress } from './gql-request';
import { newSecret, sha256 } from './secrets';
import { SessionRepository } from './session.repository';

/** Creates and ends server-side sessions and the cookie that carries them. */
@Injectable()
export class SessionService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly sessions: SessionRepository,
  ) {}

  /** Starts a session for the user and sets its cookie on the response. */
  async start(userId: string, req: Request, res: Response): Promise<string> {
    const secret = newSecret();
    const now = new Date();
    const expires = new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000);
    const id = sha256(secret);
    await this.sessions.create({
      id,
      userId,
      createdAt: now.toISOString(),
      expiresAt: expires.toISOString(),
      address: clientAddress(req),
      userAgent: req.headers['user-agent']?.slice(0, 200) ?? null,
    });
    res.cookie(SESSION_COOKIE, secret, { ...this.cookieOptions(req), expires });
    // Housekeeping on the side: every sign-in drops sessions that can no longer be used.
    await this.sessions.purgeExpired(
      now.toISOString(),
      new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000).toISOString(),
    );
    return id;
  }

  async end(sessionId: string, req: Request, res: Response): Promise<void> {
    await this.sessions.delete(sessionId);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions(req));
  }

  endAll(userId: string): Promise<number> {
    return this.sessions.deleteForUser(userId);
  }

  /** httpOnly and SameSite=Lax always; Secure whenever the request came over HTTPS. */
  private cookieOptions(req: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
  }
}
