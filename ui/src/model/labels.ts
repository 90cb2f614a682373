/**
 * Which node labels to draw at the current zoom, so that none overlaps another. Pure: no DOM.
 *
 * A dense map labelled everywhere is a smear of text (team names at Teams level collided at
 * Fit). Labels are placed greedily: the selected node first, then by size (the metric the map
 * sizes by, so the most central actors are named), then by name for a stable order. A label is
 * drawn on the first side of its node (below, above, right, left) where it overlaps no label
 * already placed and no other node (a node drawn over a label hid half of it). Zooming in
 * spreads the nodes, so more labels fit; every label is drawn at a legible size, never smaller than LABEL_MIN_PX.
 */

/** The smallest font drawn on screen, in CSS pixels. */
export const LABEL_MIN_PX = 12;
/** Font size in model units when zoomed in far enough that it renders above the minimum. */
export const LABEL_MODEL_PX = 10;
/** Space kept clear around each label box, in pixels (the white outline and some air). */
export const LABEL_PAD_PX = 3;

/** A node as drawn: rendered centre and diameter in pixels. */
export interface LabelCandidate {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Rendered height of the node, in pixels. */
  size: number;
  /** Higher first (the size metric's value, or the rendered size). */
  priority: number;
  selected: boolean;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The model-unit font size that renders at least LABEL_MIN_PX at `zoom`. */
export function labelFontSize(zoom: number): number {
  return Math.max(LABEL_MODEL_PX, LABEL_MIN_PX / Math.max(zoom, 1e-6));
}

/** Where a label sits against its node: below first, then above, right, left. */
export type LabelSide = 'bottom' | 'top' | 'right' | 'left';
export const LABEL_SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];

/** Where a label on `side` of its node is drawn, padded, in pixels. */
export function labelBox(
  c: LabelCandidate,
  textWidth: number,
  fontPx: number,
  marginPx: number,
  side: LabelSide = 'bottom',
): Box {
  // Glyphs with descenders and the outline reach about 1.25 em.
  const h = fontPx * 1.25;
  const r = c.size / 2;
  const box =
    side === 'bottom' || side === 'top'
      ? {
          x1: c.x - textWidth / 2,
          x2: c.x + textWidth / 2,
          y1: side === 'bottom' ? c.y + r + marginPx : c.y - r - marginPx - h,
          y2: side === 'bottom' ? c.y + r + marginPx + h : c.y - r - marginPx,
        }
      : {
          x1: side === 'right' ? c.x + r + marginPx : c.x - r - marginPx - textWidth,
          x2: side === 'right' ? c.x + r + marginPx + textWidth : c.x - r - marginPx,
          y1: c.y - h / 2,
          y2: c.y + h / 2,
        };
  return {
    x1: box.x1 - LABEL_PAD_PX,
    x2: box.x2 + LABEL_PAD_PX,
    y1: box.y1 - LABEL_PAD_PX,
    y2: box.y2 + LABEL_PAD_PX,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * The nodes to label, each with the side its label goes on (the first of LABEL_SIDES that is
 * clear). `measure` gives a label's width in pixels at `fontPx`; labels
 * whose box lies wholly outside the view are skipped (they are placed again when it moves).
 * A grid of placed boxes keeps this near-linear in the number of nodes.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (label: string) => number,
  fontPx: number,
  marginPx: number,
  view: { width: number; height: number },
): Map<string, LabelSide> {
  const order = [...candidates]
    .filter((c) => c.label)
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        b.priority - a.priority ||
        a.label.localeCompare(b.label) ||
        a.id.localeCompare(b.id),
    );
  const cell = Math.max(32, fontPx * 6);
  // Placed labels and every node, each with the node it belongs to.
  const grid = new Map<string, { box: Box; owner: string }[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++)
        keys.push(`${i},${j}`);
    }
    return keys;
  };
  const put = (box: Box, owner: string) => {
    for (const k of cells(box)) grid.set(k, [...(grid.get(k) ?? []), { box, owner }]);
  };
  // Every node is an obstacle to the other nodes' labels (its own sits beside it).
  for (const c of candidates) {
    const r = c.size / 2;
    put({ x1: c.x - r, y1: c.y - r, x2: c.x + r, y2: c.y + r }, c.id);
  }
  const placed = new Map<string, LabelSide>();
  const inView = (b: Box) => b.x2 >= 0 && b.y2 >= 0 && b.x1 <= view.width && b.y1 <= view.height;
  const clear = (c: LabelCandidate, box: Box) =>
    !cells(box).some((k) => grid.get(k)?.some((o) => o.owner !== c.id && overlaps(o.box, box)));
  for (const c of order) {
    const width = measure(c.label);
    const boxes = LABEL_SIDES.map((side) => ({
      side,
      box: labelBox(c, width, fontPx, marginPx, side),
    }));
    if (!c.selected && !boxes.some((b) => inView(b.box))) continue;
    // The selected node is always named (below, if no side is clear): it is what the user
    // is looking at.
    const chosen =
      boxes.find((b) => inView(b.box) && clear(c, b.box)) ?? (c.selected ? boxes[0] : null);
    if (!chosen) continue;
    placed.set(c.id, chosen.side);
    put(chosen.box, c.id);
  }
  return placed;
}

/** Cytoscape text placement for a side, `margin` in model units. */
export function sideStyle(side: LabelSide, margin: number) {
  return {
    labelV: side === 'bottom' ? 'bottom' : side === 'top' ? 'top' : 'center',
    labelH: side === 'right' ? 'right' : side === 'left' ? 'left' : 'center',
    labelMX: side === 'right' ? margin : side === 'left' ? -margin : 0,
    labelMY: side === 'bottom' ? margin : side === 'top' ? -margin : 0,
  };
}
