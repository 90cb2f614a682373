import type { GraphInput } from '../metrics';
import { groupOf } from '../snapshot/project-snapshot';
import { Grouping, Snapshot } from '../snapshot/snapshot-types';

/**
 * The metrics graph for a snapshot: one node per snapshot node with its group, one edge per
 * snapshot edge weighted by summed strength. With focus groups, nodes outside them are
 * ungrouped, so group metrics (E-I, brokerage, mixing) look only at the boundary between the
 * focus groups (e.g. home care and district nursing), while the graph itself stays whole.
 */
export function toGraphInput(
  snapshot: Snapshot,
  grouping: Grouping,
  focusGroups: string[] = [],
): GraphInput {
  const focus = new Set(focusGroups);
  return {
    nodes: snapshot.nodes.map((n) => {
      const group = groupOf(n, grouping);
      const known = group !== 'unassigned' && (focus.size === 0 || focus.has(group));
      return { id: n.id, group: known ? group : null };
    }),
    edges: snapshot.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.strength,
      directed: e.directed,
    })),
  };
}
