import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';

export interface TapTarget {
  id: string;
  group: 'nodes' | 'edges';
}

/** Taps on nodes and edges select them; a tap on the background clears the selection. */
export function useCanvasEvents(cy: Core | null, onTap: (target: TapTarget | null) => void): void {
  useEffect(() => {
    if (!cy) return;
    const handler = (event: EventObject) => {
      if (event.target === cy) onTap(null);
      else {
        const ele = event.target as cytoscape.SingularElementReturnValue;
        if (ele.hasClass('compound')) return;
        onTap({ id: ele.id(), group: ele.isNode() ? 'nodes' : 'edges' });
      }
    };
    cy.on('tap', handler);
    return () => {
      cy.off('tap', handler);
    };
  }, [cy, onTap]);
}
