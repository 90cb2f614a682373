import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { setTimeout as delay } from 'node:timers/promises';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError, DomainErrorCode } from '../common/domain-error';
import { User } from '../user/models/user.model';
import { UserRepository } from '../user/user.repository';
import { AUTH_CONFIG, AuthConfig } from './auth-config';
import { clientAddress } from './gql-request';
import { sha256, verifyPassword } from './secrets';
import { SessionService } from './session.service';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

/** The one answer to any refused password, so it never tells whether the email exists. */
export const SIGN_IN_REFUSED = 'The email or password is not right.';
/** Failures before answers start to slow down, and the longest slow-down. */
const SLOW_AFTER = 3;
const MAX_DELAY_MS = 4000;

@Injectable()
export class SignInService {
  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly users: UserRepository,
    private readonly throttle: SignInThrottleRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  async signIn(email: string, password: string, req: Request, res: Response): Promise<User> {
    const normalised = email.trim().toLowerCase();
    const address = clientAddress(req) ?? 'unknown';
    const keys = [
      { key: `email:${normalised}`, limit: this.config.signInLockAfter },
      { key: `addr:${address}`, limit: this.config.signInAddressLockAfter },
    ];
    const now = new Date();
    const windowStart = new Date(now.getTime() - this.config.signInLockMinutes * 60_000);
    const state = await this.throttle.state(
      keys.map((k) => k.key),
      now.toISOString(),
      windowStart.toISOString(),
    );
    const credentials = await this.users.credentials(normalised);
    const who: AuditActor = {
      userId: credentials?.id ?? null,
      // An unknown email is recorded by hash only: it may be a mistyped password.
      actor: credentials ? normalised : `unknown email #${sha256(normalised).slice(0, 12)}`,
      viaToken: null,
      address,
    };
    if (state.lockedUntil) {
      await this.audit.record(who, {
        action: 'SIGN_IN_FAILED',
        operation: 'signIn',
        reason: 'locked',
      });
      throw this.locked(state.lockedUntil);
    }
    if (state.failures >= SLOW_AFTER) {
      await delay(Math.min(MAX_DELAY_MS, 250 * 2 ** (state.failures - SLOW_AFTER)));
    }
    const ok =
      (await verifyPassword(credentials?.passwordHash ?? null, password)) &&
      credentials !== null &&
      !credentials.disabled;
    if (!ok || !credentials) {
      const lockUntil = new Date(now.getTime() + this.config.signInLockMinutes * 60_000);
      const after = await this.throttle.fail(
        keys,
        now.toISOString(),
        windowStart.toISOString(),
        lockUntil.toISOString(),
      );
      await this.audit.record(who, {
        action: 'SIGN_IN_FAILED',
        operation: 'signIn',
        reason: after.lockedUntil ? 'wrong password; now locked' : 'wrong password',
      });
      if (after.lockedUntil) throw this.locked(after.lockedUntil);
      throw DomainError.unauthenticated(SIGN_IN_REFUSED);
    }
    await this.throttle.clear(keys[0].key);
    await this.sessions.start(credentials.id, req, res);
    await this.users.markSignedIn(credentials.id, now.toISOString());
    await this.audit.record(who, {
      action: 'SIGN_IN',
      operation: 'signIn',
      entityKind: 'User',
      entityIds: [credentials.id],
    });
    return (await this.users.get(credentials.id)) as User;
  }

  private locked(until: string): DomainError {
    return new DomainError(
      DomainErrorCode.RateLimited,
      `Too many failed sign-ins. Try again after ${until.slice(11, 16)} UTC, or ask an administrator for a reset link.`,
    );
  }
}
