import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { ValidityInput } from '../../common/dto/validity.input';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

@InputType({ description: 'A new organisation.' })
export class OrganisationInput extends ValidityInput {
  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => ID, { description: 'OrganisationType vocabulary id, e.g. "gp-practice".' })
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Sector vocabulary id; defaults to the organisation type's usual sector.",
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `sectorId ${ID_MESSAGE}` })
  sectorId?: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Neighbourhoods (of the same council) it serves, at most 200, no repeats.',
  })
  @ArrayMaxSize(200)
  @ArrayUnique({ message: 'neighbourhoodIds must not repeat' })
  @Matches(ID_PATTERN, { each: true, message: `neighbourhoodIds ${ID_MESSAGE}` })
  neighbourhoodIds: string[] = [];
}

@InputType({ description: 'Changes to an organisation; omitted fields stay as they are.' })
export class UpdateOrganisationInput {
  @Field({ nullable: true, description: 'Name, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'OrganisationType vocabulary id.' })
  @IsOmittable()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Sector vocabulary id (not changed by a new typeId unless given).',
  })
  @IsOmittable()
  @Matches(ID_PATTERN, { message: `sectorId ${ID_MESSAGE}` })
  sectorId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the neighbourhoods it serves (same council), at most 200.',
  })
  @IsOmittable()
  @ArrayMaxSize(200)
  @ArrayUnique({ message: 'neighbourhoodIds must not repeat' })
  @Matches(ID_PATTERN, { each: true, message: `neighbourhoodIds ${ID_MESSAGE}` })
  neighbourhoodIds?: string[];
}
