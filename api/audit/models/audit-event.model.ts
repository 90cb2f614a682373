import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One changed field of a record: its value before and after, as JSON.' })
export class FieldChange {
  @Field(() => ID, { description: 'Id of the record the field belongs to.' })
  entityId!: string;

  @Field({ description: 'Field name, e.g. "strength".' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON (null: absent).' })
  before?: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON (null: absent).' })
  after?: string | null;
}

@ObjectType({
  description:
    'An append-only record of something that happened: every successful write, sign-ins, role changes, token use for exports, researcher reads of person-level data.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'When it happened (ISO 8601 datetime).' })
  at!: string;

  @Field({
    description:
      'What happened: CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, ROLE_GRANTED, ROLE_REVOKED, TOKEN_CREATED, TOKEN_REVOKED, PASSWORD_CHANGED, PERSON_DATA_READ, ...',
  })
  action!: string;

  @Field({ description: 'The API operation, e.g. "updateTie" or "signIn".' })
  operation!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The council it concerns; null for account events.',
  })
  councilId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The user who did it; null for an unknown email.',
  })
  userId?: string | null;

  @Field({ description: 'Who did it, as shown to admins: name and email, or "system".' })
  actor!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The API token used, by name; null for a session.',
  })
  viaToken?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of record affected, e.g. "Tie".' })
  entityKind?: string | null;

  @Field(() => [ID], { description: 'Ids of the records affected.' })
  entityIds!: string[];

  @Field(() => [FieldChange], { description: 'The fields that changed, before and after.' })
  changes!: FieldChange[];

  @Field(() => String, {
    nullable: true,
    description: 'Why, when the operation asks for a reason.',
  })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Client address the request came from.' })
  address?: string | null;
}
