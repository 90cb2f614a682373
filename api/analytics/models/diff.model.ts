import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { MetricConventionModel } from './metrics.model';

@ObjectType({ description: 'How many changes of each kind between two moments.' })
export class DiffCountsModel {
  @Field(() => Int, { description: 'Pairs tied only at the later moment.' })
  added!: number;

  @Field(() => Int, { description: 'Pairs tied only at the earlier moment.' })
  ended!: number;

  @Field(() => Int, { description: 'Pairs tied at both whose summed strength rose.' })
  strengthened!: number;

  @Field(() => Int, { description: 'Pairs tied at both whose summed strength fell.' })
  weakened!: number;

  @Field(() => Int, { description: 'Pairs tied at both, same strength, different tie types.' })
  typeChanged!: number;

  @Field(() => Int, { description: 'Nodes present only at the later moment.' })
  joined!: number;

  @Field(() => Int, { description: 'Nodes present only at the earlier moment.' })
  left!: number;
}

@ObjectType({ description: 'The change of one pair of nodes between two moments.' })
export class PairChangeModel {
  @Field({ description: 'ADDED, ENDED, STRENGTHENED, WEAKENED or TYPE_CHANGED.' })
  kind!: string;

  @Field(() => ID, { description: 'One node of the pair.' })
  source!: string;

  @Field(() => ID, { description: 'The other node.' })
  target!: string;

  @Field({ description: 'Label of source.' })
  sourceLabel!: string;

  @Field({ description: 'Label of target.' })
  targetLabel!: string;

  @Field(() => [ID], { description: 'Tie types between the pair before.' })
  typesBefore!: string[];

  @Field(() => [ID], { description: 'Tie types between the pair after.' })
  typesAfter!: string[];

  @Field(() => Float, { description: 'Summed strength before.' })
  strengthBefore!: number;

  @Field(() => Float, { description: 'Summed strength after.' })
  strengthAfter!: number;

  @Field(() => Int, { description: 'Ties between the pair before.' })
  countBefore!: number;

  @Field(() => Int, { description: 'Ties between the pair after.' })
  countAfter!: number;
}

@ObjectType({ description: 'A node that joined or left.' })
export class DiffNodeModel {
  @Field(() => ID, { description: 'Node id.' })
  id!: string;

  @Field({ description: 'Label.' })
  label!: string;

  @Field({ description: 'Kind of node.' })
  kind!: string;
}

@ObjectType({ description: "A node's metric at both moments." })
export class NodeMetricChangeModel {
  @Field(() => ID, { description: 'Node id.' })
  nodeId!: string;

  @Field({ description: 'Label.' })
  label!: string;

  @Field({ description: 'Metric key (see conventions).' })
  metric!: string;

  @Field(() => Float, { nullable: true, description: 'Value before (null: node absent).' })
  before!: number | null;

  @Field(() => Float, { nullable: true, description: 'Value after (null: node absent).' })
  after!: number | null;

  @Field(() => Float, { description: 'after − before, absent counted as 0.' })
  delta!: number;
}

@ObjectType({ description: 'What changed in a council network between two moments.' })
export class NetworkDiffModel {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'Earlier moment.' })
  from!: string;

  @Field({ description: 'Later moment.' })
  to!: string;

  @Field({ description: 'Level compared.' })
  level!: string;

  @Field(() => DiffCountsModel, { description: 'Counts per kind of change.' })
  counts!: DiffCountsModel;

  @Field(() => [PairChangeModel], { description: 'Every changed pair.' })
  changes!: PairChangeModel[];

  @Field(() => [DiffNodeModel], { description: 'Nodes that joined.' })
  joined!: DiffNodeModel[];

  @Field(() => [DiffNodeModel], { description: 'Nodes that left.' })
  left!: DiffNodeModel[];

  @Field(() => [NodeMetricChangeModel], {
    description:
      'The largest changes in betweenness, degree and total brokerage (top 20 each, by |delta|).',
  })
  metricChanges!: NodeMetricChangeModel[];

  @Field(() => [MetricConventionModel], {
    description: 'Conventions of the metrics in metricChanges.',
  })
  conventions!: MetricConventionModel[];
}
