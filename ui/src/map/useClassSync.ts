import type { Core } from 'cytoscape';
import { useEffect } from 'react';

/**
 * Applies state classes (absent, diff-*, dimmed, match, highlight) on top of each element's
 * base classes, touching only elements whose classes changed.
 */
export function useClassSync(
  cy: Core | null,
  classes: Map<string, string>,
  syncKey: unknown,
): void {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        const base = String(ele.data('base') ?? '');
        const want = `${base} ${classes.get(ele.id()) ?? ''}`.trim();
        const have = ele.classes().join(' ');
        if (want !== have) ele.classes(want);
      });
    });
    performance.mark('iw:classes-synced');
  }, [cy, classes, syncKey]);
}
