import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A named API token for scripts; acts as its user with the same roles.' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable id (not secret).' })
  id!: string;

  @Field({ description: 'The name given to it, e.g. "R analysis".' })
  name!: string;

  @Field({ description: 'When it was created (ISO 8601).' })
  createdAt!: string;

  @Field({ description: 'When it stops working (ISO 8601).' })
  expiresAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last time it was used (ISO 8601, to the minute).',
  })
  lastUsedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was revoked (ISO 8601); null while active.',
  })
  revokedAt?: string | null;
}

@ObjectType({
  description: 'A new API token with its secret, which is shown this once and never again.',
})
export class CreatedApiToken {
  @Field(() => ApiToken, { description: 'The token record.' })
  token!: ApiToken;

  @Field({ description: 'Send as `Authorization: Bearer <secret>`. Only its hash is stored.' })
  secret!: string;
}
