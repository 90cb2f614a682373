import type { Point } from './layout';

export type Direction = 'left' | 'right' | 'up' | 'down';

const AXIS: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** The node nearest `at`: where keyboard selection starts (the middle of the view). */
export function nearestNode(nodes: { id: string; at: Point }[], at: Point): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const n of nodes) {
    const d = Math.hypot(n.at.x - at.x, n.at.y - at.y);
    if (d < bestD) [best, bestD] = [n.id, d];
  }
  return best;
}

/**
 * The node an arrow key moves to from `fromId`: among nodes lying in that direction (within
 * 60° either side of it), the nearest, with nodes off the axis counting as further away — so
 * Right goes to the next node to the right, not to one far above it. Null when there is none.
 */
export function nodeInDirection(
  nodes: { id: string; at: Point }[],
  fromId: string,
  direction: Direction,
): string | null {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return null;
  const axis = AXIS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const n of nodes) {
    if (n.id === fromId) continue;
    const dx = n.at.x - from.at.x;
    const dy = n.at.y - from.at.y;
    const along = dx * axis.x + dy * axis.y;
    const across = Math.abs(dx * axis.y - dy * axis.x);
    // Within 60° of the axis: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [n.id, score];
  }
  return best;
}
