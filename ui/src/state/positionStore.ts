import type { Point } from '../model/layout';
import type { LayoutAlgorithm } from '../map/layoutRunner';
import type { PersistLayout, PositionChange } from './useSavedLayout';

/**
 * Node positions per layout key (council, level, filter, grouping), kept for the session so
 * the map keeps its shape across moments, views and remounts. The council's shared layout
 * (useSavedLayout) seeds it; a viewer's own drags live only here.
 */
const store = new Map<string, Map<string, Point>>();

export function positionsFor(layoutKey: string): Map<string, Point> | undefined {
  return store.get(layoutKey);
}

export function savePositions(
  layoutKey: string,
  positions: Map<string, Point>,
  replace = false,
): void {
  const existing = store.get(layoutKey);
  if (existing && !replace) for (const [id, p] of positions) existing.set(id, p);
  else store.set(layoutKey, new Map(positions));
}

/**
 * Positions the user changed (a drop, a re-layout): kept for this session at once, and saved
 * for the council through `persist` (a no-op for readers).
 */
export function keepPositions(
  layoutKey: string,
  changes: PositionChange[],
  persist: PersistLayout,
  options: { replace?: boolean; algorithm?: LayoutAlgorithm } = {},
): void {
  savePositions(
    layoutKey,
    new Map(changes.map((c) => [c.id, { x: c.x, y: c.y }])),
    options.replace,
  );
  persist(changes, options);
}
