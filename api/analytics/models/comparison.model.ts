import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  GroupEIModel,
  GroupMatrixModel,
  MetricConventionModel,
  MetricValueModel,
} from './metrics.model';

@ObjectType({ description: "One council's statistics in a comparison." })
export class ComparisonRowModel {
  @Field(() => ID, { description: 'Council.' })
  councilId!: string;

  @Field({ description: 'Council name.' })
  councilName!: string;

  @Field({ description: 'The moment used for this council.' })
  asOf!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The wave label matched, when aligned by wave.',
  })
  waveLabel!: string | null;

  @Field(() => Int, { description: 'Nodes.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges.' })
  edgeCount!: number;

  @Field(() => [MetricValueModel], { description: 'Network statistics.' })
  network!: MetricValueModel[];

  @Field(() => GroupMatrixModel, {
    description: 'Group matrix; use density to compare councils of different size.',
  })
  mixing!: GroupMatrixModel;

  @Field(() => [GroupEIModel], { description: 'E-I per group.' })
  groupEI!: GroupEIModel[];
}

@ObjectType({ description: 'Several councils side by side on the shared vocabulary.' })
export class CouncilComparisonModel {
  @Field(() => [String], {
    description: 'All groups appearing in any council (shared vocabulary ids).',
  })
  groups!: string[];

  @Field(() => [ComparisonRowModel], { description: 'One row per council, in the order asked.' })
  rows!: ComparisonRowModel[];

  @Field(() => [MetricConventionModel], { description: 'Conventions of the values.' })
  conventions!: MetricConventionModel[];
}
