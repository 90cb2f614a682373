/**
 * The Cytoscape stylesheet as plain JSON. Visual values come from element data (see
 * elements.ts); classes switch states: time presence, diff, highlights, focus.
 */
import type { StylesheetJson } from 'cytoscape';
import { SUGGESTED_TIE_STYLE } from './palette';

export const DIFF_COLOURS = {
  added: '#1a7f37',
  ended: '#cf222e',
  strengthened: '#0b5cad',
  weakened: '#8c959f',
  typeChanged: '#bf8700',
};

export const FADE_MS = 400;

/** The label font; map/useLabels.ts measures text in it to keep labels apart. */
export const LABEL_FONT_FAMILY = 'Helvetica Neue, Helvetica, Arial, sans-serif';
/** Gap between a node and its label, in model units. */
export const LABEL_MARGIN = 2;

export interface StyleOptions {
  /**
   * Show node labels (off for very large networks: they are unreadable and slow). Only nodes
   * that map/useLabels.ts marks `labelled` are named: those that fit without overlap.
   */
  labels: boolean;
  /** Animate opacity when elements enter or leave (time slider). */
  fades: boolean;
  /**
   * Large networks draw edges as 'haystack' lines (far cheaper than bezier curves); a haystack
   * radius still sets parallel ties apart. Small ones use bezier with a control-point step.
   */
  cheapEdges?: boolean;
}

export function stylesheet(options: StyleOptions): StylesheetJson {
  const fade = options.fades
    ? { 'transition-property': 'opacity', 'transition-duration': FADE_MS }
    : {};
  return [
    {
      selector: 'node',
      style: {
        label: '',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_MARGIN,
        color: '#1b1f24',
        'text-outline-color': '#ffffff',
        'text-outline-width': 1,
        'border-width': 1,
        'border-color': '#ffffff',
        ...fade,
      },
    },
    ...(options.labels
      ? [
          {
            selector: 'node[?labelled][labelFont][labelSide]',
            style: {
              label: 'data(label)',
              'font-size': 'data(labelFont)',
              'text-valign': 'data(labelV)',
              'text-halign': 'data(labelH)',
              'text-margin-x': 'data(labelMX)',
              'text-margin-y': 'data(labelMY)',
            },
          },
        ]
      : []),
    // Mappings only where the data exists (group boxes have none).
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.blended', style: { 'border-width': 3, 'border-color': '#f0c300' } },
    // Pinned by a drag: a re-layout leaves it where it is.
    {
      selector: 'node[?pinned]',
      style: { 'outline-width': 2, 'outline-color': '#1f2937', 'outline-style': 'dotted' } as never,
    },
    // Hover: what is not the hovered actor's neighbourhood steps back.
    { selector: '.hover-faded', style: { opacity: 0.15 } },
    {
      selector: 'node.compound',
      style: {
        'background-color': '#eef1f5',
        'background-opacity': 0.6,
        'border-color': '#b5bcc6',
        'border-width': 1,
        shape: 'round-rectangle',
        label: 'data(label)',
        'text-valign': 'top',
        'font-size': 16,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        padding: '12px',
        // Members' labels come and go with the zoom (map/useLabels.ts); a box sized by them
        // would grow into its neighbours. The layout leaves room for a label under each.
        'compound-sizing-wrt-labels': 'exclude',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)' as never,
        ...(options.cheapEdges
          ? { 'curve-style': 'haystack', 'haystack-radius': 0.6 }
          : { 'curve-style': 'bezier', 'control-point-step-size': 14 }),
        opacity: 0.75,
        'target-arrow-color': 'data(colour)',
        ...fade,
      },
    },
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8 } },
    // Time: elements not present at the moment fade out and take no events.
    { selector: '.absent', style: { opacity: 0, events: 'no', label: '' } },
    // Diff mode.
    { selector: 'edge.diff-same', style: { 'line-color': '#c9ced6', opacity: 0.35 } },
    { selector: 'edge.diff-added', style: { 'line-color': DIFF_COLOURS.added, opacity: 1 } },
    {
      selector: 'edge.diff-ended',
      style: { 'line-color': DIFF_COLOURS.ended, 'line-style': 'dashed', opacity: 1 },
    },
    {
      selector: 'edge.diff-strengthened',
      style: {
        'line-color': DIFF_COLOURS.strengthened,
        width: 'mapData(strength, 0, 10, 3, 10)',
        opacity: 1,
      },
    },
    {
      selector: 'edge.diff-weakened',
      style: { 'line-color': DIFF_COLOURS.weakened, width: 1, opacity: 0.9 },
    },
    {
      selector: 'edge.diff-type-changed',
      style: { 'line-color': DIFF_COLOURS.typeChanged, opacity: 1 },
    },
    {
      selector: 'node.diff-joined',
      style: { 'border-width': 4, 'border-color': DIFF_COLOURS.added },
    },
    {
      selector: 'node.diff-left',
      style: { 'border-width': 4, 'border-color': DIFF_COLOURS.ended, 'border-style': 'dashed' },
    },
    // Highlights: search, ego focus, missing connections, selection.
    { selector: '.dimmed', style: { opacity: 0.12 } },
    {
      selector: 'node.match',
      style: { 'border-width': 4, 'border-color': '#ffbf47', 'z-index': 10 },
    },
    // A shortest path, and what-if: the leaver faded, whoever it cuts off ringed in red.
    {
      selector: '.on-path',
      style: { 'z-index': 10, opacity: 1, 'border-width': 4, 'border-color': '#111827' },
    },
    { selector: 'edge.on-path', style: { 'line-color': '#111827', width: 6 } },
    {
      selector: 'node.leaving',
      style: { opacity: 0.3, 'border-width': 3, 'border-style': 'dashed' },
    },
    { selector: 'node.cut-off', style: { 'border-width': 5, 'border-color': '#b3261e' } },
    {
      selector: 'node.highlight',
      style: { 'border-width': 5, 'border-color': '#6f42c1', 'z-index': 10, opacity: 1 },
    },
    {
      selector: 'edge.suggested',
      style: {
        'line-color': SUGGESTED_TIE_STYLE.colour,
        'line-style': 'dashed',
        'line-dash-pattern': [...SUGGESTED_TIE_STYLE.dashPattern],
        width: SUGGESTED_TIE_STYLE.width,
        // A white halo keeps it visible where it crosses the (dimmed) recorded ties.
        'line-outline-width': 1.5,
        'line-outline-color': '#ffffff',
        opacity: 1,
        'z-index': 20,
      },
    },
    // A tie being drawn by dragging (map/useDrawTie.ts): it takes no events, so the release
    // lands on the node under the pointer.
    { selector: '#draw-tie-ghost', style: { width: 1, height: 1, opacity: 0, events: 'no' } },
    {
      selector: '#draw-tie-line',
      style: {
        'line-style': 'dashed',
        'curve-style': 'straight',
        opacity: 1,
        events: 'no',
        'z-index': 30,
      },
    },
    {
      selector: ':selected',
      style: { 'border-width': 4, 'border-color': '#1b1f24', 'line-color': '#1b1f24', opacity: 1 },
    },
  ] as StylesheetJson;
}
