import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenRepository } from '../api-token/api-token.repository';
import { AuthConfig } from '../config/app-config';
import { UserRepository } from '../user/user.repository';
import { AccessGuard } from './access.guard';
import { AUTH_CONFIG } from './auth-config';
import { AuthResolver } from './auth.resolver';
import { CredentialService } from './credential.service';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SignInThrottleRepository } from './sign-in-throttle.repository';
import { SignInService } from './sign-in.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcLoginRepository } from './oidc/oidc-login.repository';
import { OidcService } from './oidc/oidc.service';

const EXPORTED = [
  CredentialService,
  SessionService,
  UserRepository,
  ApiTokenRepository,
  PasswordResetRepository,
];

/**
 * Sign-in, sessions, credentials and the access guard. Global, because the guard protects
 * every resolver and the repositories of accounts are shared with the user and token modules.
 */
@Global()
@Module({ controllers: [OidcController] })
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        ...EXPORTED,
        SessionRepository,
        SignInThrottleRepository,
        SignInService,
        OidcLoginRepository,
        OidcService,
        AuthResolver,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AUTH_CONFIG, ...EXPORTED],
    };
  }
}
