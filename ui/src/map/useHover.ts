import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';

export interface Hovered {
  id: string;
  /** Where the node is drawn, in pixels from the canvas's top-left corner. */
  x: number;
  y: number;
}

/**
 * The node under the pointer, and its neighbourhood highlighted: everything that is not the
 * node, its ties or the actors at their other ends is faded (class hover-faded) until the
 * pointer leaves. Boxes are not hovered.
 */
export function useHover(cy: Core | null): Hovered | null {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  useEffect(() => {
    if (!cy) return;
    const over = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('compound') || node.hasClass('absent')) return;
      const near = node.closedNeighborhood().not('.absent');
      cy.batch(() => {
        cy.elements().not(near).not('.compound').addClass('hover-faded');
      });
      const p = node.renderedPosition();
      setHovered({ id: node.id(), x: p.x, y: p.y });
    };
    const out = () => {
      cy.batch(() => void cy.elements('.hover-faded').removeClass('hover-faded'));
      setHovered(null);
    };
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    // The tooltip is placed for one viewport; moving the map, or leaving it, hides it.
    cy.on('viewport', out);
    const container = cy.container();
    container?.addEventListener('mouseleave', out);
    return () => {
      cy.off('mouseover', 'node', over);
      cy.off('mouseout', 'node', out);
      cy.off('viewport', out);
      container?.removeEventListener('mouseleave', out);
    };
  }, [cy]);
  return hovered;
}
