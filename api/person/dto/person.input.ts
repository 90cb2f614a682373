import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { ValidityInput } from '../../common/dto/validity.input';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { PersonLevel } from '../models/person.model';

/**
 * People per createPeople request: 2,000 fully described people take about 500 kB, well
 * inside the default 1 MB body limit (MAX_BODY_BYTES); larger imports send several requests.
 */
export const MAX_PEOPLE_PER_BATCH = 2000;
const NOT_BLANK = /\S/;

@InputType({ description: 'A new person (pseudonymous unless displayName is given).' })
export class PersonInput extends ValidityInput {
  @Field({ description: 'Pseudonym, 1–40 characters, unique in the council.' })
  @IsString()
  @Length(1, 40)
  @Matches(NOT_BLANK, { message: 'pseudonym must not be blank' })
  pseudonym!: string;

  @Field(() => String, { nullable: true, description: 'Real name, 1–120 characters; optional.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title, 1–120 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  roleTitle?: string | null;

  @Field(() => PersonLevel, { description: 'Frontline, manager or senior leader.' })
  @IsEnum(PersonLevel, { message: 'level must be FRONTLINE, MANAGER or SENIOR_LEADER' })
  level!: PersonLevel;

  @Field({ defaultValue: false, description: 'True for a blended role.' })
  @IsBoolean()
  blendedRole: boolean = false;

  @Field(() => ID, {
    nullable: true,
    description:
      'Team (same council, valid on validFrom) the person is a member of from validFrom.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `teamId ${ID_MESSAGE}` })
  teamId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Profession vocabulary id the person has from validFrom.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `professionId ${ID_MESSAGE}` })
  professionId?: string | null;
}

@InputType({
  description:
    'Changes to a person; omitted fields stay as they are. Teams and profession change through memberships.',
})
export class UpdatePersonInput {
  @Field({ nullable: true, description: 'Pseudonym, 1–40 characters, unique in the council.' })
  @IsOmittable()
  @IsString()
  @Length(1, 40)
  @Matches(NOT_BLANK, { message: 'pseudonym must not be blank' })
  pseudonym?: string;

  @Field(() => String, { nullable: true, description: 'Real name; null removes it.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title; null removes it.' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  roleTitle?: string | null;

  @Field(() => PersonLevel, { nullable: true, description: 'Frontline, manager or senior leader.' })
  @IsOmittable()
  @IsEnum(PersonLevel, { message: 'level must be FRONTLINE, MANAGER or SENIOR_LEADER' })
  level?: PersonLevel;

  @Field({ nullable: true, description: 'True for a blended role.' })
  @IsOmittable()
  @IsBoolean()
  blendedRole?: boolean;
}

@InputType({
  description: `Up to ${MAX_PEOPLE_PER_BATCH} people to create all together. The whole request must stay under the server's body limit (1 MB by default): send larger imports in several requests.`,
})
export class CreatePeopleInput {
  // Items are deliberately not @ValidateNested: the service validates each one and
  // reports per-item errors in the result instead of failing the whole request.
  @Field(() => [PersonInput], {
    description: `The people, 1–${MAX_PEOPLE_PER_BATCH}; all are created or none.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PEOPLE_PER_BATCH)
  @Type(() => PersonInput)
  items!: PersonInput[];
}
