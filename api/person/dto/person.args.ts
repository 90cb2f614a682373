import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, Matches, ValidateNested } from 'class-validator';
import { CouncilTimePageArgs } from '../../common/dto/council-time.args';
import { RecordIdArgs } from '../../common/dto/record.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { PersonLevel } from '../models/person.model';
import { CreatePeopleInput, PersonInput, UpdatePersonInput } from './person.input';

@ArgsType()
export class CreatePersonArgs extends CouncilIdArgs {
  @Field(() => PersonInput, { description: 'The person to create.' })
  @ValidateNested()
  @Type(() => PersonInput)
  input!: PersonInput;
}

@ArgsType()
export class CreatePeopleArgs extends CouncilIdArgs {
  @Field(() => CreatePeopleInput, { description: 'The people to create.' })
  @ValidateNested()
  @Type(() => CreatePeopleInput)
  input!: CreatePeopleInput;
}

@ArgsType()
export class UpdatePersonArgs extends RecordIdArgs {
  @Field(() => UpdatePersonInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdatePersonInput)
  input!: UpdatePersonInput;
}

/** People valid at the moment; team-based filters use their memberships then. */
@ArgsType()
export class PersonListArgs extends CouncilTimePageArgs {
  @Field(() => ID, { nullable: true, description: 'Only members of this team at the moment.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `teamId ${ID_MESSAGE}` })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: 'Only people with this profession then.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `professionId ${ID_MESSAGE}` })
  professionId?: string;

  @Field(() => PersonLevel, { nullable: true, description: 'Only people at this level.' })
  @IsOptional()
  @IsEnum(PersonLevel)
  level?: PersonLevel;

  @Field({ nullable: true, description: 'Only people in (true) or not in (false) blended roles.' })
  @IsOptional()
  @IsBoolean()
  blendedRole?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people in a team that is part of this organisation at the moment.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `organisationId ${ID_MESSAGE}` })
  organisationId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only people whose team (at the moment) works in this neighbourhood.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string;
}
