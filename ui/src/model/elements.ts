/**
 * GraphQL snapshot → Cytoscape element definitions. Visual attributes are computed here as
 * data fields (colour, shape, size, width, lineStyle) so the stylesheet is a fixed mapping.
 */
import type { ElementDefinition } from 'cytoscape';
import { colourFor, KIND_SHAPES, SECTOR_COLOURS, tieTypeStyle } from './palette';
import type { SnapshotEdge, SnapshotNode } from './snapshot';
import type { ColourBy, CompoundBy } from './url-state';

export interface ElementOptions {
  colourBy: ColourBy;
  /** Node id → value of the sizing metric; missing or null → smallest. */
  sizeValues: Map<string, number | null>;
  compound: CompoundBy;
  /** Names for compound parents (organisation or neighbourhood id → name). */
  groupNames: Record<string, string>;
  /** Ordered vocabulary ids so colours are stable across councils. */
  professionOrder: readonly string[];
  /** The largest edge strength in the union, so widths stay comparable across moments. */
  maxStrength: number;
}

export const MIN_NODE_SIZE = 14;
export const MAX_NODE_SIZE = 54;

/** A value's node size: square-root scale between the smallest and largest value. */
export function sizeFor(value: number | null | undefined, min: number, max: number): number {
  if (value === null || value === undefined || !Number.isFinite(value)) return MIN_NODE_SIZE;
  if (max <= min) return Math.round((MIN_NODE_SIZE + MAX_NODE_SIZE) / 2 / 1.5);
  const t = Math.sqrt(Math.max(0, (value - min) / (max - min)));
  return Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE));
}

/** Edge width: 1–8 px, square root of strength over the largest strength. */
export function widthFor(strength: number, maxStrength: number): number {
  if (maxStrength <= 0) return 1;
  return Math.round((1 + 7 * Math.sqrt(Math.max(0, strength) / maxStrength)) * 10) / 10;
}

/**
 * What a node's colour stands for: its profession or its sector (a profession or sector
 * node is its own). A profession has no sector, so Professions-level nodes are coloured by
 * profession whatever is chosen (by sector they were all the grey of "unknown").
 */
export function colourKey(node: SnapshotNode, colourBy: ColourBy): string | null {
  if (colourBy === 'profession' || node.kind === 'PROFESSION') {
    return node.professionId ?? (node.kind === 'PROFESSION' ? node.id : null);
  }
  return node.sectorId ?? (node.kind === 'SECTOR' ? node.id : null);
}

export function nodeColour(
  node: SnapshotNode,
  options: Pick<ElementOptions, 'colourBy' | 'professionOrder'>,
): string {
  const key = colourKey(node, options.colourBy);
  return options.colourBy === 'profession' || node.kind === 'PROFESSION'
    ? colourFor(key, options.professionOrder)
    : colourFor(key, [], SECTOR_COLOURS);
}

/** The compound parent id of a node, if grouping applies to it. */
export function parentOf(node: SnapshotNode, compound: CompoundBy): string | null {
  if (compound === 'organisation' && node.organisationId && node.kind !== 'ORGANISATION') {
    return `org:${node.organisationId}`;
  }
  if (compound === 'neighbourhood' && node.neighbourhoodId) return `nb:${node.neighbourhoodId}`;
  return null;
}

export function toNodeElements(
  nodes: SnapshotNode[],
  options: ElementOptions,
): ElementDefinition[] {
  const values = [...options.sizeValues.values()].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 0;
  const parents = new Map<string, string>();
  const out: ElementDefinition[] = nodes.map((n) => {
    const parent = parentOf(n, options.compound);
    if (parent)
      parents.set(parent, options.groupNames[parent.slice(parent.indexOf(':') + 1)] ?? parent);
    return {
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        colour: nodeColour(n, options),
        shape: KIND_SHAPES[n.kind] ?? 'ellipse',
        size: sizeFor(options.sizeValues.get(n.id), min, max),
        blended: n.blendedRole ? 1 : 0,
        team: n.teamId ?? undefined,
        teamType: n.teamTypeId ?? undefined,
        neighbourhood: n.neighbourhoodId ?? undefined,
        ...(parent ? { parent } : {}),
      },
      classes: n.blendedRole ? 'blended' : '',
    };
  });
  const compounds: ElementDefinition[] = [...parents].map(([id, label]) => ({
    group: 'nodes',
    data: { id, label, kind: 'GROUP' },
    classes: 'compound',
  }));
  return [...compounds, ...out];
}

export function toEdgeElements(
  edges: SnapshotEdge[],
  options: Pick<ElementOptions, 'maxStrength'>,
): ElementDefinition[] {
  return edges.map((e) => {
    const style = tieTypeStyle(e.typeId);
    return {
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        typeId: e.typeId,
        strength: e.strength,
        count: e.count,
        colour: style.colour,
        lineStyle: style.lineStyle,
        width: widthFor(e.strength, options.maxStrength),
      },
      classes: e.directed ? 'directed' : '',
    };
  });
}

/** Nodes and edges of a network (a snapshot or a union of moments) as Cytoscape elements. */
export function toElements(
  network: { nodes: SnapshotNode[]; edges: SnapshotEdge[] },
  options: ElementOptions,
): ElementDefinition[] {
  return [...toNodeElements(network.nodes, options), ...toEdgeElements(network.edges, options)];
}

/** The largest strength among edges (at least 1). */
export function maxStrengthOf(edges: Iterable<{ strength: number }>): number {
  let max = 1;
  for (const e of edges) if (e.strength > max) max = e.strength;
  return max;
}
