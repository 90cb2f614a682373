import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  GroupEIModel,
  GroupMatrixModel,
  MetricConventionModel,
  MetricValueModel,
} from './metrics.model';

@ObjectType({ description: 'The network statistics and group matrix at one moment of a series.' })
export class EvolutionPointModel {
  @Field({ description: 'The moment (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Wave label, or the date for quarters and months.' })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'The wave, when the moment is a wave.' })
  waveId!: string | null;

  @Field(() => Int, { description: 'Nodes at the moment.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges (merged per pair) at the moment.' })
  edgeCount!: number;

  @Field(() => [MetricValueModel], {
    description: 'Network statistics (no path metrics: see conventions).',
  })
  network!: MetricValueModel[];

  @Field(() => GroupMatrixModel, { description: 'Group × group tie matrix.' })
  mixing!: GroupMatrixModel;

  @Field(() => [GroupEIModel], { description: 'E-I index per group.' })
  groupEI!: GroupEIModel[];
}

@ObjectType({ description: 'A dated intervention, for marking the time axis.' })
export class InterventionMarkerModel {
  @Field(() => ID, { description: 'Intervention id.' })
  id!: string;

  @Field({ description: 'Date (YYYY-MM-DD).' })
  date!: string;

  @Field({ description: 'Label.' })
  label!: string;

  @Field({ description: 'Kind of intervention.' })
  kind!: string;
}

@ObjectType({ description: 'How a council network changed over a series of moments.' })
export class NetworkEvolutionModel {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'Grouping of the matrices.' })
  grouping!: string;

  @Field(() => [EvolutionPointModel], { description: 'One point per moment, oldest first.' })
  points!: EvolutionPointModel[];

  @Field(() => [InterventionMarkerModel], { description: 'Interventions on the same time axis.' })
  interventions!: InterventionMarkerModel[];

  @Field(() => [MetricConventionModel], { description: 'Conventions of the values.' })
  conventions!: MetricConventionModel[];
}
