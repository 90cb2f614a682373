/**
 * A light SVG mini-map of one council's network: nodes on a circle, grouped into arcs by group,
 * so the share of ties crossing between groups is visible at a glance and the same group sits
 * in the same place in every council. Pure: no React, no DOM.
 */

export type Grouping =
  | 'TEAM_TYPE'
  | 'PROFESSION'
  | 'SECTOR'
  | 'ORGANISATION'
  | 'ORGANISATION_TYPE'
  | 'NEIGHBOURHOOD'
  | 'TEAM';

export const GROUPING_LABELS: Record<Grouping, string> = {
  TEAM_TYPE: 'Team type',
  PROFESSION: 'Profession',
  SECTOR: 'Sector',
  ORGANISATION_TYPE: 'Organisation type',
  NEIGHBOURHOOD: 'Neighbourhood',
  ORGANISATION: 'Organisation',
  TEAM: 'Team',
};

/** The snapshot node fields the mini-map reads. */
export interface MiniNode {
  id: string;
  label: string;
  teamId?: string | null;
  teamTypeId?: string | null;
  organisationId?: string | null;
  organisationTypeId?: string | null;
  sectorId?: string | null;
  professionId?: string | null;
  neighbourhoodId?: string | null;
}

export interface MiniEdge {
  source: string;
  target: string;
}

const FIELD: Record<Grouping, keyof MiniNode> = {
  TEAM_TYPE: 'teamTypeId',
  PROFESSION: 'professionId',
  SECTOR: 'sectorId',
  ORGANISATION: 'organisationId',
  ORGANISATION_TYPE: 'organisationTypeId',
  NEIGHBOURHOOD: 'neighbourhoodId',
  TEAM: 'teamId',
};

/** A node's group under a grouping (null: none). */
export function nodeGroup(node: MiniNode, grouping: Grouping): string | null {
  return node[FIELD[grouping]] ?? null;
}

/** Colour-blind-safe palette for groups; index by the group's position in the shared order. */
export const GROUP_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#999999',
];

export interface MiniMap {
  size: number;
  nodes: { id: string; label: string; group: string | null; x: number; y: number; fill: string }[];
  /** Unique pairs; `cross` when the ends are in different groups. */
  edges: { x1: number; y1: number; x2: number; y2: number; cross: boolean }[];
}

/**
 * Positions nodes on a circle, ordered by the shared group order then label; nodes without a
 * group go last, in grey. Parallel edges between a pair are drawn once.
 */
export function layoutMiniMap(
  nodes: readonly MiniNode[],
  edges: readonly MiniEdge[],
  grouping: Grouping,
  groupOrder: readonly string[],
  size = 220,
): MiniMap {
  const rank = (g: string | null) => {
    if (g === null) return Number.MAX_SAFE_INTEGER;
    const i = groupOrder.indexOf(g);
    return i < 0 ? groupOrder.length : i;
  };
  const sorted = nodes
    .map((n) => ({ n, group: nodeGroup(n, grouping) }))
    .sort(
      (a, b) =>
        rank(a.group) - rank(b.group) ||
        (a.group ?? '').localeCompare(b.group ?? '') ||
        a.n.label.localeCompare(b.n.label) ||
        a.n.id.localeCompare(b.n.id),
    );
  const c = size / 2;
  const r = size / 2 - 8;
  const placed = sorted.map(({ n, group }, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, sorted.length) - Math.PI / 2;
    const k = group === null ? -1 : rank(group);
    return {
      id: n.id,
      label: n.label,
      group,
      x: Math.round((c + r * Math.cos(angle)) * 10) / 10,
      y: Math.round((c + r * Math.sin(angle)) * 10) / 10,
      fill: k < 0 ? '#bbbbbb' : GROUP_COLOURS[k % GROUP_COLOURS.length],
    };
  });
  const at = new Map(placed.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const lines: MiniMap['edges'] = [];
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b || a === b) continue;
    const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, cross: a.group !== b.group });
  }
  return { size, nodes: placed, edges: lines };
}
