import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A tie the blueprint expects between two kinds of team. Direction follows the tie type: directed tie types (e.g. delegated health task) run from → to; undirected ones hold either way.',
})
export class BlueprintExpectation {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => ID, { description: 'Team type at the "from" end (vocabularies.teamTypes).' })
  fromTeamTypeId!: string;

  @Field(() => ID, { description: 'Team type at the "to" end (vocabularies.teamTypes).' })
  toTeamTypeId!: string;

  @Field(() => ID, { description: 'Expected tie type (vocabularies.tieTypes).' })
  tieTypeId!: string;

  @Field({
    description: 'True when the two teams are expected to be tied within each neighbourhood.',
  })
  sameNeighbourhood!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the tie is expected.' })
  description?: string | null;
}

@ObjectType({
  description:
    'The ties a model of integration expects, shared by all councils; compared with an observed network to find what is missing.',
})
export class Blueprint {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field({ description: 'Name of the blueprint.' })
  name!: string;

  @Field({ description: 'What the model of integration is.' })
  description!: string;

  @Field({
    description:
      'True for blueprints seeded by a migration; like the vocabularies they change only through migrations.',
  })
  builtIn!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The council that owns it; null for a blueprint shared by every council.',
  })
  councilId?: string | null;

  @Field(() => [BlueprintExpectation], { description: 'The expected ties, in the order given.' })
  expectations!: BlueprintExpectation[];
}
