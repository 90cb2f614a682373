import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsISO8601, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field({ description: 'A name to recognise it by, 1–80 characters.' })
  @IsString()
  @Length(1, 80)
  @Matches(/\S/, { message: 'name must not be blank' })
  name!: string;

  @Field({
    description:
      'When it stops working: an ISO 8601 date or datetime, in the future, at most a year ahead.',
  })
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date or datetime' })
  expiresAt!: string;
}

@ArgsType()
export class CreateApiTokenArgs {
  @Field(() => CreateApiTokenInput, { description: 'Name and expiry.' })
  @ValidateNested()
  @Type(() => CreateApiTokenInput)
  input!: CreateApiTokenInput;
}

@ArgsType()
export class ApiTokenIdArgs {
  @Field(() => ID, { description: 'The token id.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}
