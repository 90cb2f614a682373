/** Where a missing-connection item sits on the map: nodes to highlight, the suggested tie. */
import type { SnapshotNode } from './snapshot';
import type { Level, MissingItem } from './types';

export interface MissingHighlight {
  nodeIds: string[];
  /** A dashed edge for the suggested tie, between two drawn nodes. */
  suggested: { source: string; target: string } | null;
}

/** The member of a team with the most ties (ties broken by id), as its representative. */
function representative(members: string[], degree: Map<string, number>): string | null {
  return (
    members
      .slice()
      .sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b))[0] ?? null
  );
}

/**
 * BLUEPRINT_GAP items name two TEAMS: at PEOPLE level their members are highlighted and the
 * suggested tie joins each team's best-connected member; at TEAMS level the two team nodes.
 * SUGGESTION items name nodes at the level; FRAGILITY names one node.
 */
export function missingHighlight(
  item: MissingItem,
  level: Level,
  nodes: SnapshotNode[],
  degree: Map<string, number>,
): MissingHighlight {
  const present = new Set(nodes.map((n) => n.id));
  if (item.kind === 'BLUEPRINT_GAP' && level === 'PEOPLE') {
    const from = nodes.filter((n) => n.teamId === item.fromId).map((n) => n.id);
    const to = item.toId ? nodes.filter((n) => n.teamId === item.toId).map((n) => n.id) : [];
    const a = representative(from, degree);
    const b = representative(to, degree);
    return { nodeIds: [...from, ...to], suggested: a && b ? { source: a, target: b } : null };
  }
  if (item.kind === 'FRAGILITY') {
    return { nodeIds: present.has(item.fromId) ? [item.fromId] : [], suggested: null };
  }
  const ids = [item.fromId, item.toId].filter((id): id is string => !!id && present.has(id));
  return {
    nodeIds: ids,
    suggested: ids.length === 2 ? { source: ids[0], target: ids[1] } : null,
  };
}

export const SUGGESTED_EDGE_ID = 'suggested-tie';
