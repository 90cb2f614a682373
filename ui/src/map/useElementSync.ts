import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { placeNewNodes, type Point } from '../model/layout';
import { positionsFor, savePositions } from '../state/positionStore';
import type { PersistLayout, SavedLayout } from '../state/useSavedLayout';
import { runLayout } from './layoutRunner';

/** Every plain node's position as drawn, with its pin. */
function copyOf(p: Point | undefined): Point | undefined {
  return p ? { x: p.x, y: p.y } : undefined;
}

export function drawnPositions(cy: Core): { id: string; x: number; y: number; pinned: boolean }[] {
  return cy.nodes('[kind != "GROUP"]').map((n) => ({
    id: n.id(),
    ...n.position(),
    pinned: !!n.data('pinned'),
  }));
}

/**
 * Keeps the instance's elements equal to `elements` (one batch), and positions stable and
 * shared: positions come from this session's store, else from the council's saved layout;
 * with neither every node is laid out (by the saved algorithm) and the result saved for
 * everyone; nodes that are new since are placed beside their neighbours and saved too.
 * Waits while the saved layout loads (`saved` null). Returns the key laid out, once
 * positions are final (the map is "ready").
 */
export function useElementSync(
  cy: Core | null,
  elements: ElementDefinition[],
  layoutKey: string,
  saved: SavedLayout | null,
  persist: PersistLayout,
): string | null {
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    if (!cy || !saved) return;
    let live = true;
    // A layout still running for the previous elements must not keep moving these.
    let stop = () => {};
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    const session = positionsFor(layoutKey);
    const known: Map<string, Point> | undefined =
      session ?? (saved.positions.size > 0 ? saved.positions : undefined);
    performance.mark('iw:elements-sync-start');
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) ele.remove();
      });
      // Parents before children, nodes before edges (toElements keeps that order).
      const fresh = elements.filter((e) => cy.getElementById(String(e.data.id)).empty());
      const isFresh = new Set(fresh);
      cy.add(
        fresh.map((e) => ({
          ...e,
          data: { ...e.data, base: e.classes ?? '', pinned: saved.pinned.has(String(e.data.id)) },
          // A copy: Cytoscape keeps the object it is given as the node's live position, so
          // handing it the stored one let later layouts (another grouping's) rewrite this
          // key's positions, and "No boxes" after boxes came back as a mix of box layouts.
          position: copyOf(known?.get(String(e.data.id))),
        })),
      );
      for (const e of elements) {
        if (isFresh.has(e)) continue;
        const ele = cy.getElementById(String(e.data.id));
        if (ele.empty()) continue;
        ele.data({ ...e.data, base: e.classes ?? '' });
        // A parent is not data to Cytoscape: a node changes box (grouping switched on, off
        // or to another kind) only by moving it.
        const parent = (e.data.parent as string | undefined) ?? null;
        if (ele.isNode() && (ele.parent().first().id() ?? null) !== parent) {
          (ele as NodeSingular).move({ parent });
        }
      }
    });
    performance.mark('iw:elements-added');
    const plain = cy.nodes('[kind != "GROUP"]');
    if (known && plain.toArray().every((n) => known.has(n.id()))) {
      cy.batch(() => plain.forEach((n) => void n.position(known.get(n.id())!)));
      // The saved picture, seen for the first time here: all of it, as after a layout.
      if (!session) {
        savePositions(layoutKey, known);
        cy.fit(undefined, 30);
      }
      queueMicrotask(() => live && setReady(layoutKey));
    } else if (known) {
      const missing = plain.filter((n) => !known.has(n.id())).map((n) => n.id());
      const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
      const placed = placeNewNodes(missing, edges, known);
      savePositions(layoutKey, known);
      savePositions(layoutKey, placed);
      cy.batch(() =>
        plain.forEach((n) => void n.position((known.get(n.id()) ?? placed.get(n.id()))!)),
      );
      if (saved.trusted) {
        persist([...placed].map(([id, p]) => ({ id, ...p, pinned: false })));
      }
      if (!session) cy.fit(undefined, 30);
      queueMicrotask(() => live && setReady(layoutKey));
    } else {
      const layout = runLayout(cy, saved.algorithm);
      stop = layout.stop;
      layout.done
        .then(() => {
          performance.mark('iw:layout-done');
          const drawn = drawnPositions(cy);
          savePositions(layoutKey, new Map(drawn.map((p) => [p.id, { x: p.x, y: p.y }])));
          if (saved.trusted) persist(drawn, { replace: true, algorithm: saved.algorithm });
          if (!live) return;
          cy.fit(undefined, 30);
          setReady(layoutKey);
        })
        .catch(() => live && setReady(layoutKey));
    }
    return () => {
      live = false;
      stop();
    };
  }, [cy, elements, layoutKey, saved, persist]);
  return ready;
}
