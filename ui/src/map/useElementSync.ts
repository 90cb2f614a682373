import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { placeNewNodes } from '../model/layout';
import { positionsFor, savePositions } from '../state/positionStore';
import { runLayout } from './layoutRunner';

/**
 * Keeps the instance's elements equal to `elements` (one batch), and positions stable: the
 * first time a layout key is seen every node is laid out; afterwards known nodes keep their
 * positions and new ones are placed beside their neighbours. Returns the key laid out, once
 * positions are final (the map is "ready").
 */
export function useElementSync(
  cy: Core | null,
  elements: ElementDefinition[],
  layoutKey: string,
): string | null {
  const [ready, setReady] = useState<string | null>(null);
  useEffect(() => {
    if (!cy) return;
    let live = true;
    // A layout still running for the previous elements must not keep moving these.
    let stop = () => {};
    const wanted = new Set(elements.map((e) => String(e.data.id)));
    const known = positionsFor(layoutKey);
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
          data: { ...e.data, base: e.classes ?? '' },
          position: known?.get(String(e.data.id)),
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
      queueMicrotask(() => live && setReady(layoutKey));
    } else if (known) {
      const missing = plain.filter((n) => !known.has(n.id())).map((n) => n.id());
      const edges = cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
      const placed = placeNewNodes(missing, edges, known);
      savePositions(layoutKey, placed);
      cy.batch(() =>
        plain.forEach((n) => void n.position((known.get(n.id()) ?? placed.get(n.id()))!)),
      );
      queueMicrotask(() => live && setReady(layoutKey));
    } else {
      const layout = runLayout(cy);
      stop = layout.stop;
      layout.done
        .then((positions) => {
          performance.mark('iw:layout-done');
          savePositions(layoutKey, positions);
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
  }, [cy, elements, layoutKey]);
  return ready;
}
