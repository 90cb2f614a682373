import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Allow } from '../auth/access';
import { Caller, CurrentCaller } from '../auth/caller.decorator';
import { ApiTokenIdArgs, CreateApiTokenArgs } from './dto/api-token.input';
import { ApiToken, CreatedApiToken } from './models/api-token.model';
import { ApiTokenService } from './api-token.service';

/** Every operation here is about the caller's own tokens. */
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  constructor(private readonly service: ApiTokenService) {}

  @Allow(Access.SignedIn)
  @Query(() => [ApiToken], { description: 'Your API tokens, newest first (never their secrets).' })
  apiTokens(@CurrentCaller() caller: Caller) {
    return this.service.list(caller);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => CreatedApiToken, {
    description:
      'Creates a named API token that expires; the secret is returned this once, and only its hash is stored.',
  })
  createApiToken(@Args() args: CreateApiTokenArgs, @CurrentCaller() caller: Caller) {
    return this.service.create(caller, args.input);
  }

  @Allow(Access.SignedIn, { audit: 'self' })
  @Mutation(() => ApiToken, {
    description: 'Revokes one of your API tokens; it stops working at once.',
  })
  revokeApiToken(@Args() args: ApiTokenIdArgs, @CurrentCaller() caller: Caller) {
    return this.service.revoke(caller, args.id);
  }
}
