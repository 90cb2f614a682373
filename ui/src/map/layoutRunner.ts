import type { Core, LayoutOptions } from 'cytoscape';
import { groupedPositions, type Point } from '../model/layout';

/** Beyond this many elements the force layout is skipped for the grouped placement alone. */
export const FORCE_LAYOUT_LIMIT = 5000;

function groupKey(data: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  // Neighbourhood first, so a neighbourhood's teams sit together on the grid.
  return `${text(data.neighbourhood)}|${text(data.team) || text(data.kind)}`;
}

/**
 * Lays out every node once (the union of all moments): a deterministic grouped placement,
 * then, for networks that are not too large, a short force-directed refinement.
 */
export function runLayout(cy: Core): Promise<Map<string, Point>> {
  const nodes = cy.nodes('[kind != "GROUP"]');
  const start = groupedPositions(
    nodes.map((n) => ({ id: n.id(), data: n.data() as Record<string, unknown> })),
    (n) => groupKey(n.data),
  );
  cy.batch(() => nodes.forEach((n) => void n.position(start.get(n.id()) ?? { x: 0, y: 0 })));
  const collect = () => new Map(nodes.map((n) => [n.id(), { ...n.position() }] as [string, Point]));
  if (cy.elements().length > FORCE_LAYOUT_LIMIT) return Promise.resolve(collect());
  const options = {
    name: 'cose',
    animate: false,
    randomize: false,
    fit: false,
    numIter: cy.elements().length > 2000 ? 150 : 400,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 60,
    nestingFactor: 1.2,
    gravity: 0.4,
  } as LayoutOptions;
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => resolve(collect()));
    layout.run();
  });
}
