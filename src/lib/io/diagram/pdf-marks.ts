/**
 * Printer's marks for one poster tile, drawn in its margin so they never
 * cover the map: crop marks at the corners of the printable area (cut
 * there), registration targets in the middle of each side (line neighbours
 * up through them), ticks where the overlap with a neighbour begins (glue up
 * to them), and a caption saying where the tile goes.
 */
import type { jsPDF } from 'jspdf';
import type { PosterGrid, Tile } from './poster';

const MARK_COLOUR = '#000000';
/** Crop marks stop this short of the printable area, so no trace of them is left after cutting. */
const GAP = 6;
const CROP_LENGTH = 18;
const TARGET_RADIUS = 5;

function line(pdf: jsPDF, x1: number, y1: number, x2: number, y2: number): void {
  pdf.line(x1, y1, x2, y2);
}

function cropMarks(pdf: jsPDF, left: number, top: number, right: number, bottom: number): void {
  for (const x of [left, right]) {
    for (const y of [top, bottom]) {
      const outX = x === left ? -1 : 1;
      const outY = y === top ? -1 : 1;
      line(pdf, x + outX * GAP, y, x + outX * (GAP + CROP_LENGTH), y);
      line(pdf, x, y + outY * GAP, x, y + outY * (GAP + CROP_LENGTH));
    }
  }
}

function target(pdf: jsPDF, x: number, y: number): void {
  pdf.circle(x, y, TARGET_RADIUS, 'S');
  line(pdf, x - TARGET_RADIUS * 1.6, y, x + TARGET_RADIUS * 1.6, y);
  line(pdf, x, y - TARGET_RADIUS * 1.6, x, y + TARGET_RADIUS * 1.6);
}

/**
 * Draws the marks of `tile` on the current page. `margin` is the width of
 * the blank border, `overlap` the strip shared with each neighbour, and
 * `font` an embedded family for the caption.
 */
export function drawTileMarks(
  pdf: jsPDF,
  grid: PosterGrid,
  tile: Tile,
  { margin, overlap, font }: { margin: number; overlap: number; font: string },
): void {
  const left = margin;
  const top = margin;
  const right = margin + grid.area.width;
  const bottom = margin + grid.area.height;
  pdf.saveGraphicsState();
  pdf.setDrawColor(MARK_COLOUR);
  pdf.setLineWidth(0.5);
  cropMarks(pdf, left, top, right, bottom);
  const middleX = (left + right) / 2;
  const middleY = (top + bottom) / 2;
  target(pdf, middleX, margin / 2);
  target(pdf, middleX, bottom + margin / 2);
  target(pdf, margin / 2, middleY);
  target(pdf, right + margin / 2, middleY);
  // Overlap ticks: where the next tile to the right, or below, starts.
  pdf.setLineDashPattern([2, 2], 0);
  if (tile.column < grid.columns - 1) {
    line(pdf, right - overlap, top - GAP, right - overlap, top - GAP - CROP_LENGTH);
    line(pdf, right - overlap, bottom + GAP, right - overlap, bottom + GAP + CROP_LENGTH);
  }
  if (tile.row < grid.rows - 1) {
    line(pdf, left - GAP, bottom - overlap, left - GAP - CROP_LENGTH, bottom - overlap);
    line(pdf, right + GAP, bottom - overlap, right + GAP + CROP_LENGTH, bottom - overlap);
  }
  pdf.setLineDashPattern([], 0);
  // Captions in the left half of the margins, clear of the registration targets.
  pdf.setFont(font, 'normal');
  pdf.setFontSize(7);
  pdf.setTextColor('#444444');
  const captionX = left + GAP + CROP_LENGTH + GAP;
  pdf.text(
    `Row ${tile.row + 1} of ${grid.rows}, column ${tile.column + 1} of ${grid.columns}`,
    captionX,
    margin / 2 + 2,
  );
  pdf.text(
    'Cut at the corner marks; glue up to the dashed ticks.',
    captionX,
    bottom + margin / 2 + 2,
  );
  pdf.restoreGraphicsState();
}
