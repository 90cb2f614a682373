import { registerEnumType } from '@nestjs/graphql';

/** The boxes a map draws its nodes in; each grouping has its own layout. */
export enum MapGrouping {
  NONE = 'NONE',
  ORGANISATION = 'ORGANISATION',
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
}

registerEnumType(MapGrouping, {
  name: 'MapGrouping',
  description: 'The boxes the map draws nodes in; a layout is kept for each.',
  valuesMap: {
    NONE: { description: 'No boxes.' },
    ORGANISATION: { description: 'A box per organisation.' },
    NEIGHBOURHOOD: { description: 'A box per neighbourhood.' },
  },
});

/** How the positions were first computed (the map offers the same choice to re-lay out). */
export enum MapAlgorithm {
  FORCE = 'FORCE',
  CONCENTRIC = 'CONCENTRIC',
  GROUPED = 'GROUPED',
}

registerEnumType(MapAlgorithm, {
  name: 'MapAlgorithm',
  description: 'The layout that placed the nodes; moved and pinned nodes keep their places.',
  valuesMap: {
    FORCE: {
      description:
        'Force-directed: tied actors close together; with boxes, each box laid out on its own and the boxes kept apart.',
    },
    CONCENTRIC: {
      description:
        'Circles by degree (distinct actors tied at the moment): the most connected in the centre.',
    },
    GROUPED: { description: 'A grid of groups: neighbourhood, then team (or kind of actor).' },
  },
});
