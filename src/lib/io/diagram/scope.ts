import type { Core } from 'cytoscape';
import { STATE, TRANSIENT } from '../../graph/classes';
import type { Scope } from './options';

/**
 * Runs `render` with the canvas showing exactly what the export should:
 * hover dimming, search marks and the selection are set aside, and for a
 * `whole` export the filtered elements are shown too. A `view` export keeps
 * them hidden (`display: none`), so Cytoscape neither draws them nor counts
 * them in the bounds it fits a full image to. Everything is put back before
 * the next frame, so the user never sees the change.
 */
export function withExportScope<T>(cy: Core, scope: Scope, render: () => T): T {
  const filtered = scope === 'whole' ? cy.elements(`.${STATE.filtered}`) : cy.collection();
  const hits = cy.nodes(`.${STATE.hit}`);
  const selected = cy.$(':selected');
  cy.batch(() => {
    cy.elements().removeClass(TRANSIENT.join(' '));
    filtered.removeClass(STATE.filtered);
    selected.unselect();
  });
  try {
    return render();
  } finally {
    cy.batch(() => {
      filtered.addClass(STATE.filtered);
      hits.addClass(STATE.hit);
      selected.select();
    });
  }
}

/**
 * The size, in model units at zoom 1, that an export covers: everything the
 * scope shows, however the screen is zoomed or panned. Call it inside
 * `withExportScope`, so the bounds are those of what will be drawn.
 */
export function exportSize(cy: Core): { width: number; height: number } {
  const box = cy.elements().not(`.${STATE.filtered}`).boundingBox();
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}
