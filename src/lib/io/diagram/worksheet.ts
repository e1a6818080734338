/**
 * A worksheet: the map with the quiz's statements as blank, numbered boxes,
 * then an answer key (./answer-key.ts). As a PDF, the map fills an A4
 * page turned to suit it and the key follows on A4 portrait pages; as PNG, two
 * images: the map, and the key's pages stacked. Loaded on first use, with
 * the PDF code.
 */
import type { Core } from 'cytoscape';
import { jsPDF } from 'jspdf';
import { canvasMeasure } from '../../graph/text-metrics';
import { OVERLAY } from '../../graph/classes';
import { showQuiz } from '../../graph/overlays';
import { answerKeyPages, type KeyEntry, type KeyPage } from './answer-key';
import { renderPng, renderSvgDocument } from './render';
import { defaultDiagramOptions, type DiagramOptions } from './options';
import { embedFonts } from './pdf-fonts';
import { setTextInEmbeddedFonts, textsOf } from './pdf-text';
import { MARGIN, PDF_OPTIONS, fixOrdering, place } from './pdf';
import { pageSize } from './poster';

export interface Worksheet {
  title: string;
  /** Box numbers of the hidden statements, by statement id. */
  numbers: ReadonlyMap<string, number>;
  /** The key, in box order. */
  key: readonly KeyEntry[];
}

/** The whole map, legend below, white: what a handout needs. */
const options = (format: 'png' | 'pdf'): DiagramOptions => ({
  ...defaultDiagramOptions(),
  format,
  scope: 'whole',
  legend: true,
});

const OTHER_OVERLAYS = [
  OVERLAY.questions,
  OVERLAY.accepted,
  OVERLAY.rejected,
  OVERLAY.undecided,
  OVERLAY.inspected,
];

/**
 * Runs `render` with every statement of the worksheet hidden (revealed ones
 * too) and the other overlays set aside, then puts the canvas back as it was.
 */
export async function withWorksheet<T>(
  cy: Core,
  numbers: ReadonlyMap<string, number>,
  render: () => Promise<T>,
): Promise<T> {
  const shown = new Map(
    cy.nodes(`.${OVERLAY.quizHidden}`).map((node) => [node.id(), Number(node.data('quizNumber'))]),
  );
  const aside = OTHER_OVERLAYS.map((name) => ({ name, elements: cy.elements(`.${name}`) }));
  cy.batch(() => {
    for (const { name, elements } of aside) elements.removeClass(name);
  });
  showQuiz(cy, numbers);
  try {
    return await render();
  } finally {
    showQuiz(cy, shown);
    cy.batch(() => {
      for (const { name, elements } of aside) elements.addClass(name);
    });
  }
}

/** svg2pdf reads computed styles, so the SVGs are attached while it runs. */
function attach(svgs: SVGSVGElement[]): () => void {
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;left:-100000px;top:0;visibility:hidden';
  host.append(...svgs);
  document.body.append(host);
  return () => host.remove();
}

export async function renderWorksheetPdf(cy: Core, sheet: Worksheet): Promise<Blob> {
  const drawing = await withWorksheet(cy, sheet.numbers, () =>
    renderSvgDocument(cy, options('pdf')),
  );
  const measure = canvasMeasure();
  const keyPages = answerKeyPages(sheet.title, sheet.key, measure);
  const detach = attach([drawing.svg, ...keyPages.map((page) => page.svg)]);
  try {
    const orientation = drawing.width >= drawing.height ? 'landscape' : 'portrait';
    const paper = pageSize('a4', orientation);
    const pdf = new jsPDF({
      format: [paper.width, paper.height],
      orientation,
      ...PDF_OPTIONS,
    });
    const book = await embedFonts(
      pdf,
      [drawing.svg, ...keyPages.map((p) => p.svg)].flatMap(textsOf),
    );
    setTextInEmbeddedFonts(drawing.svg, book, measure);
    for (const page of keyPages) setTextInEmbeddedFonts(page.svg, book, measure);
    const scale = Math.min(
      (paper.width - 2 * MARGIN) / drawing.width,
      (paper.height - 2 * MARGIN) / drawing.height,
    );
    await place(
      pdf,
      drawing,
      (paper.width - drawing.width * scale) / 2,
      (paper.height - drawing.height * scale) / 2,
      scale,
    );
    const portrait = pageSize('a4', 'portrait');
    for (const page of keyPages) {
      pdf.addPage([portrait.width, portrait.height], 'portrait');
      await place(pdf, page, 0, 0, portrait.width / page.width);
    }
    const bytes = fixOrdering(new Uint8Array(pdf.output('arraybuffer')));
    return new Blob([bytes as BlobPart], { type: 'application/pdf' });
  } finally {
    detach();
  }
}

/** The worksheet as two PNGs: the map, and the answer key's pages one under another. */
export async function renderWorksheetPng(
  cy: Core,
  sheet: Worksheet,
): Promise<{ worksheet: Blob; key: Blob }> {
  const image = await withWorksheet(cy, sheet.numbers, () => renderPng(cy, options('png')));
  const pages = answerKeyPages(sheet.title, sheet.key, canvasMeasure());
  return { worksheet: image.blob, key: await stackPages(pages) };
}

async function stackPages(pages: readonly KeyPage[]): Promise<Blob> {
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = pages[0]!.width * scale;
  canvas.height = pages.reduce((sum, page) => sum + page.height, 0) * scale;
  const context = canvas.getContext('2d')!;
  let y = 0;
  for (const page of pages) {
    const markup = new XMLSerializer().serializeToString(page.svg);
    const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    try {
      const picture = new Image();
      picture.src = url;
      await picture.decode();
      context.drawImage(picture, 0, y * scale, page.width * scale, page.height * scale);
    } finally {
      URL.revokeObjectURL(url);
    }
    y += page.height;
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the key is too large'))),
      'image/png',
    ),
  );
}
