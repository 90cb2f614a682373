import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

export const MAX_EXPECTATIONS = 50;

@InputType({ description: 'A tie the blueprint expects between two kinds of team.' })
export class BlueprintExpectationInput {
  @Field(() => ID, { description: 'Team type at the "from" end (vocabularies.teamTypes).' })
  @Matches(ID_PATTERN, { message: `fromTeamTypeId ${ID_MESSAGE}` })
  fromTeamTypeId!: string;

  @Field(() => ID, { description: 'Team type at the "to" end (vocabularies.teamTypes).' })
  @Matches(ID_PATTERN, { message: `toTeamTypeId ${ID_MESSAGE}` })
  toTeamTypeId!: string;

  @Field(() => ID, { description: 'Expected tie type (vocabularies.tieTypes).' })
  @Matches(ID_PATTERN, { message: `tieTypeId ${ID_MESSAGE}` })
  tieTypeId!: string;

  @Field({
    defaultValue: false,
    description: 'True when the two teams are expected to be tied within each neighbourhood.',
  })
  @IsBoolean()
  sameNeighbourhood: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: 'Why the tie is expected, up to 500 characters.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

@InputType({ description: 'A new blueprint.' })
export class CreateBlueprintInput {
  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field({ description: 'Description, 1–2000 characters.' })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @Field(() => [BlueprintExpectationInput], {
    description: `The expected ties, 1–${MAX_EXPECTATIONS}.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXPECTATIONS)
  @ValidateNested({ each: true })
  @Type(() => BlueprintExpectationInput)
  expectations!: BlueprintExpectationInput[];
}

@InputType({ description: 'Changes to a blueprint; omitted fields stay as they are.' })
export class UpdateBlueprintInput {
  @Field({ nullable: true, description: 'Name, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true, description: 'Description, 1–2000 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 2000)
  description?: string;

  @Field(() => [BlueprintExpectationInput], {
    nullable: true,
    description: `Replaces all expected ties, 1–${MAX_EXPECTATIONS}.`,
  })
  @IsOmittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EXPECTATIONS)
  @ValidateNested({ each: true })
  @Type(() => BlueprintExpectationInput)
  expectations?: BlueprintExpectationInput[];
}
