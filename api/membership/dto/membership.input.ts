import { Field, ID, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ValidityInput } from '../../common/dto/validity.input';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

@InputType({ description: 'A person joins a team for a period.' })
export class AddTeamMembershipInput extends ValidityInput {
  @Field(() => ID, { description: 'The person.' })
  @Matches(ID_PATTERN, { message: `personId ${ID_MESSAGE}` })
  personId!: string;

  @Field(() => ID, { description: 'The team, in the same council.' })
  @Matches(ID_PATTERN, { message: `teamId ${ID_MESSAGE}` })
  teamId!: string;
}

@InputType({ description: 'A person practises a profession for a period (one at a time).' })
export class AddProfessionInput extends ValidityInput {
  @Field(() => ID, { description: 'The person.' })
  @Matches(ID_PATTERN, { message: `personId ${ID_MESSAGE}` })
  personId!: string;

  @Field(() => ID, { description: 'A Profession vocabulary id, e.g. "district-nurse".' })
  @Matches(ID_PATTERN, { message: `professionId ${ID_MESSAGE}` })
  professionId!: string;
}

@InputType({ description: 'A team is part of an organisation for a period (one at a time).' })
export class AddTeamToOrganisationInput extends ValidityInput {
  @Field(() => ID, { description: 'The team.' })
  @Matches(ID_PATTERN, { message: `teamId ${ID_MESSAGE}` })
  teamId!: string;

  @Field(() => ID, { description: 'The organisation, in the same council.' })
  @Matches(ID_PATTERN, { message: `organisationId ${ID_MESSAGE}` })
  organisationId!: string;
}
