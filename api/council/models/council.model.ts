import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A neighbourhood / locality within a council.' })
export class Neighbourhood {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the neighbourhood.' })
  name!: string;
}

@ObjectType({ description: 'A council: a place, and the tenant boundary of all its data.' })
export class Council {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the council.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Region, e.g. "North West".' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  description?: string | null;

  @Field({ description: 'True when the council is synthetic demo data.' })
  synthetic!: boolean;

  @Field(() => [Neighbourhood], { description: 'Its neighbourhoods, by name.' })
  neighbourhoods!: Neighbourhood[];

  @Field({
    description:
      'Whether display names are visible to members (viewers and up; never researchers). Off by default.',
  })
  namesVisible!: boolean;

  @Field({ description: 'When the council was created (ISO 8601).' })
  createdAt!: string;
}
