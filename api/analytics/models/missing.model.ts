import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A missing or fragile connection, ranked, with the reason.' })
export class MissingConnectionModel {
  @Field(() => Int, { description: 'Rank, 1 = most worth acting on.' })
  rank!: number;

  @Field({
    description:
      'BLUEPRINT_GAP (team pair the blueprint expects), SUGGESTION (link prediction across groups) or FRAGILITY (a node others depend on).',
  })
  kind!: string;

  @Field({ description: 'Why it is listed, in plain words.' })
  reason!: string;

  @Field(() => ID, {
    description: 'One end: a team for blueprint gaps, a node at the level otherwise.',
  })
  fromId!: string;

  @Field({ description: 'Label of fromId.' })
  fromLabel!: string;

  @Field(() => ID, { nullable: true, description: 'Other end (null for FRAGILITY).' })
  toId!: string | null;

  @Field(() => String, { nullable: true, description: 'Label of toId.' })
  toLabel!: string | null;

  @Field(() => ID, { nullable: true, description: 'Tie type expected (blueprint gaps).' })
  tieTypeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Neighbourhood concerned.' })
  neighbourhoodId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  neighbourhoodName!: string | null;

  @Field(() => Float, {
    description:
      'Kind-specific score: 1/(1+distance) for gaps, Adamic-Adar for suggestions, cross-group pairs lost for fragility.',
  })
  score!: number;
}

@ObjectType({ description: 'How much of one blueprint expectation holds in one neighbourhood.' })
export class BlueprintProgressModel {
  @Field(() => ID, { description: 'Expectation.' })
  expectationId!: string;

  @Field({ description: 'What it expects.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'Neighbourhood (null: council-wide teams).' })
  neighbourhoodId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  neighbourhoodName!: string | null;

  @Field(() => Int, { description: 'Team pairs expected.' })
  expected!: number;

  @Field(() => Int, { description: 'Of those, tied by the expected tie type.' })
  met!: number;
}

@ObjectType({ description: 'A node whose leaving would disconnect others.' })
export class FragileNodeModel {
  @Field(() => ID, { description: 'Node.' })
  nodeId!: string;

  @Field({ description: 'Label.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Group.' })
  group!: string | null;

  @Field({ description: 'True when it is an articulation point.' })
  articulationPoint!: boolean;

  @Field(() => Float, { description: 'Pairs of others who could reach each other and would not.' })
  lostPairs!: number;

  @Field(() => Float, { description: 'Of those, pairs across groups.' })
  lostCrossGroupPairs!: number;

  @Field(() => Int, { description: 'Components without it.' })
  componentsAfter!: number;
}

@ObjectType({ description: 'A blueprint by id and name.' })
export class BlueprintRefModel {
  @Field(() => ID, { description: 'Blueprint id.' })
  id!: string;

  @Field({ description: 'Name.' })
  name!: string;
}

@ObjectType({
  description:
    'Missing connections of a council at a moment: blueprint gaps, suggested introductions and fragile points.',
})
export class MissingConnectionsModel {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'The moment.' })
  asOf!: string;

  @Field(() => BlueprintRefModel, { description: 'The blueprint compared against.' })
  blueprint!: BlueprintRefModel;

  @Field(() => Int, { description: 'Team pairs the blueprint expects.' })
  expectedPairs!: number;

  @Field(() => Int, { description: 'Of those, met.' })
  metPairs!: number;

  @Field(() => [MissingConnectionModel], {
    description: 'Everything, ranked: blueprint gaps, then fragile points, then suggestions.',
  })
  items!: MissingConnectionModel[];

  @Field(() => [BlueprintProgressModel], {
    description: 'Blueprint progress per expectation and neighbourhood.',
  })
  blueprintProgress!: BlueprintProgressModel[];

  @Field(() => [FragileNodeModel], {
    description: 'Articulation points, most cross-group reachability lost first.',
  })
  fragility!: FragileNodeModel[];

  @Field({ description: 'How the items were found and ranked.' })
  convention!: string;
}

@ObjectType({ description: 'What would break if some actors left.' })
export class RemovalSimulationModel {
  @Field(() => [ID], { description: 'Nodes removed (those present at the moment).' })
  removed!: string[];

  @Field(() => Int, { description: 'Components before.' })
  componentsBefore!: number;

  @Field(() => Int, { description: 'Components after.' })
  componentsAfter!: number;

  @Field(() => Int, { description: 'Components created by the removal.' })
  newComponents!: number;

  @Field(() => Float, {
    description: 'Pairs of remaining actors who lose every path between them.',
  })
  lostPairs!: number;

  @Field(() => Float, { description: 'Of those, pairs across groups.' })
  lostCrossGroupPairs!: number;

  @Field({
    description:
      'Convention: reachability ignores direction; only pairs of actors who stay are counted.',
  })
  convention!: string;
}
