import { Args, Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OidcService } from './oidc/oidc.service';
import type { Request, Response } from 'express';
import { Caller, CurrentCaller } from './caller.decorator';
import { Access, Allow } from './access';
import { SignInArgs } from './dto/sign-in.args';
import { Principal } from './principal';
import { SessionService } from './session.service';
import { SignInService } from './sign-in.service';
import { AuditService } from '../audit/audit.service';
import { User } from '../user/models/user.model';

@ObjectType({ description: 'Single sign-on with an identity provider.' })
class SsoOption {
  @Field({ description: 'What the button says.' })
  label!: string;

  @Field({
    description: 'Where the browser goes to start (add ?returnTo=/path to come back there).',
  })
  url!: string;
}

@ObjectType({ description: 'How users can sign in here.' })
class SignInOptions {
  @Field({ description: 'Email and password.' })
  password!: boolean;

  @Field(() => SsoOption, { nullable: true, description: 'Single sign-on, when configured.' })
  sso!: SsoOption | null;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly oidc: OidcService,
    private readonly signInService: SignInService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  @Allow(Access.Public)
  @Query(() => SignInOptions, {
    description: 'How to sign in here: password, and single sign-on if configured.',
  })
  signInOptions(): SignInOptions {
    const label = this.oidc.label;
    return { password: true, sso: label ? { label, url: '/auth/oidc/start' } : null };
  }

  @Allow(Access.Public, { audit: 'self' })
  @Mutation(() => User, {
    description:
      'Signs in with email and password: sets an httpOnly session cookie and returns the user. Refused with UNAUTHENTICATED (never saying whether the email exists); repeated failures are slowed, then locked for a while (RATE_LIMITED).',
  })
  signIn(@Args() args: SignInArgs, @Context('req') req: Request, @Context('res') res: Response) {
    return this.signInService.signIn(args.email, args.password, req, res);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => Boolean, { description: 'Ends this session (API tokens are not affected).' })
  async signOut(
    @CurrentCaller() caller: Caller,
    @Context('req') req: Request,
    @Context('res') res: Response,
  ): Promise<boolean> {
    const principal = caller.principal as Principal;
    if (principal.sessionId) await this.sessions.end(principal.sessionId, req, res);
    await this.audit.record(caller.who, {
      action: 'SIGN_OUT',
      operation: 'signOut',
      entityKind: 'User',
      entityIds: [principal.userId],
    });
    return true;
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => Int, {
    description: 'Ends every session of the signed-in user, on every device; returns how many.',
  })
  async signOutEverywhere(@CurrentCaller() caller: Caller): Promise<number> {
    const principal = caller.principal as Principal;
    const ended = await this.sessions.endAll(principal.userId);
    await this.audit.record(caller.who, {
      action: 'SESSIONS_REVOKED',
      operation: 'signOutEverywhere',
      entityKind: 'User',
      entityIds: [principal.userId],
      reason: `${ended} sessions ended`,
    });
    return ended;
  }
}
