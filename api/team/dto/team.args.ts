import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { CouncilTimePageArgs } from '../../common/dto/council-time.args';
import { RecordIdArgs } from '../../common/dto/record.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import { TeamInput, UpdateTeamInput } from './team.input';

@ArgsType()
export class CreateTeamArgs extends CouncilIdArgs {
  @Field(() => TeamInput, { description: 'The team to create.' })
  @ValidateNested()
  @Type(() => TeamInput)
  input!: TeamInput;
}

@ArgsType()
export class UpdateTeamArgs extends RecordIdArgs {
  @Field(() => UpdateTeamInput, { description: 'The changes.' })
  @ValidateNested()
  @Type(() => UpdateTeamInput)
  input!: UpdateTeamInput;
}

/** Teams valid at the moment; organisation and sector filters use memberships then. */
@ArgsType()
export class TeamListArgs extends CouncilTimePageArgs {
  @Field(() => ID, { nullable: true, description: 'Only teams of this type.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only teams part of this organisation at the moment.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `organisationId ${ID_MESSAGE}` })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Only teams working in this neighbourhood.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only teams whose organisation at the moment is in this sector.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `sectorId ${ID_MESSAGE}` })
  sectorId?: string;
}
