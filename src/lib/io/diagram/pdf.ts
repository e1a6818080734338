import type { Core } from 'cytoscape';
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { canvasMeasure } from '../../graph/text-metrics';
import { renderSvgDocument, type RenderedImage } from './render';
import type { DiagramOptions } from './options';
import { SANS_FAMILY, embedFonts } from './pdf-fonts';
import { drawTileMarks } from './pdf-marks';
import { setTextInEmbeddedFonts, textsOf } from './pdf-text';
import { POSTER, pageSize, posterGrid } from './poster';

/** Page margin in points (1/72 in). */
export const MARGIN = 24;
/** CSS pixels to PDF points. */
const PX_TO_PT = 0.75;

export const PDF_OPTIONS = {
  unit: 'pt',
  compress: true,
  // Without this jsPDF lists its 14 standard fonts too, unembedded, though no text uses them.
  putOnlyUsedFonts: true,
} as const;

export interface Drawing {
  svg: SVGSVGElement;
  /** Size in CSS pixels. */
  width: number;
  height: number;
}

/** Draws the whole SVG at (x, y), `scale` points per CSS pixel. */
export async function place(pdf: jsPDF, drawing: Drawing, x: number, y: number, scale: number) {
  await pdf.svg(drawing.svg, {
    x,
    y,
    width: drawing.width * scale,
    height: drawing.height * scale,
  });
}

/** One page: exactly the map's size plus a margin, or A4 or Letter with the map scaled to fit. */
async function onePage(
  drawing: Drawing,
  options: DiagramOptions,
  fontsFor: (pdf: jsPDF) => Promise<void>,
) {
  const { width, height } = drawing;
  const paper = options.page === 'fit' ? undefined : pageSize(options.page, options.orientation);
  const format = paper ?? {
    width: width * PX_TO_PT + 2 * MARGIN,
    height: height * PX_TO_PT + 2 * MARGIN,
  };
  const pdf = new jsPDF({
    format: [format.width, format.height],
    orientation: format.width >= format.height ? 'landscape' : 'portrait',
    ...PDF_OPTIONS,
  });
  await fontsFor(pdf);
  const scale = Math.min(
    (format.width - 2 * MARGIN) / width,
    (format.height - 2 * MARGIN) / height,
  );
  await place(
    pdf,
    drawing,
    (format.width - width * scale) / 2,
    (format.height - height * scale) / 2,
    scale,
  );
  return pdf;
}

/** A poster: the map at its on-screen size, tiled over as many pages as it takes, with printer's marks. */
async function poster(
  drawing: Drawing,
  options: DiagramOptions,
  fontsFor: (pdf: jsPDF) => Promise<void>,
) {
  const paper = options.page === 'fit' ? 'a4' : options.page;
  const page = pageSize(paper, options.orientation);
  const grid = posterGrid(
    { width: drawing.width * POSTER.scale, height: drawing.height * POSTER.scale },
    page,
  );
  const orientation = options.orientation;
  const pdf = new jsPDF({
    format: [page.width, page.height],
    orientation,
    ...PDF_OPTIONS,
  });
  await fontsFor(pdf);
  for (const [i, tile] of grid.tiles.entries()) {
    if (i > 0) pdf.addPage([page.width, page.height], orientation);
    pdf.saveGraphicsState();
    pdf.rect(POSTER.margin, POSTER.margin, grid.area.width, grid.area.height, null);
    pdf.clip();
    pdf.discardPath();
    await place(pdf, drawing, POSTER.margin - tile.x, POSTER.margin - tile.y, POSTER.scale);
    pdf.restoreGraphicsState();
    drawTileMarks(pdf, grid, tile, { ...POSTER, font: SANS_FAMILY });
  }
  return pdf;
}

/**
 * jsPDF names the character collection of its Identity-H fonts "Identity-H"
 * where the PDF spec says "Identity" (PDF 32000-1, 9.7.3), which readers such
 * as poppler report as a syntax error. Dictionaries are not compressed, so the
 * name is fixed in place, padded with spaces to keep every byte offset.
 */
export function fixOrdering(bytes: Uint8Array): Uint8Array {
  const wrong = new TextEncoder().encode('/Ordering (Identity-H)');
  const right = new TextEncoder().encode('/Ordering (Identity)  ');
  outer: for (let i = 0; i <= bytes.length - wrong.length; i++) {
    for (let j = 0; j < wrong.length; j++) if (bytes[i + j] !== wrong[j]) continue outer;
    bytes.set(right, i);
  }
  return bytes;
}

/**
 * A vector PDF of the map, through the same SVG the SVG export makes, with
 * its text in embedded fonts (./pdf-fonts.ts). This module (jsPDF and
 * svg2pdf.js, ~100 KB gzip) and the fonts are only loaded on first use.
 */
export async function renderPdf(cy: Core, options: DiagramOptions): Promise<RenderedImage> {
  const isPoster = options.pdfPages === 'poster' && options.page !== 'fit';
  // A poster prints at on-screen size, where the legend is legible as it is.
  const drawing = await renderSvgDocument(cy, options, isPoster);
  // svg2pdf reads computed styles through the DOM, so the SVG must be attached while it runs.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  host.append(drawing.svg);
  document.body.append(host);
  try {
    const fontsFor = async (pdf: jsPDF) => {
      const book = await embedFonts(pdf, textsOf(drawing.svg));
      setTextInEmbeddedFonts(drawing.svg, book, canvasMeasure());
    };
    const pdf = await (isPoster ? poster : onePage)(drawing, options, fontsFor);
    const bytes = fixOrdering(new Uint8Array(pdf.output('arraybuffer')));
    return {
      blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
      width: pdf.internal.pageSize.getWidth(),
      height: pdf.internal.pageSize.getHeight(),
      pages: pdf.getNumberOfPages(),
    };
  } finally {
    host.remove();
  }
}
