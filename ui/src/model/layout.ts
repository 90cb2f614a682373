/**
 * Pure layout helpers: a deterministic grouped placement (groups on a grid, members in a
 * sunflower inside each group) used as the start for force layouts and alone for large
 * networks; and placement of late-arriving nodes beside their neighbours.
 */
export interface Point {
  x: number;
  y: number;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/** Members of each group in a sunflower; groups (in key order) on a square-ish grid. */
export function groupedPositions<T extends { id: string }>(
  nodes: T[],
  groupOf: (n: T) => string,
  spacing = 40,
): Map<string, Point> {
  const groups = new Map<string, T[]>();
  for (const n of nodes) {
    const g = groupOf(n);
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(n);
  }
  // By key, so groups that share a key prefix (a neighbourhood) sit next to each other.
  const ordered = [...groups].sort((a, b) =>
    a[0].localeCompare(b[0], undefined, { numeric: true }),
  );
  const radius = (count: number) => spacing * Math.sqrt(count) * 0.6 + spacing;
  const largest = Math.max(0, ...ordered.map(([, m]) => m.length));
  const cell = ordered.length ? 2 * radius(largest) + spacing : 0;
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const out = new Map<string, Point>();
  ordered.forEach(([, members], gi) => {
    const cx = (gi % columns) * cell;
    const cy = Math.floor(gi / columns) * cell;
    members
      .slice()
      .sort((a, b) => a.id.localeCompare(b.id))
      .forEach((n, i) => {
        const r = spacing * 0.6 * Math.sqrt(i);
        out.set(n.id, { x: cx + r * Math.cos(i * GOLDEN), y: cy + r * Math.sin(i * GOLDEN) });
      });
  });
  return out;
}

/**
 * Positions for nodes that have none yet: the mean of their placed neighbours plus a small
 * deterministic offset, or a ring outside the placed nodes when they have no placed neighbour.
 */
export function placeNewNodes(
  ids: string[],
  edges: { source: string; target: string }[],
  positions: Map<string, Point>,
): Map<string, Point> {
  const placed = new Map(positions);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  if (!Number.isFinite(minX)) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const ring = Math.max(maxX - minX, maxY - minY) / 2 + 80;
  const out = new Map<string, Point>();
  ids.forEach((id, i) => {
    const near = (neighbours.get(id) ?? [])
      .map((n) => placed.get(n))
      .filter((p): p is Point => !!p);
    const angle = i * GOLDEN;
    const p = near.length
      ? {
          x: near.reduce((s, q) => s + q.x, 0) / near.length + 30 * Math.cos(angle),
          y: near.reduce((s, q) => s + q.y, 0) / near.length + 30 * Math.sin(angle),
        }
      : { x: centre.x + ring * Math.cos(angle), y: centre.y + ring * Math.sin(angle) };
    out.set(id, p);
    placed.set(id, p);
  });
  return out;
}

/**
 * Moves nodes apart until no two discs overlap (centres at least the mean of their sizes
 * plus `gap` apart), changing the picture as little as possible: each overlapping pair is
 * pushed apart along the line between them, half each, for up to `passes` rounds. A force
 * layout balances springs and repulsion and can leave two nodes on top of each other; this
 * pass is what makes every node visible. Neighbours are found through a grid of cells as wide
 * as the largest node, so a pass is linear in the nodes, not quadratic. Deterministic.
 * A `fixed` node (pinned by a user) never moves: the other of its pair moves the whole way.
 */
export function separateOverlaps(
  nodes: { id: string; size: number; fixed?: boolean }[],
  positions: Map<string, Point>,
  gap = 4,
  passes = 60,
): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const n of nodes) out.set(n.id, { ...(positions.get(n.id) ?? { x: 0, y: 0 }) });
  const cell = Math.max(1, ...nodes.map((n) => n.size)) + gap;
  const sorted = [...nodes].sort((a, b) => a.id.localeCompare(b.id));
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<string, typeof sorted>();
    for (const n of sorted) {
      const p = out.get(n.id)!;
      const k = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      (grid.get(k) ?? grid.set(k, []).get(k)!).push(n);
    }
    let moved = false;
    for (const a of sorted) {
      const pa = out.get(a.id)!;
      const cx = Math.floor(pa.x / cell);
      const cy = Math.floor(pa.y / cell);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const b of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (b.id <= a.id) continue;
            const pb = out.get(b.id)!;
            const need = (a.size + b.size) / 2 + gap;
            let vx = pb.x - pa.x;
            let vy = pb.y - pa.y;
            let d = Math.hypot(vx, vy);
            if (d >= need) continue;
            if (d < 1e-6) {
              // Same spot: a direction from the ids, so the result does not depend on chance.
              const angle = (hash(a.id + b.id) % 360) * (Math.PI / 180);
              [vx, vy, d] = [Math.cos(angle), Math.sin(angle), 1];
            }
            if (a.fixed && b.fixed) continue;
            const push = (need - d) / (a.fixed || b.fixed ? 1 : 2) + 0.01;
            if (!a.fixed) {
              pa.x -= (vx / d) * push;
              pa.y -= (vy / d) * push;
            }
            if (!b.fixed) {
              pb.x += (vx / d) * push;
              pb.y += (vy / d) * push;
            }
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return out;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** How far a node (with its label) reaches from its centre on each side. */
export interface Extent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Places groups of already laid-out nodes side by side, in rows, so that no two groups'
 * boxes overlap: each group keeps its own shape and is only moved. `margin` is the space
 * between boxes (room for a box's padding and its label). Groups go in the order given;
 * rows are about as wide as the square root of the total area, so the whole is near square.
 */
export function packGroups(
  groups: { positions: Map<string, Point>; extents: Map<string, Extent> }[],
  margin = 60,
): Map<string, Point> {
  const boxes = groups.map((g) => {
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [id, p] of g.positions) {
      const e = g.extents.get(id) ?? { left: 0, right: 0, top: 0, bottom: 0 };
      x1 = Math.min(x1, p.x - e.left);
      y1 = Math.min(y1, p.y - e.top);
      x2 = Math.max(x2, p.x + e.right);
      y2 = Math.max(y2, p.y + e.bottom);
    }
    return { g, x1, y1, w: x2 - x1, h: y2 - y1 };
  });
  const area = boxes.reduce((s, b) => s + (b.w + margin) * (b.h + margin), 0);
  const rowWidth = Math.max(Math.sqrt(area) * 1.3, ...boxes.map((b) => b.w + margin));
  const out = new Map<string, Point>();
  let [x, y, rowHeight] = [0, 0, 0];
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) [x, y, rowHeight] = [0, y + rowHeight + margin, 0];
    for (const [id, p] of b.g.positions) out.set(id, { x: p.x - b.x1 + x, y: p.y - b.y1 + y });
    x += b.w + margin;
    rowHeight = Math.max(rowHeight, b.h);
  }
  return out;
}
