import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { CouncilRole } from '../../auth/roles';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

export const PASSWORD_RULE = 'at least 12 and at most 200 characters';

@InputType({ description: 'A new user account.' })
export class CreateUserInput {
  @Field({ description: 'Email address (the sign-in name); stored in lower case.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: `Initial password (${PASSWORD_RULE}). Omit it and create a reset link for the user instead.`,
  })
  @IsOptional()
  @IsString()
  @Length(12, 200, { message: `password must be ${PASSWORD_RULE}` })
  password?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A council to give the user a role in at once (required unless a system admin asks).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId?: string | null;

  @Field(() => CouncilRole, { nullable: true, description: 'The role in councilId.' })
  @IsOptional()
  @IsEnum(CouncilRole)
  role?: CouncilRole | null;

  @Field({
    defaultValue: false,
    description: 'Make the user a system administrator (system admins only).',
  })
  @IsBoolean()
  systemAdmin: boolean = false;
}

@InputType({
  description:
    'A role for a user in a council; replaces the role they held there. Name the user by id or by the email of their existing account.',
})
export class GrantRoleInput {
  @Field(() => ID, { nullable: true, description: 'The user (or give email).' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `userId ${ID_MESSAGE}` })
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The email of an existing account (or give userId), e.g. to add someone already using Interweave in another council.',
  })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => ID, { description: 'The council.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;

  @Field(() => CouncilRole, { description: 'The role.' })
  @IsEnum(CouncilRole)
  role!: CouncilRole;
}

@InputType({ description: "Removes a user's role in a council." })
export class RevokeRoleInput {
  @Field(() => ID, { description: 'The user.' })
  @Matches(ID_PATTERN, { message: `userId ${ID_MESSAGE}` })
  userId!: string;

  @Field(() => ID, { description: 'The council.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;
}
