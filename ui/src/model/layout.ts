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
