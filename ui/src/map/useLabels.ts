import type { Core, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { labelFontSize, placeLabels, sideStyle, type LabelCandidate } from '../model/labels';
import { LABEL_FONT_FAMILY, LABEL_MARGIN } from '../model/style';

/** Time the view must rest before labels are placed again (they are hidden while it moves). */
const SETTLE_MS = 120;

/**
 * Names as many nodes as fit without overlap at the current zoom (model/labels.ts), at a
 * legible size: sets data `labelled` and `labelFont`, which the stylesheet draws. Runs again
 * when the view settles, the selection changes or what is drawn changes. The result is kept
 * in scratch 'labels' (zoom, count), which tests read to know placement has caught up.
 */
export function useLabels(cy: Core | null, syncKey: unknown, classes: unknown, on: boolean): void {
  useEffect(() => {
    // Only a drawn network (syncKey set once its positions are final) is labelled.
    if (!cy || !on || syncKey === null) return;
    const ctx = document.createElement('canvas').getContext('2d');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const place = () => {
      const zoom = cy.zoom();
      const font = labelFontSize(zoom);
      const fontPx = font * zoom;
      if (ctx) ctx.font = `${fontPx}px ${LABEL_FONT_FAMILY}`;
      const widths = new Map<string, number>();
      const measure = (label: string) => {
        let w = widths.get(label);
        if (w === undefined) {
          w = ctx ? ctx.measureText(label).width : label.length * fontPx * 0.6;
          widths.set(label, w);
        }
        return w;
      };
      const nodes = cy.nodes('[kind != "GROUP"]').filter((n) => !n.hasClass('absent'));
      const candidates: LabelCandidate[] = nodes.map((n: NodeSingular) => {
        const p = n.renderedPosition();
        return {
          id: n.id(),
          label: String(n.data('label') ?? ''),
          x: p.x,
          y: p.y,
          size: n.renderedOuterHeight(),
          priority: Number(n.data('size') ?? 0),
          selected: n.selected(),
        };
      });
      const shown = placeLabels(candidates, measure, fontPx, LABEL_MARGIN * zoom, {
        width: cy.width(),
        height: cy.height(),
      });
      cy.batch(() => {
        cy.nodes('[kind != "GROUP"]').forEach((n) => {
          const side = shown.get(n.id());
          if (n.data('labelled') !== !!side) n.data('labelled', !!side);
          if (!side) return;
          if (n.data('labelFont') !== font) n.data('labelFont', font);
          if (n.data('labelSide') !== side) {
            n.data({ labelSide: side, ...sideStyle(side, LABEL_MARGIN) });
          }
        });
      });
      cy.scratch('labels', { zoom, pan: cy.pan(), count: shown.size });
    };
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(place, SETTLE_MS);
    };
    later();
    cy.on('viewport resize', later);
    cy.on('select unselect dragfree', 'node', later);
    return () => {
      clearTimeout(timer);
      cy.off('viewport resize', later);
      cy.off('select unselect dragfree', 'node', later);
    };
  }, [cy, syncKey, classes, on]);
}
