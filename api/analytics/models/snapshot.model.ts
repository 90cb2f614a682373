import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { NetworkLevelEnum } from './enums';
import { Table, TableScalar } from './table.scalar';

@ObjectType({
  description: 'A node of a network snapshot: an actor, or a group of actors at higher levels.',
})
export class SnapshotNodeModel {
  @Field(() => ID, { description: 'Actor id, or profession / sector id at those levels.' })
  id!: string;

  @Field({ description: 'PERSON, TEAM, ORGANISATION, PROFESSION or SECTOR.' })
  kind!: string;

  @Field({
    description: 'Display label; people show their pseudonym unless a display name is set.',
  })
  label!: string;

  @Field(() => ID, { nullable: true, description: 'Team at the moment (people and teams).' })
  teamId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Team type at the moment.' })
  teamTypeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation at the moment.' })
  organisationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Organisation type.' })
  organisationTypeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Sector of the organisation.' })
  sectorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Profession (people).' })
  professionId!: string | null;

  @Field(() => ID, { nullable: true, description: "Neighbourhood of the node's team." })
  neighbourhoodId!: string | null;

  @Field({ description: 'True for people in a blended role.' })
  blendedRole!: boolean;

  @Field(() => Int, { description: 'How many actors the node stands for.' })
  size!: number;

  @Field(() => Int, { description: 'Ties inside the node (between actors it aggregates).' })
  internalTies!: number;
}

@ObjectType({
  description:
    'An edge of a snapshot: one tie at PEOPLE level, or an aggregate of ties of one type.',
})
export class SnapshotEdgeModel {
  @Field(() => ID, {
    description: 'The tie id at PEOPLE level; "source|target|type|d/u" when aggregated.',
  })
  id!: string;

  @Field(() => ID, {
    description: 'Source node id (for undirected ties, the smaller id when aggregated).',
  })
  source!: string;

  @Field(() => ID, { description: 'Target node id.' })
  target!: string;

  @Field(() => ID, { description: 'Tie type.' })
  typeId!: string;

  @Field({ description: 'Whether the tie has a direction (source → target).' })
  directed!: boolean;

  @Field(() => Int, { description: 'How many ties the edge stands for.' })
  count!: number;

  @Field(() => Float, { description: 'Summed strength of those ties (each 1–5).' })
  strength!: number;

  @Field(() => Float, { description: 'Mean integration level (1–7) of those ties.' })
  integrationLevel!: number;

  @Field(() => [ID], { description: 'Underlying tie ids (at most 50).' })
  tieIds!: string[];
}

@ObjectType({ description: 'A council network as valid at one date, at one level.' })
export class NetworkSnapshotModel {
  @Field(() => ID, { description: 'The council.' })
  councilId!: string;

  @Field({ description: 'The date the network is valid at (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => NetworkLevelEnum, { description: 'The level of the nodes.' })
  level!: NetworkLevelEnum;

  @Field(() => [SnapshotNodeModel], { description: 'Nodes.' })
  nodes!: SnapshotNodeModel[];

  @Field(() => [SnapshotEdgeModel], {
    description: 'Edges; parallel ties of different types stay separate edges.',
  })
  edges!: SnapshotEdgeModel[];

  @Field(() => Int, { description: 'Ties left out because an end has no node at this level.' })
  excludedTies!: number;

  @Field({ description: 'How the snapshot was built, in plain words.' })
  convention!: string;

  @Field(() => TableScalar, {
    description:
      'The nodes as one compact table (same columns as SnapshotNode): much faster for large networks.',
  })
  nodeTable!: Table;

  @Field(() => TableScalar, {
    description:
      'The edges as one compact table (same columns as SnapshotEdge): much faster for large networks.',
  })
  edgeTable!: Table;
}
