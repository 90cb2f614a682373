import { Injectable } from '@nestjs/common';
import { TOKEN_PREFIX } from '../auth/auth-config';
import { Caller } from '../auth/caller.decorator';
import { Principal } from '../auth/principal';
import { newSecret, sha256 } from '../auth/secrets';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { newId } from '../common/ids';
import { CreateApiTokenInput } from './dto/api-token.input';
import { ApiToken, CreatedApiToken } from './models/api-token.model';
import { ApiTokenRepository } from './api-token.repository';

const MAX_LIFETIME_MS = 366 * 24 * 3_600_000;

/** Named tokens for scripts (R, Python); each acts as its user with the same roles. */
@Injectable()
export class ApiTokenService {
  constructor(
    private readonly tokens: ApiTokenRepository,
    private readonly audit: AuditService,
  ) {}

  async create(caller: Caller, input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const principal = caller.principal as Principal;
    // A leaked token must not be able to mint more: new tokens need a signed-in session.
    if (principal.tokenId)
      throw DomainError.forbidden('Create API tokens while signed in, not with a token.');
    const expires = Date.parse(input.expiresAt);
    const now = Date.now();
    if (!(expires > now) || expires - now > MAX_LIFETIME_MS) {
      throw DomainError.badInput([
        {
          field: 'input.expiresAt',
          message: 'expiresAt must be in the future and at most a year ahead',
        },
      ]);
    }
    const id = newId('tok');
    const secret = newSecret();
    const token = await this.tokens.create({
      id,
      userId: principal.userId,
      name: input.name.trim(),
      hash: sha256(secret),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(expires).toISOString(),
    });
    await this.audit.record(caller.who, {
      action: 'TOKEN_CREATED',
      operation: 'createApiToken',
      entityKind: 'ApiToken',
      entityIds: [id],
      changes: [
        { entityId: id, field: 'name', before: null, after: JSON.stringify(token.name) },
        { entityId: id, field: 'expiresAt', before: null, after: JSON.stringify(token.expiresAt) },
      ],
    });
    return { token, secret: `${TOKEN_PREFIX}${id}.${secret}` };
  }

  list(caller: Caller): Promise<ApiToken[]> {
    return this.tokens.list((caller.principal as Principal).userId);
  }

  async revoke(caller: Caller, id: string): Promise<ApiToken> {
    const token = await this.tokens.revoke(
      (caller.principal as Principal).userId,
      id,
      new Date().toISOString(),
    );
    if (!token) throw DomainError.notFound('API token', id);
    await this.audit.record(caller.who, {
      action: 'TOKEN_REVOKED',
      operation: 'revokeApiToken',
      entityKind: 'ApiToken',
      entityIds: [id],
    });
    return token;
  }
}
