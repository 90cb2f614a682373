import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import {
  AddNeighbourhoodInput,
  CouncilSettingsInput,
  CreateCouncilInput,
  UpdateCouncilInput,
} from './council.input';

@ArgsType()
export class CouncilIdArgs {
  @Field(() => ID, { description: 'The council (tenant) the request is about.' })
  @Matches(ID_PATTERN, { message: `councilId ${ID_MESSAGE}` })
  councilId!: string;
}

@ArgsType()
export class DeleteCouncilArgs extends CouncilIdArgs {
  @Field({ defaultValue: false, description: 'Also delete everything the council holds.' })
  @IsBoolean()
  force: boolean = false;
}

@ArgsType()
export class NeighbourhoodArgs extends CouncilIdArgs {
  @Field(() => ID, { description: 'The neighbourhood.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id!: string;
}

@ArgsType()
export class RenameNeighbourhoodArgs extends NeighbourhoodArgs {
  @Field({ description: 'New name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

@ArgsType()
export class CreateCouncilArgs {
  @Field(() => CreateCouncilInput, { description: 'The council to create.' })
  @ValidateNested()
  @Type(() => CreateCouncilInput)
  input!: CreateCouncilInput;
}

@ArgsType()
export class UpdateCouncilArgs extends CouncilIdArgs {
  @Field(() => UpdateCouncilInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateCouncilInput)
  input!: UpdateCouncilInput;
}

@ArgsType()
export class AddNeighbourhoodArgs extends CouncilIdArgs {
  @Field(() => AddNeighbourhoodInput, { description: 'The neighbourhood to add.' })
  @ValidateNested()
  @Type(() => AddNeighbourhoodInput)
  input!: AddNeighbourhoodInput;
}

@ArgsType()
export class CouncilSettingsArgs extends CouncilIdArgs {
  @Field(() => CouncilSettingsInput, { description: 'The settings to change.' })
  @ValidateNested()
  @Type(() => CouncilSettingsInput)
  input!: CouncilSettingsInput;
}
