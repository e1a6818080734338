/**
 * After a fold opens, the reasons it revealed should be on screen, not below
 * its edge: the smallest pan that brings the statement acted on and its
 * revealed reasons into view, zooming out first (never below a readable
 * size) when they cannot fit at the current zoom. Pure, like viewport.ts.
 */
import type { Box, Point, Size } from './viewport';

/** Room kept between what is brought into view and the screen's edges, in screen pixels. */
export const KEEP_MARGIN = 24;

/**
 * The shift along one axis that brings [lo, hi] inside [from, to]; when it
 * cannot fit, it shows as much as it can from its start without losing the
 * anchor's span [anchorLo, anchorHi].
 */
function shiftAlong(
  lo: number,
  hi: number,
  anchorLo: number,
  anchorHi: number,
  from: number,
  to: number,
): number {
  if (hi - lo <= to - from) return lo < from ? from - lo : hi > to ? to - hi : 0;
  let shift = from - lo;
  if (anchorHi + shift > to) shift = to - anchorHi;
  return shift;
}

/**
 * The pan, from `pan`, that brings `box` (model space, holding `anchor`) into
 * the part of the screen not covered by a panel on the right, moving as
 * little as it can; `pan` itself when all of it is in view already.
 */
export function panToInclude(
  pan: Point,
  zoom: number,
  box: Box,
  anchor: Box,
  screen: Size,
  rightInset = 0,
): Point {
  const at = (value: number, offset: number) => value * zoom + offset;
  const right = Math.max(screen.width - Math.max(0, rightInset), screen.width / 3) - KEEP_MARGIN;
  return {
    x:
      pan.x +
      shiftAlong(
        at(box.x1, pan.x),
        at(box.x2, pan.x),
        at(anchor.x1, pan.x),
        at(anchor.x2, pan.x),
        KEEP_MARGIN,
        right,
      ),
    y:
      pan.y +
      shiftAlong(
        at(box.y1, pan.y),
        at(box.y2, pan.y),
        at(anchor.y1, pan.y),
        at(anchor.y2, pan.y),
        KEEP_MARGIN,
        screen.height - KEEP_MARGIN,
      ),
  };
}

/**
 * The zoom at which `box` (model space) fits the part of the screen
 * panToInclude uses: `zoom` itself when it fits already, otherwise smaller,
 * but never below `least` (where labels stop being readable). On a 560 px
 * laptop window, takeaway 2 with its two linked premises stacked under it is
 * 479 px tall at 0.85 and needs 0.82.
 */
export function zoomToInclude(
  zoom: number,
  box: Box,
  screen: Size,
  least: number,
  rightInset = 0,
): number {
  const right = Math.max(screen.width - Math.max(0, rightInset), screen.width / 3) - KEEP_MARGIN;
  const width = right - KEEP_MARGIN;
  const height = screen.height - 2 * KEEP_MARGIN;
  const fits = Math.min(
    width / Math.max(box.x2 - box.x1, 1),
    height / Math.max(box.y2 - box.y1, 1),
  );
  return fits >= zoom ? zoom : Math.max(Math.min(zoom, least), fits);
}
