/**
 * Where the selected statement is on screen, kept up to date as the view
 * pans, zooms and re-lays out, so what floats over the map (the legend, the
 * overview) can move out of its way; and whether the whole drawn map is in
 * view, when an overview of it has nothing to add. Computed from the nodes'
 * positions and sizes, not Cytoscape's rendered bounding boxes, which would
 * style them first.
 */
import type { Core } from 'cytoscape';
import { STATE } from './classes';
import type { Box, Size } from './viewport';

export interface SelectionOnScreen {
  /** The selected statement's box in the canvas's pixels; null when none is selected or drawn. */
  selected: Box | null;
  /** The canvas's size. */
  screen: Size;
  /** Every drawn statement is inside the canvas (false while nothing is drawn). */
  whole: boolean;
  /**
   * The boxes of the statements on screen, in the canvas's pixels, when at
   * most STATEMENTS_LISTED are drawn (else empty): the legend and the
   * overview choose where to start from them.
   */
  statements: Box[];
}

/** Above this many statements the list is not kept: the map is too small on screen to matter. */
export const STATEMENTS_LISTED = 300;

const EVENTS = 'viewport resize select unselect position add remove class';
/** The events after which the drawn map's box may have changed, not only the view. */
const CONTENT = 'position add remove class';

/** Reports the selection's box on screen at most once a frame while it may change; returns a stop. */
export function watchSelection(cy: Core, report: (state: SelectionOnScreen) => void): () => void {
  let scheduled = 0;
  // The drawn statements' boxes in model space: measured again only after the content changed
  // (a pass over every node), so panning and zooming cost a comparison.
  let drawn: Drawn | null = null;
  let stale = true;
  const measure = () => {
    scheduled = 0;
    if (cy.destroyed()) return;
    const screen = { width: cy.width(), height: cy.height() };
    if (stale) {
      drawn = drawnBoxes(cy);
      stale = false;
    }
    const zoom = cy.zoom();
    const pan = cy.pan();
    const toScreen = (box: Box): Box => ({
      x1: box.x1 * zoom + pan.x,
      y1: box.y1 * zoom + pan.y,
      x2: box.x2 * zoom + pan.x,
      y2: box.y2 * zoom + pan.y,
    });
    const all = drawn === null ? null : toScreen(drawn.all);
    const whole =
      all !== null &&
      all.x1 >= 0 &&
      all.y1 >= 0 &&
      all.x2 <= screen.width &&
      all.y2 <= screen.height;
    const statements = (drawn?.each ?? [])
      .map(toScreen)
      .filter((box) => box.x2 > 0 && box.y2 > 0 && box.x1 < screen.width && box.y1 < screen.height);
    const node = cy.nodes(':selected').first();
    if (node.empty() || node.hasClass(STATE.filtered)) {
      report({ selected: null, screen, whole, statements });
      return;
    }
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
      whole,
      statements,
    });
  };
  const schedule = () => {
    if (scheduled === 0) scheduled = requestAnimationFrame(measure);
  };
  const changed = () => {
    stale = true;
  };
  cy.on(CONTENT, changed);
  cy.on(EVENTS, schedule);
  schedule();
  return () => {
    cancelAnimationFrame(scheduled);
    if (!cy.destroyed()) {
      cy.off(EVENTS, schedule);
      cy.off(CONTENT, changed);
    }
  };
}

interface Drawn {
  /** The box around every drawn statement. */
  all: Box;
  /** Each one's box, when there are at most STATEMENTS_LISTED; else null. */
  each: Box[] | null;
}

/** The statements drawn (not filtered out), in model space; null when there are none. */
function drawnBoxes(cy: Core): Drawn | null {
  const all = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  let each: Box[] | null = [];
  cy.nodes('[kind]').forEach((node) => {
    if (node.hasClass(STATE.filtered)) return;
    const { x, y } = node.position();
    const halfWidth = (node.data('width') as number) / 2;
    const halfHeight = (node.data('height') as number) / 2;
    const box = { x1: x - halfWidth, y1: y - halfHeight, x2: x + halfWidth, y2: y + halfHeight };
    all.x1 = Math.min(all.x1, box.x1);
    all.y1 = Math.min(all.y1, box.y1);
    all.x2 = Math.max(all.x2, box.x2);
    all.y2 = Math.max(all.y2, box.y2);
    if (each === null) return;
    if (each.length < STATEMENTS_LISTED) each.push(box);
    else each = null;
  });
  return all.x1 === Infinity ? null : { all, each };
}
