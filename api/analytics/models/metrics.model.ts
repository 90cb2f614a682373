import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The convention a number was computed under.' })
export class MetricConventionModel {
  @Field({ description: 'Metric key, e.g. "betweenness".' })
  metric!: string;

  @Field({ description: 'node, edge, pair, group or network.' })
  scope!: string;

  @Field({ description: 'Whether tie direction was used.' })
  directed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'How weights entered: strength, distance, inverse-distance, or null (unweighted).',
  })
  weighted!: string | null;

  @Field({ description: 'How the value is normalised, in plain words.' })
  normalisation!: string;

  @Field({
    description: 'Reference implementation reproduced, e.g. networkx.betweenness_centrality.',
  })
  reference!: string;

  @Field({ description: 'Plain-English explanation.' })
  description!: string;
}

@ObjectType({ description: 'A node metric left without a value, and why.' })
export class UndefinedMetricModel {
  @Field({ description: 'Metric key, as in NetworkAnalysis.metrics.' })
  metric!: string;

  @Field({ description: 'Why it has no value, in plain words.' })
  reason!: string;
}

@ObjectType({ description: 'A named number.' })
export class MetricValueModel {
  @Field({ description: 'Metric key; its convention is listed alongside.' })
  metric!: string;

  @Field(() => Float, { nullable: true, description: 'Value; null when undefined (e.g. 0/0).' })
  value!: number | null;
}

@ObjectType({ description: 'One node with its metric values, in the order of `metrics`.' })
export class NodeMetricsRowModel {
  @Field(() => ID, { description: 'Node id.' })
  nodeId!: string;

  @Field({ description: 'Node label.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Group under the chosen grouping (null: outside the focus groups).',
  })
  group!: string | null;

  @Field(() => [Float], { nullable: 'items', description: 'Values, one per metric in `metrics`.' })
  values!: (number | null)[];
}

@ObjectType({
  description: 'E-I index of one group: (external − internal) / (external + internal).',
})
export class GroupEIModel {
  @Field({ description: 'Group.' })
  group!: string;

  @Field(() => Int, { nullable: true, description: 'Members; null when suppressed.' })
  size!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Ties to other groups; null when suppressed.',
  })
  external!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Ties inside the group; null when suppressed.',
  })
  internal!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'E-I index, −1 (all inside) to +1 (all across); null without ties or when suppressed.',
  })
  index!: number | null;

  @Field({
    description:
      'True when the group has fewer than 5 actors and the caller is a researcher: its values are withheld.',
  })
  suppressed!: boolean;
}

@ObjectType({ description: 'Group × group tie matrix.' })
export class GroupMatrixModel {
  @Field(() => [String], { description: 'Row and column labels.' })
  groups!: string[];

  @Field(() => [Int], {
    nullable: 'items',
    description: 'Members per group; null when suppressed.',
  })
  sizes!: (number | null)[];

  @Field(() => [[Float]], {
    nullable: 'itemsAndList',
    description:
      'Ties between groups i and j (undirected: symmetric; diagonal = ties inside); null where a suppressed group is involved.',
  })
  counts!: (number | null)[][];

  @Field(() => [[Float]], {
    nullable: 'itemsAndList',
    description: 'Summed strength of those ties; null where a suppressed group is involved.',
  })
  weights!: (number | null)[][];

  @Field(() => [[Float]], {
    nullable: 'itemsAndList',
    description:
      'Block density: ties / possible pairs, so councils of different size compare; null where no pair is possible.',
  })
  density!: (number | null)[][];

  @Field(() => [Boolean], {
    description: 'Per group: true when withheld (fewer than 5 actors, caller a researcher).',
  })
  suppressed!: boolean[];

  @Field(() => String, {
    nullable: true,
    description: 'The suppression rule, when it was applied to this caller; null otherwise.',
  })
  suppressionRule!: string | null;
}

@ObjectType({ description: 'A pair of node ids (a bridge).' })
export class NodePairModel {
  @Field(() => ID, { description: 'One end.' })
  a!: string;

  @Field(() => ID, { description: 'Other end.' })
  b!: string;
}

@ObjectType({
  description: 'Network and node metrics of a council at one moment, each with its convention.',
})
export class NetworkAnalysisModel {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'The moment (YYYY-MM-DD).' })
  asOf!: string;

  @Field({ description: 'Level analysed.' })
  level!: string;

  @Field({ description: 'Grouping used for group metrics.' })
  grouping!: string;

  @Field(() => [String], { description: 'Focus groups (empty: all groups).' })
  focusGroups!: string[];

  @Field({ description: 'Whether the graph was analysed as directed.' })
  directed!: boolean;

  @Field(() => Int, { description: 'Nodes.' })
  nodeCount!: number;

  @Field(() => Int, { description: 'Edges after merging parallel ties between the same pair.' })
  edgeCount!: number;

  @Field(() => [MetricValueModel], {
    description: 'Whole-network values (density, components, transitivity, E-I, modularity, ...).',
  })
  network!: MetricValueModel[];

  @Field(() => [String], { description: 'Metric keys of the node table columns.' })
  metrics!: string[];

  @Field(() => [NodeMetricsRowModel], {
    description:
      'Per-node metrics (degree, betweenness, closeness, eigenvector, PageRank, k-core, constraint, brokerage roles, E-I, ...).',
  })
  nodes!: NodeMetricsRowModel[];

  @Field(() => [UndefinedMetricModel], {
    description:
      'Node metrics whose column is null for every node, and why (an iterative metric that did not converge, as networkx would raise).',
  })
  undefinedMetrics!: UndefinedMetricModel[];

  @Field(() => [GroupEIModel], { description: 'E-I index per group.' })
  groupEI!: GroupEIModel[];

  @Field(() => GroupMatrixModel, { description: 'Group mixing matrix.' })
  mixing!: GroupMatrixModel;

  @Field(() => [ID], { description: 'Nodes with no ties.' })
  isolates!: string[];

  @Field(() => [ID], {
    description: 'Articulation points: nodes whose removal disconnects others.',
  })
  articulationPoints!: string[];

  @Field(() => [NodePairModel], {
    description: 'Bridges: ties whose removal disconnects the network.',
  })
  bridges!: NodePairModel[];

  @Field(() => [MetricConventionModel], { description: 'The convention of every metric above.' })
  conventions!: MetricConventionModel[];
}
