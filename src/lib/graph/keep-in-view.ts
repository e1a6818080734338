/**
 * After a fold opens, the reasons it revealed should be on screen, not below
 * its edge: the smallest pan that brings the statement acted on and its
 * revealed reasons into view. Pure, like viewport.ts.
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
