/**
 * Which node labels to draw at the current zoom, so that none overlaps another. Pure: no DOM.
 *
 * A dense map labelled everywhere is a smear of text (team names at Teams level collided at
 * Fit). Labels are placed greedily: the selected node first, then by size (the metric the map
 * sizes by, so the most central actors are named), then by name for a stable order. A label is
 * drawn when its box overlaps no label already placed. Zooming in spreads the nodes, so more
 * labels fit; every label is drawn at a legible size, never smaller than LABEL_MIN_PX.
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

/** Where a label below a node is drawn, padded, in pixels (text-valign bottom). */
export function labelBox(
  c: LabelCandidate,
  textWidth: number,
  fontPx: number,
  marginPx: number,
): Box {
  const top = c.y + c.size / 2 + marginPx;
  return {
    x1: c.x - textWidth / 2 - LABEL_PAD_PX,
    x2: c.x + textWidth / 2 + LABEL_PAD_PX,
    y1: top - LABEL_PAD_PX,
    // Glyphs with descenders and the outline reach about 1.25 em.
    y2: top + fontPx * 1.25 + LABEL_PAD_PX,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Ids of the nodes to label. `measure` gives a label's width in pixels at `fontPx`; labels
 * whose box lies wholly outside the view are skipped (they are placed again when it moves).
 * A grid of placed boxes keeps this near-linear in the number of nodes.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  measure: (label: string) => number,
  fontPx: number,
  marginPx: number,
  view: { width: number; height: number },
): Set<string> {
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
  const grid = new Map<string, Box[]>();
  const cells = (b: Box) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++)
        keys.push(`${i},${j}`);
    }
    return keys;
  };
  const placed = new Set<string>();
  for (const c of order) {
    const box = labelBox(c, measure(c.label), fontPx, marginPx);
    const outside = box.x2 < 0 || box.y2 < 0 || box.x1 > view.width || box.y1 > view.height;
    if (outside && !c.selected) continue;
    const keys = cells(box);
    const clash = keys.some((k) => grid.get(k)?.some((b) => overlaps(b, box)));
    // The selected node is always named: it is what the user is looking at.
    if (clash && !c.selected) continue;
    placed.add(c.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return placed;
}
