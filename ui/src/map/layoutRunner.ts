import type { Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import { groupedPositions, packGroups, separateOverlaps, type Point } from '../model/layout';

/** Beyond this many elements the force layout is skipped for the grouped placement alone. */
export const FORCE_LAYOUT_LIMIT = 5000;

function groupKey(data: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  // Neighbourhood first, so a neighbourhood's teams sit together on the grid.
  return `${text(data.neighbourhood)}|${text(data.team) || text(data.kind)}`;
}

/** Room between two discs for the label drawn under one of them (font ~12 px). */
const LABEL_GAP = 14;

/** The layouts a user can choose (MapAlgorithm in the API). */
export type LayoutAlgorithm = 'FORCE' | 'CONCENTRIC' | 'GROUPED';

export const LAYOUT_NAMES: Record<LayoutAlgorithm, string> = {
  FORCE: 'Force-directed',
  CONCENTRIC: 'Circles by degree',
  GROUPED: 'Grouped by neighbourhood and team',
};

/**
 * Lays out every node (the union of all moments): a deterministic grouped placement, then
 * the chosen refinement — force-directed (for networks that are not too large), circles by
 * degree (most ties in the centre), or none (the grouped grid). With boxes each box is laid
 * out on its own and the boxes packed apart. Locked (pinned) nodes stay where they are.
 * `stop` ends a refinement still running (its promise then never settles).
 */
export function runLayout(
  cy: Core,
  algorithm: LayoutAlgorithm = 'FORCE',
): { done: Promise<Map<string, Point>>; stop: () => void } {
  const nodes = cy.nodes('[kind != "GROUP"]');
  const start = groupedPositions(
    nodes.map((n) => ({ id: n.id(), data: n.data() as Record<string, unknown> })),
    (n) => groupKey(n.data),
  );
  cy.batch(() => nodes.forEach((n) => void n.position(start.get(n.id()) ?? { x: 0, y: 0 })));
  // Positions as laid out, then spread so that no node hides another.
  const collect = () => {
    const laid = new Map(nodes.map((n) => [n.id(), { ...n.position() }] as [string, Point]));
    const spread = separateOverlaps(
      nodes.map((n) => ({
        id: n.id(),
        size: Math.max(n.width(), n.height()),
        fixed: n.locked(),
      })),
      laid,
      LABEL_GAP,
    );
    cy.batch(() => nodes.forEach((n) => void n.position(spread.get(n.id())!)));
    return spread;
  };
  if (
    algorithm === 'GROUPED' ||
    (algorithm === 'FORCE' && cy.elements().length > FORCE_LAYOUT_LIMIT)
  ) {
    if (cy.nodes(':parent').nonempty()) {
      return { done: Promise.resolve(boxedLayout(cy, nodes, null)), stop: () => {} };
    }
    return { done: Promise.resolve(collect()), stop: () => {} };
  }
  const options = algorithm === 'CONCENTRIC' ? concentricOptions() : forceOptions(cy);
  // With boxes, each box is laid out on its own and the boxes are then set side by side:
  // one force layout over all of them pulls boxes over each other along their ties.
  if (cy.nodes(':parent').nonempty()) {
    return { done: Promise.resolve(boxedLayout(cy, nodes, options)), stop: () => {} };
  }
  const layout = cy.layout(options);
  let stopped = false;
  const done = new Promise<Map<string, Point>>((resolve) => {
    layout.one('layoutstop', () => !stopped && resolve(collect()));
  });
  layout.run();
  return {
    done,
    stop: () => {
      stopped = true;
      layout.stop();
    },
  };
}

/** The most connected in the centre; degree counted over the ties drawn (every moment). */
function concentricOptions(): LayoutOptions {
  return {
    name: 'concentric',
    animate: false,
    fit: false,
    minNodeSpacing: 12,
    concentric: (n: NodeSingular) => n.degree(false),
    levelWidth: () => 2,
  };
}

function forceOptions(cy: Core): LayoutOptions {
  return {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false,
    numIter: cy.elements().length > 2000 ? 150 : 400,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 60,
    nestingFactor: 1.2,
    gravity: 0.4,
  };
}

/**
 * Each box's members laid out alone by `options` (null: kept on the grouped grid), nodes
 * outside boxes as one more group, then the boxes packed apart.
 */
function boxedLayout(
  cy: Core,
  nodes: NodeCollection,
  options: LayoutOptions | null,
): Map<string, Point> {
  const groups = new Map<string, NodeCollection>();
  nodes.forEach((n) => {
    const parent = n.parent().first();
    const key = parent.nonempty() ? parent.id() : '';
    groups.set(key, (groups.get(key) ?? cy.collection()).union(n).nodes());
  });
  // Boxes by their label, the nodes outside any box last.
  const label = (key: string) => String(cy.getElementById(key).data('label') ?? key);
  const ordered = [...groups].sort((a, b) =>
    !a[0] || !b[0] ? (a[0] ? -1 : 1) : label(a[0]).localeCompare(label(b[0])),
  );
  const laid = ordered.map(([key, members]) => {
    if (options && members.length > 1) {
      // Cose needs a box's own node beside its members (it walks parents to children).
      const box = key ? cy.getElementById(key) : cy.collection();
      members.union(box).union(members.edgesWith(members)).layout(options).run();
    }
    const sizes = new Map(members.map((n) => [n.id(), Math.max(n.width(), n.height())]));
    const positions = separateOverlaps(
      members.map((n) => ({ id: n.id(), size: sizes.get(n.id())!, fixed: n.locked() })),
      new Map(members.map((n) => [n.id(), { ...n.position() }])),
      LABEL_GAP,
    );
    // A box encloses its members' labels too, so they count in its size.
    const extents = new Map(
      members.map((n) => {
        const b = n.boundingBox({ includeLabels: true });
        const p = n.position();
        return [
          n.id(),
          { left: p.x - b.x1, right: b.x2 - p.x, top: p.y - b.y1, bottom: b.y2 - p.y },
        ];
      }),
    );
    return { positions, extents };
  });
  const packed = packGroups(laid);
  cy.batch(() => nodes.forEach((n) => void n.position(packed.get(n.id())!)));
  return packed;
}
