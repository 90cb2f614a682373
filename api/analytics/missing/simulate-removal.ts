import { Snapshot } from '../snapshot/snapshot-types';

export interface RemovalResult {
  removed: string[];
  componentsBefore: number;
  componentsAfter: number;
  /** Components that appear because of the removal (after − before + removed isolates). */
  newComponents: number;
  /** Pairs of remaining actors who could reach each other before and no longer can. */
  lostPairs: number;
  /** Of those, pairs whose members are in different known groups. */
  lostCrossGroupPairs: number;
}

interface Components {
  count: number;
  /** How many components consist only of the given nodes. */
  emptiedBy(nodes: Set<string>): number;
  /** Reachable pairs and cross-group reachable pairs among `keep` nodes. */
  pairs: number;
  crossPairs: number;
}

/**
 * "What if these actors leave?": compares reachability (direction ignored) before and after
 * removing them, counting only pairs of actors who stay. O(n + m) with union-find.
 */
export function simulateRemoval(
  snapshot: Snapshot,
  removed: string[],
  groupOf: (id: string) => string | null,
): RemovalResult {
  const gone = new Set(removed);
  const ids = snapshot.nodes.map((n) => n.id);
  const stay = ids.filter((id) => !gone.has(id));
  const before = components(ids, snapshot, new Set(), stay, groupOf);
  const after = components(stay, snapshot, gone, stay, groupOf);
  const removedPresent = removed.filter((id) => ids.includes(id));
  // Components made only of leavers vanish; any component beyond the survivors is new.
  const survivors = before.count - before.emptiedBy(gone);
  return {
    removed: removedPresent,
    componentsBefore: before.count,
    componentsAfter: after.count,
    newComponents: Math.max(0, after.count - survivors),
    lostPairs: before.pairs - after.pairs,
    lostCrossGroupPairs: before.crossPairs - after.crossPairs,
  };
}

function components(
  nodes: string[],
  snapshot: Snapshot,
  excluded: Set<string>,
  counted: string[],
  groupOf: (id: string) => string | null,
): Components {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const parent = nodes.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const e of snapshot.edges) {
    if (excluded.has(e.source) || excluded.has(e.target)) continue;
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined) continue;
    parent[find(a)] = find(b);
  }
  const roots = new Set(nodes.map((_, i) => find(i)));
  // Per component: how many counted actors, and how many per group.
  const size = new Map<number, number>();
  const byGroup = new Map<number, Map<string, number>>();
  for (const id of counted) {
    const root = find(index.get(id) as number);
    size.set(root, (size.get(root) ?? 0) + 1);
    const group = groupOf(id);
    if (group === null) continue;
    const groups = byGroup.get(root) ?? new Map<string, number>();
    groups.set(group, (groups.get(group) ?? 0) + 1);
    byGroup.set(root, groups);
  }
  let pairs = 0;
  let crossPairs = 0;
  for (const [root, s] of size) {
    pairs += (s * (s - 1)) / 2;
    const groups = [...(byGroup.get(root)?.values() ?? [])];
    const grouped = groups.reduce((a, b) => a + b, 0);
    crossPairs += (grouped * grouped - groups.reduce((a, c) => a + c * c, 0)) / 2;
  }
  const emptiedBy = (leaving: Set<string>) => {
    const kept = new Set(
      nodes.filter((id) => !leaving.has(id)).map((id) => find(index.get(id) as number)),
    );
    return roots.size - kept.size;
  };
  return { count: roots.size, emptiedBy, pairs, crossPairs };
}
