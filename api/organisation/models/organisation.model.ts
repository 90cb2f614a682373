import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Neighbourhood } from '../../council/models/council.model';

@ObjectType({
  description:
    'An organisation in a council: a trust, GP practice, home-care provider, voluntary organisation, ...',
})
export class Organisation {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the organisation.' })
  name!: string;

  @Field(() => ID, { description: 'OrganisationType vocabulary id, e.g. "gp-practice".' })
  typeId!: string;

  @Field(() => ID, { description: 'Sector vocabulary id, e.g. "nhs".' })
  sectorId!: string;

  @Field(() => [ID], { description: 'Ids of the neighbourhoods it serves.' })
  neighbourhoodIds!: string[];

  @Field(() => [Neighbourhood], { description: 'The neighbourhoods it serves, by name.' })
  neighbourhoods!: Neighbourhood[];

  @Field({ description: 'First day the organisation exists (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'First day it no longer exists (YYYY-MM-DD); null while it does.',
  })
  validTo?: string | null;

  @Field({ description: 'When the record was created (ISO 8601).' })
  createdAt!: string;
}
