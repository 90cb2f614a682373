import type { Core, ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { CanvasToolbar } from './CanvasToolbar';
import { useCanvasEvents, type TapTarget } from './useCanvasEvents';
import { useClassSync } from './useClassSync';
import { useCytoscape } from './useCytoscape';
import { drawnPositions, useElementSync } from './useElementSync';
import { useDragPins } from './useDragPins';
import { useHover } from './useHover';
import { useLabels } from './useLabels';
import { useDrawTie, type ActorRef } from './useDrawTie';
import { useNodeAnchor } from './useNodeAnchor';
import { runLayout, type LayoutAlgorithm } from './layoutRunner';
import { keepPositions } from '../state/positionStore';
import type { PersistLayout, SavedLayout } from '../state/useSavedLayout';
import { CANVAS_KEYS, handleCanvasKey } from './canvasKeys';

/** Elements above which the WebGL renderer and cheap viewport rendering are used. */
export const LARGE_ELEMENTS = 3000;

interface Props {
  elements: ElementDefinition[];
  /** Positions are computed once per key and reused (council, level, filter, grouping). */
  layoutKey: string;
  /** State classes per element id (absent, diff-*, dimmed, match, highlight, suggested). */
  classes: Map<string, string>;
  /** Node ids to select (and centre on) from outside, e.g. a list item. */
  selectedId: string | null;
  /** True while new data is on its way: the map is not "ready" then. */
  busy: boolean;
  onTap: (target: TapTarget | null) => void;
  /** Nodes to bring into view when they change (e.g. a missing connection's pair). */
  focusIds?: string[];
  /** Name used for exported files. */
  exportName: string;
  label: string;
  /** What the hover tooltip says about a node: a title and a few lines (team, metrics). */
  describe?: (id: string) => { title: string; lines: string[] } | null;
  /** The council's saved layout of this map; null while it loads (the map waits). */
  saved: SavedLayout | null;
  /** Saves moved nodes, or a whole re-layout, for everyone (a no-op for viewers). */
  persist: PersistLayout;
  /** Whether `persist` saves for everyone: the toolbar says so. */
  sharedLayout: boolean;
  /** A short note shown beside the selected node (its learning-note count). */
  selectedBadge?: string | null;
  /** A tie drawn by dragging between two actors; absent when the user cannot add ties. */
  onDrawTie?: (from: ActorRef, to: ActorRef) => void;
}

/**
 * The one component that owns the Cytoscape instance. It renders state handed to it and
 * reports taps; it never owns app state. data-ready / data-node-count / data-edge-count
 * expose what is drawn (visible, non-group nodes and visible edges).
 */
export function NetworkCanvas(p: Props) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const large = p.elements.length > LARGE_ELEMENTS;
  const cy = useCytoscape(container, large);
  const synced = useElementSync(cy, p.elements, p.layoutKey, p.saved, p.persist);
  // A re-layout in progress: the map is not "ready" until its positions are final.
  const [relaying, setRelaying] = useState(false);
  const readyKey = relaying ? null : synced;
  useClassSync(cy, p.classes, readyKey);
  useLabels(cy, readyKey, p.classes, !large);
  const [drawing, setDrawing] = useState(false);
  useDrawTie(cy, drawing && !!p.onDrawTie, p.onDrawTie);
  useDragPins(cy, p.layoutKey, p.persist);
  const { layoutKey, persist } = p;
  const relayout = useCallback(
    (algorithm: LayoutAlgorithm, keepPinned: boolean) => {
      if (!cy) return;
      const pinned = cy.nodes('[?pinned]');
      if (keepPinned) pinned.lock();
      else pinned.data('pinned', false);
      setRelaying(true);
      void runLayout(cy, algorithm)
        .done.then(() => {
          keepPositions(layoutKey, drawnPositions(cy), persist, { replace: true, algorithm });
          cy.fit(undefined, 30);
        })
        .finally(() => {
          pinned.unlock();
          setRelaying(false);
        });
    },
    [cy, layoutKey, persist],
  );
  // The last node tapped on the canvas: it is in view already, so choosing it moves nothing.
  const tapped = useRef<string | null>(null);
  const { onTap } = p;
  const onCanvasTap = useCallback(
    (t: TapTarget | null) => {
      tapped.current = t?.id ?? null;
      onTap(t);
    },
    [onTap],
  );
  useCanvasEvents(cy, onCanvasTap);
  // The node the keyboard is at: a selected tie's ties are gone through from it.
  const keyNode = useRef<string | null>(null);
  useEffect(() => {
    if (p.selectedId && cy?.getElementById(p.selectedId).isNode()) keyNode.current = p.selectedId;
  }, [cy, p.selectedId]);
  const anchor = useNodeAnchor(cy, p.selectedId, readyKey);
  const hovered = useHover(cy);
  const tip = hovered && p.describe ? p.describe(hovered.id) : null;
  const counts = useVisibleCounts(cy, p.classes, readyKey);
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (p.selectedId) cy.getElementById(p.selectedId).select();
    });
  }, [cy, p.selectedId, readyKey]);
  // A node chosen from outside the canvas (search, a list) that is out of view is brought
  // into view, zoomed to where its label reads; one tapped on the map already is.
  useEffect(() => {
    if (!cy || !p.selectedId || readyKey !== p.layoutKey) return;
    if (tapped.current === p.selectedId) return;
    const node = cy.getElementById(p.selectedId);
    if (node.empty() || !node.isNode()) return;
    const box = node.renderedBoundingBox({});
    const inView =
      box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height() && cy.zoom() >= 1;
    if (!inView)
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.5), duration: 300 });
  }, [cy, p.selectedId, readyKey, p.layoutKey]);
  const focusKey = (p.focusIds ?? []).join(',');
  useEffect(() => {
    if (!cy || !focusKey || readyKey !== p.layoutKey) return;
    let eles = cy.collection();
    for (const id of focusKey.split(',')) eles = eles.union(cy.getElementById(id));
    if (eles.nonempty()) cy.animate({ fit: { eles, padding: 80 }, duration: 300 });
  }, [cy, focusKey, readyKey, p.layoutKey]);
  const ready = readyKey === p.layoutKey && cy !== null && !p.busy && counts.key === readyKey;
  return (
    <div className="canvas-wrap">
      <CanvasToolbar
        cy={cy}
        exportName={p.exportName}
        algorithm={p.saved?.algorithm ?? 'FORCE'}
        onRelayout={relayout}
        shared={p.sharedLayout}
        drawing={drawing}
        onToggleDraw={p.onDrawTie ? () => setDrawing((d) => !d) : undefined}
      />
      <div className="canvas-stage">
        <div
          ref={setContainer}
          className="network-canvas"
          data-testid="network-canvas"
          data-ready={ready ? 'true' : 'false'}
          data-node-count={ready ? counts.nodes : undefined}
          data-edge-count={ready ? counts.edges : undefined}
          data-renderer={cy ? String(cy.scratch('renderer')) : undefined}
          role="img"
          aria-label={`${p.label}. ${counts.nodes} nodes and ${counts.edges} ties are shown; the table view lists them. ${CANVAS_KEYS}`}
          tabIndex={0}
          onKeyDown={(e) => {
            if (!cy) return;
            if (handleCanvasKey(cy, e, p.selectedId, keyNode.current, p.onTap)) e.preventDefault();
          }}
        />
        {anchor && p.selectedBadge && (
          <div
            className="node-badge"
            data-testid="selected-badge"
            style={{ left: anchor.x + 2, top: anchor.y - 10 }}
          >
            {p.selectedBadge}
          </div>
        )}
        {hovered && tip && (
          <div
            className="node-tooltip"
            role="tooltip"
            data-testid="node-tooltip"
            style={{ left: hovered.x + 12, top: hovered.y + 12 }}
          >
            <strong>{tip.title}</strong>
            {tip.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        )}
      </div>
      {!ready && (
        <div className="canvas-overlay" role="status">
          Laying out the network…
        </div>
      )}
    </div>
  );
}

/** Counts read from the instance after classes are applied. */
function useVisibleCounts(cy: Core | null, classes: Map<string, string>, readyKey: string | null) {
  const [counts, setCounts] = useState<{ nodes: number; edges: number; key: unknown }>({
    nodes: 0,
    edges: 0,
    key: null,
  });
  useEffect(() => {
    if (!cy) return;
    const read = () => {
      performance.mark('iw:counts-read');
      setCounts({
        nodes: cy.nodes('[kind != "GROUP"]').not('.absent').length,
        edges: cy.edges().not('.absent').length,
        key: readyKey,
      });
    };
    const t = setTimeout(read, 0);
    return () => clearTimeout(t);
  }, [cy, classes, readyKey]);
  return counts;
}
