import type { Core } from 'cytoscape';

/** Zooms about the middle of the view (cy.zoom(level) alone zooms about the top-left corner). */
export function zoomCentred(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}
