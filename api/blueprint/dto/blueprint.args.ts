import { ArgsType, Field, ID, IntersectionType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { SearchArgsBase } from '../../common/dto/page.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CreateBlueprintInput, UpdateBlueprintInput } from './blueprint.input';

/** A blueprint operation inside a council (its own blueprints), or outside any (shared ones). */
@ArgsType()
export class BlueprintOwnerArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'The council whose own blueprints to include or edit; omit for shared blueprints only (editing those is for system admins).',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId?: string;
}

@ArgsType()
export class BlueprintListArgs extends IntersectionType(
  SearchArgsBase,
  BlueprintOwnerArgs,
  ArgsType,
) {}

@ArgsType()
export class BlueprintIdArgs extends BlueprintOwnerArgs {
  @Field(() => ID, { description: 'The blueprint.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class CreateBlueprintArgs extends BlueprintOwnerArgs {
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
