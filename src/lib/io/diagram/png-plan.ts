/**
 * What a PNG export will be, worked out before anything is drawn: where the
 * map and the legend go (in CSS pixels), and for every size the menu offers,
 * the scale and the exact pixel size it gives. The menu shows the same plan
 * the renderer follows, so an option that would give the same image as
 * another (say 3× and 4× of a map too large for either) says so.
 */
import type { Core } from 'cytoscape';
import { PNG_SIZES, type PngSize, type Scope } from './options';
import { legendScale, legendSize } from './legend';
import { capScale } from './scale';
import { exportSize, withExportScope } from './scope';

interface Size {
  width: number;
  height: number;
}

/** The default size's limit: 25 megapixels, which slide software and e-mail take comfortably. */
export const SLIDE_MAX_PIXELS = 25_000_000;
/** The default size's scale when that limit allows: sharp on high-density screens and projectors. */
const SLIDE_SCALE = 2;
/** White space around the map, in CSS pixels. */
export const PNG_MARGIN = 24;
/** Space between the map and the legend, in CSS pixels. */
export const LEGEND_GAP = 16;

export interface PngLayout {
  /** The whole image, in CSS pixels. */
  width: number;
  height: number;
  /** Where the map's own image goes. */
  map: { x: number; y: number; width: number; height: number };
  /** Where the legend goes, and how much it is enlarged (see `legendScale`). */
  legend?: { x: number; y: number; width: number; height: number; scale: number };
}

/** Lays out a map of `map` CSS pixels, with a margin, and the legend below when asked. */
export function pngLayout(map: Size, legend: boolean): PngLayout {
  const margin = PNG_MARGIN;
  const drawn = { x: margin, y: margin, width: map.width, height: map.height };
  if (!legend) {
    return { width: map.width + 2 * margin, height: map.height + 2 * margin, map: drawn };
  }
  const scale = legendScale(map.height + 2 * margin, LEGEND_GAP);
  const natural = legendSize();
  const box = {
    x: margin,
    y: margin + map.height + LEGEND_GAP,
    width: natural.width * scale,
    height: natural.height * scale,
    scale,
  };
  return {
    width: Math.max(map.width, box.width) + 2 * margin,
    height: box.y + box.height + margin,
    map: drawn,
    legend: box,
  };
}

/** Pixel size at `scale`; canvases have whole pixels. */
const pixels = (layout: Size, scale: number) => ({
  width: Math.round(layout.width * scale),
  height: Math.round(layout.height * scale),
});

/** The largest scale up to SLIDE_SCALE whose image has at most SLIDE_MAX_PIXELS. */
function slideScale(layout: Size): number {
  let scale = Math.min(SLIDE_SCALE, Math.sqrt(SLIDE_MAX_PIXELS / (layout.width * layout.height)));
  scale = Math.floor(scale * 1000) / 1000;
  // Rounding to whole pixels can add a row or column; step down until it fits.
  for (;;) {
    const { width, height } = pixels(layout, scale);
    if (width * height <= SLIDE_MAX_PIXELS || scale <= 0.001) return scale;
    scale -= 0.001;
  }
}

/** Each size's requested scale for a layout. */
export const PNG_SIZE_SCALE: Readonly<Record<PngSize, (layout: Size) => number>> = {
  slide: slideScale,
  '1x': () => 1,
  '2x': () => 2,
  '3x': () => 3,
  '4x': () => 4,
  '1920px': (layout) => 1920 / layout.width,
  '3840px': (layout) => 3840 / layout.width,
  '7680px': (layout) => 7680 / layout.width,
};

export interface PngChoice {
  size: PngSize;
  /** The scale asked for, before the canvas limits. */
  requested: number;
  /** The scale the image is drawn at. */
  scale: number;
  /** The image's size in pixels. */
  width: number;
  height: number;
  /** True when the browser's canvas limits forced a smaller scale than asked. */
  capped: boolean;
  /** An earlier size that gives exactly the same image, if any. */
  sameAs?: PngSize;
}

/** Every size the menu offers, in menu order, for `layout`. */
export function pngChoices(layout: PngLayout): PngChoice[] {
  const choices: PngChoice[] = [];
  for (const size of PNG_SIZES) {
    const requested = PNG_SIZE_SCALE[size](layout);
    const { scale, capped } = capScale(layout.width, layout.height, requested);
    const { width, height } = pixels(layout, scale);
    const twin = choices.find(
      (other) => other.sameAs === undefined && other.width === width && other.height === height,
    );
    choices.push({
      size,
      requested,
      scale,
      width,
      height,
      capped,
      ...(twin ? { sameAs: twin.size } : {}),
    });
  }
  return choices;
}

/** The size, in CSS pixels, of what a PNG of `scope` shows of the map now. */
export const measureMap = (cy: Core, scope: Scope): Size =>
  withExportScope(cy, scope, () => exportSize(cy));
