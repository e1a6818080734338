/**
 * Viewport maths: where the camera goes for fit, the opening view, a reveal
 * and a zoom step. Pure functions of boxes and sizes, so they are unit-tested
 * without a canvas; `GraphView` only applies what they return.
 */
import type { Direction } from './direction';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export const VIEWPORT = {
  /** Zoom limits: past these the map is either a speck or one letter. */
  minZoom: 0.05,
  maxZoom: 3,
  /** Room left around a fitted map, in screen pixels. */
  fitPadding: 40,
  /** Fit never blows a small map up past a comfortable reading size. */
  fitMaxZoom: 1.2,
  /**
   * Below this zoom the smallest labels (12 px) are drawn under 9 px, the
   * opening view's threshold (READABLE_PX): the opening view then starts at
   * the thesis instead of fitting everything. (At 0.55, the letter opened
   * fitted with its labels at 6.6 to 8.9 px.)
   */
  readableZoom: 0.75,
  /** The opening view of a map too large to read whole: labels at nearly their designed size. */
  startZoom: 0.85,
  /** A revealed statement is shown at least this large. */
  revealZoom: 0.7,
  /**
   * Extra room above a focused line, beyond the fit padding: the focus bar
   * floats there, its bottom 68 px down at 1280 px wide and 88 px at 390 px,
   * where its text takes two lines.
   */
  bannerRoom: 50,
} as const;

/** The model-space box around some nodes, from their centres and sizes; null when there are none. */
export function boxOf(nodes: Iterable<Point & Size>): Box | null {
  let box: Box | null = null;
  for (const { x, y, width, height } of nodes) {
    box ??= { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    box.x1 = Math.min(box.x1, x - width / 2);
    box.x2 = Math.max(box.x2, x + width / 2);
    box.y1 = Math.min(box.y1, y - height / 2);
    box.y2 = Math.max(box.y2, y + height / 2);
  }
  return box;
}

const clampZoom = (zoom: number): number =>
  Math.min(VIEWPORT.maxZoom, Math.max(VIEWPORT.minZoom, zoom));

/** The viewport that centres `box` on a `screen`, as large as fits but no larger than `fitMaxZoom`. */
export function fitViewport(box: Box, screen: Size): Viewport {
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(
    VIEWPORT.fitMaxZoom,
    clampZoom(
      Math.min(
        (screen.width - 2 * VIEWPORT.fitPadding) / width,
        (screen.height - 2 * VIEWPORT.fitPadding) / height,
      ),
    ),
  );
  return {
    zoom,
    pan: {
      x: screen.width / 2 - ((box.x1 + box.x2) / 2) * zoom,
      y: screen.height / 2 - ((box.y1 + box.y2) / 2) * zoom,
    },
  };
}

/** The least room left on each side of the thesis and its reasons when they are centred. */
const HEAD_MARGIN = 16;
/** The least zoom the head is shown at: the smallest label (12 px) drawn at 9 px. */
const HEAD_MIN_ZOOM = 0.75;

/**
 * The opening view: the whole of `shown` when it is legible fitted, otherwise
 * the thesis at a readable size where the argument starts (top centre, or
 * middle left in a left-to-right layout). `head` is the thesis with its
 * direct reasons: when it fits across the screen at that size, or a little
 * smaller while its labels stay readable, it is centred instead, so a phone shows the takeaways beside the thesis rather than cut
 * off at the edge. Null when nothing is shown.
 */
export function openingViewport(
  shown: Box | null,
  thesis: Box | null,
  screen: Size,
  direction: Direction,
  head: Box | null = thesis,
): Viewport | null {
  if (shown === null) return null;
  const fitted = fitViewport(shown, screen);
  if (fitted.zoom >= VIEWPORT.readableZoom || thesis === null) return fitted;
  const room = (direction === 'TB' ? screen.width : screen.height) - 2 * HEAD_MARGIN;
  const across = (box: Box) => (direction === 'TB' ? box.x2 - box.x1 : box.y2 - box.y1);
  // Zoomed out a little, if need be, for the head to fit: the letter's is 436 px across, and a
  // 390 px phone has 358 px of room (0.82).
  const headZoom = head === null ? 0 : Math.min(VIEWPORT.startZoom, room / across(head));
  const fits = headZoom >= HEAD_MIN_ZOOM;
  const zoom = fits ? headZoom : VIEWPORT.startZoom;
  const middle = fits && head !== null ? head : thesis;
  const centre = { x: (middle.x1 + middle.x2) / 2, y: (middle.y1 + middle.y2) / 2 };
  const pan: Record<Direction, Point> = {
    TB: { x: screen.width / 2 - centre.x * zoom, y: VIEWPORT.fitPadding - thesis.y1 * zoom },
    LR: { x: VIEWPORT.fitPadding - thesis.x1 * zoom, y: screen.height / 2 - centre.y * zoom },
  };
  return { zoom, pan: pan[direction] };
}

/**
 * The opening view of one focused line of argument: all of it, fitted below
 * the focus bar, even when that makes its labels too small to draw. A line
 * is shown to see its shape; zooming in reads it. (The thesis-first opening
 * view showed 2 of the 42 statements of the letter's first takeaway.)
 */
export function lineViewport(shown: Box | null, screen: Size): Viewport | null {
  if (shown === null) return null;
  const below = { width: screen.width, height: Math.max(screen.height - VIEWPORT.bannerRoom, 1) };
  const fitted = fitViewport(shown, below);
  return { zoom: fitted.zoom, pan: { x: fitted.pan.x, y: fitted.pan.y + VIEWPORT.bannerRoom } };
}

/**
 * Centres a point in the part of the screen not covered by a panel on the
 * right (`rightInset` pixels) or a sheet along the bottom (`bottomInset`, on
 * phones), but never in less than a third of the width or height, zooming
 * in when text would be unreadable.
 */
export function revealViewport(
  target: Point,
  currentZoom: number,
  screen: Size,
  rightInset = 0,
  bottomInset = 0,
): Viewport {
  const zoom = clampZoom(Math.max(currentZoom, VIEWPORT.revealZoom));
  const visibleWidth = Math.max(screen.width - Math.max(0, rightInset), screen.width / 3);
  const visibleHeight = Math.max(screen.height - Math.max(0, bottomInset), screen.height / 3);
  return {
    zoom,
    pan: { x: visibleWidth / 2 - target.x * zoom, y: visibleHeight / 2 - target.y * zoom },
  };
}

/** One zoom step about the screen's centre, within the limits. */
export function zoomStep(current: number, factor: number): number {
  return clampZoom(current * factor);
}
