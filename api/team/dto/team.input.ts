import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsOmittable } from '../../common/dto/omittable';
import { ValidityInput } from '../../common/dto/validity.input';
import { ID_MESSAGE, ID_PATTERN } from '../../common/ids';

@InputType({ description: 'A new team or service.' })
export class TeamInput extends ValidityInput {
  @Field({ description: 'Name, 1–120 characters.' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @Field(() => ID, { description: 'TeamType vocabulary id, e.g. "home-care-branch".' })
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Organisation (same council, valid on validFrom) the team is part of from validFrom.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `organisationId ${ID_MESSAGE}` })
  organisationId?: string;

  @Field(() => ID, { nullable: true, description: 'Neighbourhood (same council) it works in.' })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string;
}

@InputType({
  description:
    'Changes to a team; omitted fields stay as they are. Move it between organisations with memberships.',
})
export class UpdateTeamInput {
  @Field({ nullable: true, description: 'Name, 1–120 characters.' })
  @IsOmittable()
  @IsString()
  @Length(1, 120)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'TeamType vocabulary id.' })
  @IsOmittable()
  @Matches(ID_PATTERN, { message: `typeId ${ID_MESSAGE}` })
  typeId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Neighbourhood (same council) it works in; null removes it.',
  })
  @IsOptional()
  @Matches(ID_PATTERN, { message: `neighbourhoodId ${ID_MESSAGE}` })
  neighbourhoodId?: string | null;
}
