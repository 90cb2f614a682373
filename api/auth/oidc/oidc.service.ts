import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BaseClient, generators, Issuer } from 'openid-client';
import { AuditService } from '../../audit/audit.service';
import { UserRepository } from '../../user/user.repository';
import { AUTH_CONFIG, AuthConfig } from '../auth-config';
import { clientAddress } from '../gql-request';
import { newSecret, sha256 } from '../secrets';
import { SessionService } from '../session.service';
import { OidcLoginRepository } from './oidc-login.repository';

export const OIDC_COOKIE = 'iw_oidc';
const LOGIN_MINUTES = 10;
export const CALLBACK_PATH = '/auth/oidc/callback';

/** Where a sign-in may return to: a path of this app, never another site. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * Single sign-on with the council's or NHS body's own identity provider (Entra ID and the
 * like): OpenID Connect authorisation code flow with PKCE, through openid-client. A user is
 * matched by verified email to an account an administrator created; nobody self-registers.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private client: Promise<BaseClient> | null = null;

  constructor(
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly logins: OidcLoginRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  get label(): string | null {
    return this.config.oidc?.label ?? null;
  }

  /** Redirects the browser to the identity provider. */
  async start(req: Request, res: Response): Promise<void> {
    const client = await this.oidcClient();
    const secret = newSecret();
    const verifier = generators.codeVerifier();
    const state = generators.state();
    const nonce = generators.nonce();
    await this.logins.create({
      id: sha256(secret),
      verifier,
      state,
      nonce,
      returnTo: safeReturnTo(req.query.returnTo),
      expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000).toISOString(),
    });
    res.cookie(OIDC_COOKIE, secret, {
      httpOnly: true,
      sameSite: 'lax', // sent on the provider's top-level redirect back to us
      secure: req.secure,
      path: CALLBACK_PATH,
      maxAge: LOGIN_MINUTES * 60_000,
    });
    res.redirect(
      client.authorizationUrl({
        scope: 'openid email profile',
        code_challenge: generators.codeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      }),
    );
  }

  /** Finishes the sign-in: a session for the matching user, or back to the sign-in page. */
  async callback(req: Request, res: Response): Promise<void> {
    const fail = (reason: string) => res.redirect(`/signin?sso=${reason}`);
    const secret = (req.cookies as Record<string, string> | undefined)?.[OIDC_COOKIE];
    res.clearCookie(OIDC_COOKIE, { path: CALLBACK_PATH });
    const login = secret ? await this.logins.take(sha256(secret), new Date().toISOString()) : null;
    if (!login) return fail('expired');
    const client = await this.oidcClient();
    let claims: { email?: unknown; email_verified?: unknown; sub: string };
    try {
      const tokens = await client.callback(this.redirectUri(), client.callbackParams(req), {
        code_verifier: login.verifier,
        state: login.state,
        nonce: login.nonce,
      });
      claims = tokens.claims();
      // Many providers keep email out of the ID token and serve it from userinfo
      // (openid-client checks that userinfo's subject is the ID token's).
      if (claims.email === undefined && tokens.access_token) {
        claims = { ...(await client.userinfo(tokens)), ...claims, sub: claims.sub };
      }
    } catch (error) {
      this.logger.warn(`Single sign-on refused: ${(error as Error).message}`);
      return fail('failed');
    }
    const address = clientAddress(req);
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
    if (!email || claims.email_verified !== true) {
      await this.audit.record(
        { userId: null, actor: `sso subject ${claims.sub}`, viaToken: null, address },
        { action: 'SIGN_IN_FAILED', operation: 'oidc', reason: 'no verified email' },
      );
      return fail('unverified');
    }
    const account = await this.users.credentials(email);
    if (!account || account.disabled) {
      await this.audit.record(
        { userId: account?.id ?? null, actor: email, viaToken: null, address },
        {
          action: 'SIGN_IN_FAILED',
          operation: 'oidc',
          reason: account ? 'disabled' : 'no account',
        },
      );
      return fail('no-account');
    }
    await this.sessions.start(account.id, req, res);
    await this.users.markSignedIn(account.id, new Date().toISOString());
    await this.audit.record(
      { userId: account.id, actor: email, viaToken: null, address },
      { action: 'SIGN_IN', operation: 'oidc', entityKind: 'User', entityIds: [account.id] },
    );
    res.redirect(login.returnTo);
  }

  private redirectUri(): string {
    return `${this.config.publicUrl}${CALLBACK_PATH}`;
  }

  /** Discovered once; a failed discovery is retried on the next sign-in. */
  private oidcClient(): Promise<BaseClient> {
    const oidc = this.config.oidc;
    if (!oidc) throw new Error('single sign-on is not configured');
    this.client ??= Issuer.discover(oidc.issuerUrl).then(
      (issuer) =>
        new issuer.Client({
          client_id: oidc.clientId,
          client_secret: oidc.clientSecret,
          redirect_uris: [this.redirectUri()],
          response_types: ['code'],
        }),
    );
    this.client.catch(() => (this.client = null));
    return this.client;
  }
}
