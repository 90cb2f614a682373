import type { Core } from 'cytoscape';
import { nearestNode, nodeInDirection, type Direction } from '../model/keyboard-nav';
import type { TapTarget } from './useCanvasEvents';
import { zoomCentred } from './viewport';

/** What the canvas's keys do, as its accessible name tells screen-reader users. */
export const CANVAS_KEYS =
  'Enter selects the node in the middle; arrow keys then move to the next node that way; T goes through the selected node’s ties; Escape clears. Shift+arrows pan, + and − zoom, 0 fits.';

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN: Record<Direction, [number, number]> = {
  left: [60, 0],
  right: [-60, 0],
  up: [0, 60],
  down: [0, -60],
};

/**
 * Handles one key on the focused canvas; true when it did something (the caller then stops
 * the browser's default). `node` is the node the keyboard is at (the selection's, or the
 * tie's end it was reached from). Only nodes and ties drawn at the moment are reachable.
 */
export function handleCanvasKey(
  cy: Core,
  e: { key: string; shiftKey: boolean },
  selectedId: string | null,
  node: string | null,
  choose: (target: TapTarget | null) => void,
): boolean {
  const nodes = () =>
    cy
      .nodes('[kind != "GROUP"]')
      .not('.absent')
      .nodes()
      .map((n) => ({ id: n.id(), at: n.position() }));
  const selected = selectedId ? cy.getElementById(selectedId) : null;
  const direction = DIRECTIONS[e.key];
  if (direction) {
    if (e.shiftKey || !selected || selected.empty()) {
      cy.panBy({ x: PAN[direction][0], y: PAN[direction][1] });
      return true;
    }
    const from = selected.isNode() ? selected.id() : node;
    const next = from ? nodeInDirection(nodes(), from, direction) : null;
    if (next) choose({ id: next, group: 'nodes' });
    return true;
  }
  if (e.key === 'Enter' || e.key === ' ') {
    if (selected?.nonempty()) return true;
    const ext = cy.extent();
    const middle = { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    const id = nearestNode(nodes(), middle);
    if (id) choose({ id, group: 'nodes' });
    return true;
  }
  if (e.key === 't' || e.key === 'T') {
    const at = selected?.nonempty() && selected.isNode() ? selected.id() : node;
    if (!at) return true;
    const ties = cy
      .getElementById(at)
      .connectedEdges()
      .not('.absent')
      .map((t) => t.id())
      .sort();
    if (ties.length === 0) return true;
    const i = selected?.nonempty() && selected.isEdge() ? ties.indexOf(selected.id()) : -1;
    choose({ id: ties[(i + 1) % ties.length], group: 'edges' });
    return true;
  }
  if (e.key === 'Escape') {
    if (!selected) return false;
    choose(null);
    return true;
  }
  if (e.key === '+' || e.key === '=') zoomCentred(cy, 1.2);
  else if (e.key === '-') zoomCentred(cy, 1 / 1.2);
  else if (e.key === '0') cy.fit(undefined, 30);
  else return false;
  return true;
}
