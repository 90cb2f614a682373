import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';

/**
 * Where a node is drawn on the canvas (rendered pixels, its top-right corner), kept up to
 * date as the map pans, zooms or the node moves; null when it is not drawn.
 */
export function useNodeAnchor(
  cy: Core | null,
  id: string | null,
  readyKey: string | null,
): { x: number; y: number } | null {
  const [at, setAt] = useState<{ id: string; x: number; y: number } | null>(null);
  useEffect(() => {
    if (!cy || !id) return;
    const node = cy.getElementById(id);
    if (node.empty() || !node.isNode()) return;
    const read = () => {
      const box = node.renderedBoundingBox({ includeLabels: false });
      setAt({ id, x: box.x2, y: box.y1 });
    };
    read();
    cy.on('viewport', read);
    node.on('position', read);
    return () => {
      cy.off('viewport', read);
      node.off('position', undefined, read);
    };
  }, [cy, id, readyKey]);
  return at && at.id === id ? { x: at.x, y: at.y } : null;
}
