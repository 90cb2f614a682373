import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { CouncilTimeArgs } from '../../common/dto/council-time.args';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';
import { CouncilIdArgs } from '../../council/dto/council.args';
import {
  AddProfessionInput,
  AddTeamMembershipInput,
  AddTeamToOrganisationInput,
} from './membership.input';

@ArgsType()
export class AddTeamMembershipArgs extends CouncilIdArgs {
  @Field(() => AddTeamMembershipInput, { description: 'The person, the team and the period.' })
  @ValidateNested()
  @Type(() => AddTeamMembershipInput)
  input!: AddTeamMembershipInput;
}

@ArgsType()
export class AddProfessionArgs extends CouncilIdArgs {
  @Field(() => AddProfessionInput, { description: 'The person, the profession and the period.' })
  @ValidateNested()
  @Type(() => AddProfessionInput)
  input!: AddProfessionInput;
}

@ArgsType()
export class AddTeamToOrganisationArgs extends CouncilIdArgs {
  @Field(() => AddTeamToOrganisationInput, {
    description: 'The team, the organisation and the period.',
  })
  @ValidateNested()
  @Type(() => AddTeamToOrganisationInput)
  input!: AddTeamToOrganisationInput;
}

/** Whose memberships to list: exactly one of personId or teamId. */
@ArgsType()
export class MembershipsArgs extends CouncilTimeArgs {
  @Field(() => ID, { nullable: true, description: 'A person: their teams and professions.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `personId ${ID_MESSAGE}` })
  personId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A team: its members and the organisations it is part of.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `teamId ${ID_MESSAGE}` })
  teamId?: string;
}
