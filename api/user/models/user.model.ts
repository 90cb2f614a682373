import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CouncilRole } from '../../auth/roles';

@ObjectType({ description: "A user's role in one council." })
export class RoleGrant {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'Name of the council.' })
  councilName!: string;

  @Field(() => CouncilRole, { description: 'The role held there.' })
  role!: CouncilRole;
}

@ObjectType({
  description:
    'A person who signs in to Interweave (not a person on the map). Never carries a password.',
})
export class User {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Email address, lower case; also the sign-in name.' })
  email!: string;

  @Field({ description: 'Name shown in the app and the audit trail.' })
  name!: string;

  @Field({
    description: 'True for a system administrator (all councils, users, shared blueprints).',
  })
  systemAdmin!: boolean;

  @Field({ description: 'True when an administrator has disabled the account.' })
  disabled!: boolean;

  @Field({ description: 'When the account was created (ISO 8601).' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'Last successful sign-in (ISO 8601).' })
  lastSignInAt?: string | null;

  @Field(() => [RoleGrant], { description: 'Roles per council, by council name.' })
  roles!: RoleGrant[];
}

@ObjectType({ description: 'A one-time link that lets a user choose a new password.' })
export class PasswordResetLink {
  @Field({ description: 'The link to pass on to the user (there is no mail server). Shown once.' })
  url!: string;

  @Field({ description: 'When the link stops working (ISO 8601).' })
  expiresAt!: string;
}
