import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Neighbourhood } from '../../council/models/council.model';

@ObjectType({
  description:
    'A team or service (district nursing team, home-care branch, ...). Membership-derived fields are as of the moment read.',
})
export class Team {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the team.' })
  name!: string;

  @Field(() => ID, { description: 'TeamType vocabulary id, e.g. "district-nursing".' })
  typeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation the team is part of at the moment read; null if none.',
  })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the neighbourhood it works in, if any.' })
  neighbourhoodId?: string | null;

  @Field(() => Neighbourhood, { nullable: true, description: 'The neighbourhood it works in.' })
  neighbourhood?: Neighbourhood | null;

  @Field({ description: 'First day the team exists (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it no longer exists (YYYY-MM-DD); null while it does.',
  })
  validTo?: string | null;

  @Field({ description: 'When the record was created (ISO 8601).' })
  createdAt!: string;
}
