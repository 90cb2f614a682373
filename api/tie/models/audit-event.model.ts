import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'A record of a destructive change (e.g. a hard-deleted tie), with a snapshot.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'What happened, e.g. "DELETE".' })
  action!: string;

  @Field({ description: 'Kind of record affected, e.g. "Tie".' })
  entityKind!: string;

  @Field(() => ID, { description: 'Id of the record affected.' })
  entityId!: string;

  @Field({ description: 'The record as it was, as a JSON string.' })
  snapshot!: string;

  @Field({ description: 'Why it was done.' })
  reason!: string;

  @Field({ description: 'When it happened (ISO 8601 datetime).' })
  at!: string;

  @Field({ description: 'Who did it.' })
  actor!: string;
}
