/** Which elements to mark for search, ego focus and time presence: pure set logic. */

interface NodeLike {
  id: string;
  label: string;
}
interface EdgeLike {
  id: string;
  source: string;
  target: string;
}

/** Nodes whose label contains the text (case-insensitive); empty text matches nothing. */
export function searchMatches(nodes: NodeLike[], text: string): Set<string> {
  const q = text.trim().toLowerCase();
  if (!q) return new Set();
  return new Set(nodes.filter((n) => n.label.toLowerCase().includes(q)).map((n) => n.id));
}

/** Nodes within `steps` ties of the centre, and the edges among them, over present edges. */
export function egoNetwork(
  edges: EdgeLike[],
  centre: string,
  steps: number,
  present: (id: string) => boolean = () => true,
): { nodes: Set<string>; edges: Set<string> } {
  const adjacency = new Map<string, string[]>();
  for (const e of edges) {
    if (!present(e.id)) continue;
    (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
    (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
  }
  const nodes = new Set([centre]);
  let frontier = [centre];
  for (let s = 0; s < steps; s += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacency.get(id) ?? []) {
        if (!nodes.has(n)) {
          nodes.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  const inside = new Set(
    edges
      .filter((e) => present(e.id) && nodes.has(e.source) && nodes.has(e.target))
      .map((e) => e.id),
  );
  return { nodes, edges: inside };
}

/** Adds a class to an element's class string in the map. */
export function addClass(map: Map<string, string>, id: string, cls: string): void {
  const have = map.get(id);
  map.set(id, have ? `${have} ${cls}` : cls);
}

export interface ClassInputs {
  nodes: NodeLike[];
  edges: EdgeLike[];
  /** Present at the moment (or in either moment in diff mode); null: everything present. */
  present: Set<string> | null;
  matches: Set<string>;
  /** Focus set: everything else is dimmed. */
  focus: { nodes: Set<string>; edges: Set<string> } | null;
}

/** State classes per element: absent (not at this moment), dimmed (outside focus), match. */
export function stateClasses(input: ClassInputs): Map<string, string> {
  const out = new Map<string, string>();
  const isPresent = (id: string) => input.present === null || input.present.has(id);
  for (const n of input.nodes) {
    if (!isPresent(n.id)) addClass(out, n.id, 'absent');
    else if (input.focus && !input.focus.nodes.has(n.id)) addClass(out, n.id, 'dimmed');
    if (input.matches.has(n.id)) addClass(out, n.id, 'match');
  }
  for (const e of input.edges) {
    if (!isPresent(e.id)) addClass(out, e.id, 'absent');
    else if (input.focus && !input.focus.edges.has(e.id)) addClass(out, e.id, 'dimmed');
  }
  return out;
}
