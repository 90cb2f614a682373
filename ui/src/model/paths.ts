/**
 * Reachability on the map as drawn: ties are taken as undirected (as the API's removal
 * simulation does) and only nodes and ties present at the moment count. Pure.
 */
export interface PlainEdge {
  source: string;
  target: string;
}

function neighbours(nodes: Set<string>, edges: PlainEdge[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of nodes) out.set(n, []);
  for (const e of edges) {
    if (e.source === e.target || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    out.get(e.source)!.push(e.target);
    out.get(e.target)!.push(e.source);
  }
  return out;
}

/** A shortest path (fewest ties) from `from` to `to` as node ids, both ends included; null if none. */
export function shortestPath(
  nodes: Set<string>,
  edges: PlainEdge[],
  from: string,
  to: string,
): string[] | null {
  if (!nodes.has(from) || !nodes.has(to)) return null;
  const adj = neighbours(nodes, edges);
  const previous = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i];
    if (at === to) break;
    // Sorted, so that among equally short paths the same one is always shown.
    for (const next of [...adj.get(at)!].sort()) {
      if (previous.has(next)) continue;
      previous.set(next, at);
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: string[] = [];
  for (let at: string | null = to; at !== null; at = previous.get(at)!) path.unshift(at);
  return path;
}

/** Connected components, largest first (ties of size broken by the smallest id). */
export function components(nodes: Set<string>, edges: PlainEdge[]): string[][] {
  const adj = neighbours(nodes, edges);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const start of [...nodes].sort()) {
    if (seen.has(start)) continue;
    const part = [start];
    seen.add(start);
    for (let i = 0; i < part.length; i++) {
      for (const next of adj.get(part[i])!) {
        if (!seen.has(next)) {
          seen.add(next);
          part.push(next);
        }
      }
    }
    out.push(part.sort());
  }
  return out.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
}

/**
 * Who is cut off if `removed` leave: the actors of the component(s) they were in that end up
 * outside the largest piece left of it.
 */
export function cutOff(nodes: Set<string>, edges: PlainEdge[], removed: string[]): Set<string> {
  const gone = new Set(removed);
  const touched = new Set(
    components(nodes, edges)
      .filter((c) => c.some((n) => gone.has(n)))
      .flat()
      .filter((n) => !gone.has(n)),
  );
  const after = components(touched, edges);
  return new Set(after.slice(1).flat());
}
