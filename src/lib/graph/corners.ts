/**
 * Where a panel floating over the map goes (the legend, the overview), so
 * it never covers the selected statement (nor, when asked, other boxes): the first of its corners where it
 * fits open clear of the selection, else the first where it fits folded.
 * Pure: sizes and boxes in, a placement out.
 */
import type { Box, Size } from './viewport';

export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';

export interface Placement {
  corner: Corner;
  /** Shown open, or folded to its button. */
  open: boolean;
}

export interface PlaceOptions {
  /** The canvas's size. */
  screen: Size;
  /** The panel's size open, and folded to its button. */
  open: Size;
  folded: Size;
  /** The corners it may take, the preferred first. */
  corners: readonly Corner[];
  /** The box to keep clear of (the selected statement), in the canvas's pixels. */
  avoid: Box | null;
  /** More boxes to keep clear of, likewise (the statements of a fitted map). */
  keepClear?: readonly Box[];
  /** Whether it may be open at all (the reader folded it). */
  wantOpen: boolean;
  /** Distance from the canvas's edges. */
  margin?: number;
}

/** The box a panel of `size` takes in `corner` of `screen`. */
export function boxInCorner(corner: Corner, size: Size, screen: Size, margin = 12): Box {
  const left = corner.endsWith('left');
  const top = corner.startsWith('top');
  const x1 = left ? margin : screen.width - margin - size.width;
  const y1 = top ? margin : screen.height - margin - size.height;
  return { x1, y1, x2: x1 + size.width, y2: y1 + size.height };
}

export const sameSize = (a: Size, b: Size): boolean => a.width === b.width && a.height === b.height;

export const overlaps = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The first corner where the panel fits open without covering `avoid`, then
 * the first where it fits folded; folded in the first corner when neither
 * does (the selection fills the screen).
 */
export function placeClear(options: PlaceOptions): Placement {
  const { screen, corners, avoid, margin } = options;
  const boxes = avoid === null ? (options.keepClear ?? []) : [avoid, ...(options.keepClear ?? [])];
  const clear = (corner: Corner, size: Size) => {
    const panel = boxInCorner(corner, size, screen, margin);
    return boxes.every((box) => !overlaps(panel, box));
  };
  if (options.wantOpen) {
    const corner = corners.find((c) => clear(c, options.open));
    if (corner !== undefined) return { corner, open: true };
  }
  const corner = corners.find((c) => clear(c, options.folded)) ?? corners[0]!;
  return { corner, open: false };
}

/**
 * Where a panel starts on a newly drawn map: its corners reordered so the
 * first is one where it fits open clear of every statement on screen, or
 * folded when there is none. Decided once per map, so the panel does not
 * jump about while the reader pans; after that only the selection moves it.
 */
export function startPlacement(
  options: Omit<PlaceOptions, 'avoid' | 'keepClear' | 'wantOpen'> & { statements: readonly Box[] },
): { corners: Corner[]; open: boolean } {
  const start = placeClear({
    ...options,
    avoid: null,
    keepClear: options.statements,
    wantOpen: true,
  });
  if (!start.open) return { corners: [...options.corners], open: false };
  return {
    corners: [start.corner, ...options.corners.filter((corner) => corner !== start.corner)],
    open: true,
  };
}
