/**
 * Paper sizes and the arithmetic of a tiled poster, in PDF points (1/72 in).
 * Pure, so the page count a map gets can be checked without a browser.
 */

export type Paper = 'a4' | 'letter';
export type Orientation = 'landscape' | 'portrait';

/** Portrait sizes: ISO A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
export const PAPER_SIZE: Readonly<Record<Paper, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export function pageSize(
  paper: Paper,
  orientation: Orientation,
): { width: number; height: number } {
  const { width, height } = PAPER_SIZE[paper];
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return orientation === 'landscape'
    ? { width: long, height: short }
    : { width: short, height: long };
}

export const POSTER = {
  /** Points per CSS pixel: the map printed at its on-screen size (96 px to the inch), so 12 px labels are 9 pt. */
  scale: 0.75,
  /** Blank border of every tile, holding the crop and registration marks (0.5 in). */
  margin: 36,
  /** How much of the drawing two neighbouring tiles both show, for gluing (0.25 in). */
  overlap: 18,
} as const;

export interface Tile {
  column: number;
  row: number;
  /** Where this tile's printable area starts in the drawing, in points. */
  x: number;
  y: number;
}

export interface PosterGrid {
  columns: number;
  rows: number;
  /** Printable area of each tile: the page less its margins. */
  area: { width: number; height: number };
  /** Row by row, left to right: the order the pages come in. */
  tiles: Tile[];
}

/**
 * How many tiles cover a drawing of `drawing` points on pages of `page`
 * points: each tile's printable area advances by its size less the overlap.
 * The drawing is centred in the area the tiles cover together.
 */
export function posterGrid(
  drawing: { width: number; height: number },
  page: { width: number; height: number },
  { margin, overlap }: { margin: number; overlap: number } = POSTER,
): PosterGrid {
  const area = { width: page.width - 2 * margin, height: page.height - 2 * margin };
  const step = { x: area.width - overlap, y: area.height - overlap };
  if (step.x <= 0 || step.y <= 0) throw new Error('the page is too small for its margins');
  const columns = Math.max(1, Math.ceil((drawing.width - overlap) / step.x));
  const rows = Math.max(1, Math.ceil((drawing.height - overlap) / step.y));
  const spare = {
    x: (columns * step.x + overlap - drawing.width) / 2,
    y: (rows * step.y + overlap - drawing.height) / 2,
  };
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      tiles.push({ column, row, x: column * step.x - spare.x, y: row * step.y - spare.y });
    }
  }
  return { columns, rows, area, tiles };
}
