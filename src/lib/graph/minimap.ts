/**
 * The overview's maths: the whole map shrunk into a small box, the main
 * view's rectangle inside it, and the pan that a point or a key in the
 * overview asks for. Pure functions of boxes and sizes, unit-tested without
 * a canvas; `MinimapView` only draws and applies what they return.
 */
import type { Box, Point, Size, Viewport } from './viewport';

/** How model space maps into the overview: `overview = model × scale + offset`. */
export interface Frame {
  scale: number;
  offset: Point;
}

/** Room left around the map inside the overview, in its pixels. */
export const OVERVIEW_PADDING = 6;

/** The frame that fits `box` into an overview of `size`, centred, keeping its proportions. */
export function overviewFrame(box: Box, size: Size, padding = OVERVIEW_PADDING): Frame {
  const width = Math.max(box.x2 - box.x1, 1);
  const height = Math.max(box.y2 - box.y1, 1);
  const scale = Math.max(
    Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height),
    1e-6,
  );
  return {
    scale,
    offset: {
      x: size.width / 2 - ((box.x1 + box.x2) / 2) * scale,
      y: size.height / 2 - ((box.y1 + box.y2) / 2) * scale,
    },
  };
}

export const toOverview = (frame: Frame, point: Point): Point => ({
  x: point.x * frame.scale + frame.offset.x,
  y: point.y * frame.scale + frame.offset.y,
});

export const fromOverview = (frame: Frame, point: Point): Point => ({
  x: (point.x - frame.offset.x) / frame.scale,
  y: (point.y - frame.offset.y) / frame.scale,
});

/** The part of the map the main view shows (a `screen` at `viewport`), as a box in the overview. */
export function viewRect(viewport: Viewport, screen: Size, frame: Frame): Box {
  const { zoom, pan } = viewport;
  const topLeft = toOverview(frame, { x: -pan.x / zoom, y: -pan.y / zoom });
  const bottomRight = toOverview(frame, {
    x: (screen.width - pan.x) / zoom,
    y: (screen.height - pan.y) / zoom,
  });
  return { x1: topLeft.x, y1: topLeft.y, x2: bottomRight.x, y2: bottomRight.y };
}

/** The main view's pan that puts the map point under overview point `at` in the screen's centre. */
export function panToCentre(at: Point, zoom: number, screen: Size, frame: Frame): Point {
  const model = fromOverview(frame, at);
  return { x: screen.width / 2 - model.x * zoom, y: screen.height / 2 - model.y * zoom };
}

export type PanKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

const KEY_DIRECTION: Record<PanKey, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

export const isPanKey = (key: string): key is PanKey => Object.hasOwn(KEY_DIRECTION, key);

/**
 * The pan after an arrow key in the overview: the view moves over the map by
 * a quarter of the screen in that direction (a whole screen with `far`), so
 * the map itself moves the other way.
 */
export function panByKey(key: PanKey, pan: Point, screen: Size, far = false): Point {
  const share = far ? 1 : 0.25;
  const direction = KEY_DIRECTION[key];
  return {
    x: pan.x - direction.x * screen.width * share,
    y: pan.y - direction.y * screen.height * share,
  };
}
