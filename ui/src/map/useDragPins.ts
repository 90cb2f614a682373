import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import { keepPositions } from '../state/positionStore';
import type { PersistLayout, PositionChange } from '../state/useSavedLayout';

/**
 * A node dragged and let go is pinned where it was dropped (a re-layout leaves it there)
 * and saved; a box dragged moves its members, saved without pinning them.
 */
export function useDragPins(cy: Core | null, layoutKey: string, persist: PersistLayout): void {
  useEffect(() => {
    if (!cy) return;
    const onDrop = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const box = node.data('kind') === 'GROUP';
      if (!box) node.data('pinned', true);
      const moved: NodeSingular[] = box
        ? node.descendants().filter('[kind != "GROUP"]').nodes().toArray()
        : [node];
      const changes: PositionChange[] = moved.map((n) => ({
        id: n.id(),
        ...n.position(),
        pinned: !!n.data('pinned'),
      }));
      keepPositions(layoutKey, changes, persist);
    };
    cy.on('dragfree', 'node', onDrop);
    return () => {
      cy.off('dragfree', 'node', onDrop);
    };
  }, [cy, layoutKey, persist]);
}
