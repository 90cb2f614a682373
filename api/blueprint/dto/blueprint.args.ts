import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { Matches, ValidateNested } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CreateBlueprintInput, UpdateBlueprintInput } from './blueprint.input';

@ArgsType()
export class BlueprintIdArgs {
  @Field(() => ID, { description: 'The blueprint.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class CreateBlueprintArgs {
  @Field(() => CreateBlueprintInput, { description: 'The blueprint to create.' })
  @ValidateNested()
  @Type(() => CreateBlueprintInput)
  input!: CreateBlueprintInput;
}

@ArgsType()
export class UpdateBlueprintArgs extends BlueprintIdArgs {
  @Field(() => UpdateBlueprintInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateBlueprintInput)
  input!: UpdateBlueprintInput;
}
