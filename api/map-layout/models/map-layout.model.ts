import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { NetworkLevelEnum } from '../../analytics/models/enums';
import { MapAlgorithm, MapGrouping } from './map-layout.enums';

@ObjectType({ description: "One node's place on a saved map." })
export class NodePosition {
  @Field(() => ID, {
    description: 'The node (an actor, or a profession or sector at those levels).',
  })
  id!: string;

  @Field(() => Float, {
    description: 'Horizontal position in model units (Cytoscape model coordinates).',
  })
  x!: number;

  @Field(() => Float, { description: 'Vertical position in model units; grows downwards.' })
  y!: number;

  @Field({ description: 'Pinned by a user: a re-layout leaves it where it is.' })
  pinned!: boolean;
}

@ObjectType({
  description:
    "The saved positions of a council's map at one level and grouping: everyone who opens that map (after a reload, in another browser, a colleague) sees the same picture. Not network data: saving it moves no data version and changes no analysis.",
})
export class MapLayout {
  @Field(() => NetworkLevelEnum, { description: 'The level the map is drawn at.' })
  level!: NetworkLevelEnum;

  @Field(() => MapGrouping, { description: 'The boxes the map is drawn with.' })
  grouping!: MapGrouping;

  @Field(() => MapAlgorithm, { description: 'The layout that placed the nodes last.' })
  algorithm!: MapAlgorithm;

  @Field(() => [NodePosition], {
    description:
      'Every node placed so far, by id; nodes added since are placed by the map beside their neighbours.',
  })
  positions!: NodePosition[];

  @Field(() => String, {
    nullable: true,
    description: 'When it was last saved (ISO 8601, UTC); null while nobody has laid it out.',
  })
  updatedAt!: string | null;
}
