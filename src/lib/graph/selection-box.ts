/**
 * Where the selected statement is on screen, kept up to date as the view
 * pans, zooms and re-lays out, so what floats over the map (the legend, the
 * overview) can move out of its way. Computed from the node's position and
 * size, not Cytoscape's rendered bounding box, which would style it first.
 */
import type { Core } from 'cytoscape';
import { STATE } from './classes';
import type { Box, Size } from './viewport';

export interface SelectionOnScreen {
  /** The selected statement's box in the canvas's pixels; null when none is selected or drawn. */
  selected: Box | null;
  /** The canvas's size. */
  screen: Size;
}

const EVENTS = 'viewport resize select unselect position add remove class';

/** Reports the selection's box on screen at most once a frame while it may change; returns a stop. */
export function watchSelection(cy: Core, report: (state: SelectionOnScreen) => void): () => void {
  let scheduled = 0;
  const measure = () => {
    scheduled = 0;
    if (cy.destroyed()) return;
    const screen = { width: cy.width(), height: cy.height() };
    const node = cy.nodes(':selected').first();
    if (node.empty() || node.hasClass(STATE.filtered)) {
      report({ selected: null, screen });
      return;
    }
    const zoom = cy.zoom();
    const pan = cy.pan();
    const { x, y } = node.position();
    const halfWidth = ((node.data('width') as number) * zoom) / 2;
    const halfHeight = ((node.data('height') as number) * zoom) / 2;
    const centreX = x * zoom + pan.x;
    const centreY = y * zoom + pan.y;
    report({
      selected: {
        x1: centreX - halfWidth,
        y1: centreY - halfHeight,
        x2: centreX + halfWidth,
        y2: centreY + halfHeight,
      },
      screen,
    });
  };
  const schedule = () => {
    if (scheduled === 0) scheduled = requestAnimationFrame(measure);
  };
  cy.on(EVENTS, schedule);
  schedule();
  return () => {
    cancelAnimationFrame(scheduled);
    if (!cy.destroyed()) cy.off(EVENTS, schedule);
  };
}
