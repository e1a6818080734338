/**
 * A worksheet's answer key as SVG pages: each hidden statement's box number
 * and its label, wrapped, in reading order. The PDF draws the pages after the
 * map; the PNG export stacks them into a second image.
 */
import { FONT_FAMILY, wrapText, type Measure } from '../../graph/text-metrics';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One line of the key. */
export interface KeyEntry {
  number: number;
  label: string;
}

/** An A4 page at 96 CSS pixels to the inch, the key's own unit. */
export const KEY_PAGE = { width: 794, height: 1123, margin: 72 } as const;
const TITLE_SIZE = 20;
const TEXT_SIZE = 15;
const LINE = TEXT_SIZE * 1.45;
/** Where the label starts, right of its number. */
const LABEL_X = KEY_PAGE.margin + 40;
const ENTRY_GAP = 8;

export interface KeyPage {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

function text(doc: Document, x: number, y: number, content: string, size: number, bold = false) {
  const element = doc.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-family', FONT_FAMILY);
  element.setAttribute('font-size', String(size));
  element.setAttribute('font-weight', bold ? '700' : '400');
  element.setAttribute('fill', '#111827');
  element.textContent = content;
  return element;
}

/** The key, as many pages as it takes; every entry stays whole on one page. */
export function answerKeyPages(
  title: string,
  entries: readonly KeyEntry[],
  measure: Measure,
): KeyPage[] {
  const font = `400 ${TEXT_SIZE}px ${FONT_FAMILY}`;
  const width = KEY_PAGE.width - LABEL_X - KEY_PAGE.margin;
  const bottom = KEY_PAGE.height - KEY_PAGE.margin;
  const pages: KeyPage[] = [];
  let doc: Document | undefined;
  let svg: SVGSVGElement | undefined;
  let y = 0;
  const newPage = () => {
    doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    svg = doc.documentElement as unknown as SVGSVGElement;
    svg.setAttribute('width', String(KEY_PAGE.width));
    svg.setAttribute('height', String(KEY_PAGE.height));
    svg.setAttribute('viewBox', `0 0 ${KEY_PAGE.width} ${KEY_PAGE.height}`);
    const background = doc.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', String(KEY_PAGE.width));
    background.setAttribute('height', String(KEY_PAGE.height));
    background.setAttribute('fill', '#ffffff');
    svg.append(background);
    y = KEY_PAGE.margin;
    const heading = pages.length === 0 ? `Answer key: ${title}` : `Answer key (continued)`;
    const titleFont = `700 ${TITLE_SIZE}px ${FONT_FAMILY}`;
    for (const line of wrapText(
      heading,
      KEY_PAGE.width - 2 * KEY_PAGE.margin,
      titleFont,
      measure,
    )) {
      y += TITLE_SIZE * 1.3;
      svg.append(text(doc, KEY_PAGE.margin, y, line, TITLE_SIZE, true));
    }
    y += TITLE_SIZE * 0.7;
    pages.push({ svg, width: KEY_PAGE.width, height: KEY_PAGE.height });
  };
  newPage();
  for (const entry of entries) {
    const lines = wrapText(entry.label, width, font, measure);
    if (y + lines.length * LINE > bottom) newPage();
    y += LINE;
    svg!.append(text(doc!, KEY_PAGE.margin, y, String(entry.number), TEXT_SIZE, true));
    lines.forEach((line, i) => svg!.append(text(doc!, LABEL_X, y + i * LINE, line, TEXT_SIZE)));
    y += (lines.length - 1) * LINE + ENTRY_GAP;
  }
  return pages;
}
