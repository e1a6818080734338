import type { Core } from 'cytoscape';
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { renderSvgDocument, type RenderedImage } from './render';
import type { DiagramOptions } from './options';

/** Page margin in points (1/72 in). */
const MARGIN = 24;
/** CSS pixels to PDF points. */
const PX_TO_PT = 0.75;

/**
 * A vector PDF of the map, through the same SVG the SVG export makes. This
 * module (jsPDF and svg2pdf.js, ~100 KB gzip) is only loaded on first use.
 */
export async function renderPdf(cy: Core, options: DiagramOptions): Promise<RenderedImage> {
  const { svg, width, height } = await renderSvgDocument(cy, options);
  const fit = options.page === 'fit';
  const pdf = new jsPDF({
    unit: 'pt',
    format: fit ? [width * PX_TO_PT + 2 * MARGIN, height * PX_TO_PT + 2 * MARGIN] : options.page,
    orientation: fit ? (width >= height ? 'landscape' : 'portrait') : options.orientation,
    compress: false,
  });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const scale = Math.min((pageWidth - 2 * MARGIN) / width, (pageHeight - 2 * MARGIN) / height);
  // svg2pdf measures text through the DOM, so the SVG must be attached while it runs.
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  host.append(svg);
  document.body.append(host);
  try {
    await pdf.svg(svg, {
      x: (pageWidth - width * scale) / 2,
      y: (pageHeight - height * scale) / 2,
      width: width * scale,
      height: height * scale,
    });
  } finally {
    host.remove();
  }
  return { blob: pdf.output('blob'), width: pageWidth, height: pageHeight };
}
