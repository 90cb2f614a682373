import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiTokenRepository } from '../api-token/api-token.repository';
import { AUTH_CONFIG, AuthConfig, SESSION_COOKIE, TOKEN_PREFIX } from './auth-config';
import { Principal } from './principal';
import { sameHash, sha256 } from './secrets';
import { PrincipalRow, SessionRepository } from './session.repository';

/** Writing lastSeenAt on every request would make each read a write; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

function toPrincipal(
  row: PrincipalRow,
  credential: { sessionId?: string; tokenId?: string; tokenName?: string },
): Principal {
  return {
    userId: row.user.id,
    email: row.user.email,
    name: row.user.name,
    systemAdmin: row.user.systemAdmin,
    roles: new Map(row.roles.map((r) => [r.councilId, r.role])),
    namesVisible: new Set(row.namesVisible),
    sessionId: credential.sessionId ?? null,
    tokenId: credential.tokenId ?? null,
    tokenName: credential.tokenName ?? null,
  };
}

export type Resolution = { principal: Principal } | { problem: string } | null;

/** Turns the session cookie or the bearer token of a request into a principal. */
@Injectable()
export class CredentialService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly sessions: SessionRepository,
    private readonly tokens: ApiTokenRepository,
  ) {}

  idleCutoff(now: Date): string {
    return new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000).toISOString();
  }

  /** Null when the request carries no credential at all. */
  async resolve(req: Request): Promise<Resolution> {
    const header = req.headers.authorization;
    if (header) return this.fromBearer(header);
    const cookie = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    if (cookie) return this.fromSession(cookie);
    return null;
  }

  async fromSession(secret: string): Promise<Resolution> {
    const now = new Date();
    const id = sha256(secret);
    const row = await this.sessions.principal(id, now.toISOString(), this.idleCutoff(now));
    if (!row) return { problem: 'Your session has expired or was ended; sign in again.' };
    if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
      await this.sessions.touch(id, now.toISOString());
    }
    return { principal: toPrincipal(row, { sessionId: id }) };
  }

  private async fromBearer(header: string): Promise<Resolution> {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const value = match?.[1] ?? '';
    const [, tokenId, secret] = value.startsWith(TOKEN_PREFIX) ? value.split('.') : [];
    const invalid = { problem: 'The API token is not valid: it is unknown, expired or revoked.' };
    if (!tokenId || !secret) return invalid;
    const now = new Date();
    const row = await this.tokens.active(tokenId, now.toISOString());
    if (!row || !sameHash(row.hash, sha256(secret))) return invalid;
    if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_AFTER_MS) {
      await this.tokens.touch(tokenId, now.toISOString());
    }
    return { principal: toPrincipal(row, { tokenId, tokenName: row.name }) };
  }
}
