import type { Core } from 'cytoscape';
import type { Scope } from './options';

/**
 * Runs `render` with the canvas showing exactly what the export should:
 * hover dimming, search marks and the selection are set aside, and for a
 * `whole` export the filtered elements are shown too. Everything is put back
 * before the next frame, so the user never sees the change.
 */
export function withExportScope<T>(cy: Core, scope: Scope, render: () => T): T {
  const filtered = scope === 'whole' ? cy.elements('.filtered') : cy.collection();
  const hits = cy.nodes('.hit');
  const selected = cy.$(':selected');
  cy.batch(() => {
    cy.elements().removeClass('faded emphasis hit');
    filtered.removeClass('filtered');
    selected.unselect();
  });
  try {
    return render();
  } finally {
    cy.batch(() => {
      filtered.addClass('filtered');
      hits.addClass('hit');
      selected.select();
    });
  }
}

/** The size, in model units at zoom 1 (whole) or screen pixels (view), that an export covers. */
export function exportSize(cy: Core, scope: Scope): { width: number; height: number } {
  if (scope === 'view') return { width: cy.width(), height: cy.height() };
  const box = cy.elements().not('.filtered').boundingBox();
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}
