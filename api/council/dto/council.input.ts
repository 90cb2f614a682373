import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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

@InputType({ description: 'A neighbourhood to create.' })
export class NeighbourhoodInput {
  @Field(() => ID, { nullable: true, description: 'Optional id; generated when omitted.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

@InputType({ description: 'A neighbourhood to add to a council; its id is made by the server.' })
export class AddNeighbourhoodInput {
  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;
}

@InputType({ description: 'Council settings; omitted fields stay as they are.' })
export class CouncilSettingsInput {
  @Field({
    nullable: true,
    description:
      "Names visible to members: when true, the council's viewers, editors and admins see display names and role titles; researchers never do.",
  })
  @IsOptional()
  @IsBoolean()
  namesVisible?: boolean;
}

@InputType({ description: 'A new council.' })
export class CreateCouncilInput {
  @Field(() => ID, { nullable: true, description: 'Optional id; generated when omitted.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field({ nullable: true, description: 'Region, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field({ nullable: true, description: 'Description, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field({ defaultValue: false, description: 'Mark as synthetic demo data.' })
  @IsBoolean()
  synthetic: boolean = false;

  @Field(() => [NeighbourhoodInput], {
    defaultValue: [],
    description: 'Neighbourhoods, at most 200.',
  })
  @ValidateNested({ each: true })
  @Type(() => NeighbourhoodInput)
  @ArrayMaxSize(200)
  neighbourhoods: NeighbourhoodInput[] = [];
}

@InputType({ description: 'Changes to a council; omitted fields stay as they are.' })
export class UpdateCouncilInput {
  @Field({ nullable: true, description: 'Name, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field({ nullable: true, description: 'Region, up to 120 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  region?: string;

  @Field({ nullable: true, description: 'Description, up to 2000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}
