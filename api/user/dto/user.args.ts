import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { SearchArgsBase } from '../../common/dto/page.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CreateUserInput, GrantRoleInput, RevokeRoleInput } from './user.input';

@ArgsType()
export class UserListArgs extends SearchArgsBase {
  @Field(() => ID, {
    nullable: true,
    description: 'Only users with a role in this council (council admins must give it).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId?: string;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID, { description: 'The user.' })
  @Matches(ID_PATTERN, { message: `userId ${ID_MESSAGE}` })
  userId!: string;
}

@ArgsType()
export class CreateUserArgs {
  @Field(() => CreateUserInput, { description: 'The new account.' })
  @ValidateNested()
  @Type(() => CreateUserInput)
  input!: CreateUserInput;
}

@ArgsType()
export class GrantRoleArgs {
  @Field(() => GrantRoleInput, { description: 'Who, where and which role.' })
  @ValidateNested()
  @Type(() => GrantRoleInput)
  input!: GrantRoleInput;
}

@ArgsType()
export class RevokeRoleArgs {
  @Field(() => RevokeRoleInput, { description: 'Who and where.' })
  @ValidateNested()
  @Type(() => RevokeRoleInput)
  input!: RevokeRoleInput;
}
