/**
 * Sets the SVG's text in the PDF's embedded fonts before svg2pdf draws it.
 * svg2pdf would measure text through the DOM, in whatever font the browser
 * picks for a family it does not know, and it has no font fallback. So each
 * line is cut into runs by font (./font-runs.ts), every run becomes a
 * `<tspan>` at an absolute x computed from the embedded font's own advance
 * widths, and the line is anchored at its start: svg2pdf then measures nothing.
 */
import { isBold, isItalic, splitRuns, type FontStyle } from './font-runs';
import type { FontBook, StyledText } from './pdf-fonts';

const SVG_NS = 'http://www.w3.org/2000/svg';

type Anchor = 'start' | 'middle' | 'end';
/** How much of a line's width lies left of its x, by `text-anchor`. */
const ANCHOR_SHARE: Readonly<Record<Anchor, number>> = { start: 0, middle: 0.5, end: 1 };

/**
 * How much wider than on screen a line may be set before it is shrunk: the
 * canvas kerns and jsPDF does not, which alone makes DejaVu Sans about 1%
 * wider in the PDF; nodes keep 14 px of padding either side for the rest.
 */
const WIDTH_TOLERANCE = 1.03;

/** Measures text as the screen drew it: CSS font shorthand in, CSS pixels out. */
export type ScreenMeasure = (text: string, font: string) => number;

const anchorOf = (value: string | null): Anchor =>
  value === 'middle' || value === 'end' ? value : 'start';

/** The `<text>` elements' own text and style, for choosing fonts before any is laid out. */
export function textsOf(svg: SVGSVGElement): StyledText[] {
  return [...svg.querySelectorAll('text')].map((text) => ({
    text: text.textContent ?? '',
    style: styleOf(text),
  }));
}

/** The nearest `font-weight` and `font-style` up the tree: 600 and above are set bold. */
function styleOf(element: Element): FontStyle {
  const weight = element.closest('[font-weight]')?.getAttribute('font-weight') ?? '400';
  const bold = weight === 'bold' || Number(weight) >= 600;
  const slant = element.closest('[font-style]')?.getAttribute('font-style') ?? 'normal';
  const italic = slant === 'italic' || slant === 'oblique';
  return italic ? (bold ? 'bolditalic' : 'italic') : bold ? 'bold' : 'normal';
}

function inherited(element: Element, name: string, fallback: string): string {
  return element.closest(`[${name}]`)?.getAttribute(name) ?? fallback;
}

/**
 * Rewrites every `<text>` of `svg` in place. A line wider in the PDF's font
 * than it was on screen (by more than the tolerance) is set smaller, so it
 * stays inside the box that was sized for it.
 */
export function setTextInEmbeddedFonts(
  svg: SVGSVGElement,
  book: FontBook,
  screen: ScreenMeasure,
): void {
  for (const text of svg.querySelectorAll('text')) {
    const content = text.textContent ?? '';
    if (content.trim() === '') continue;
    const style = styleOf(text);
    const size = Number.parseFloat(inherited(text, 'font-size', '16'));
    const family = inherited(text, 'font-family', 'sans-serif');
    const runs = splitRuns(content, (codePoint) => book.faceFor(codePoint, style));
    const widths = runs.map((run) => book.width(run.text, run.face, size));
    const natural = widths.reduce((sum, width) => sum + width, 0);
    const onScreen = screen(
      content,
      `${isItalic(style) ? 'italic ' : ''}${isBold(style) ? 700 : 400} ${size}px ${family}`,
    );
    const fit = onScreen > 0 && natural > onScreen * WIDTH_TOLERANCE ? onScreen / natural : 1;
    const anchor = anchorOf(inherited(text, 'text-anchor', 'start'));
    let x = Number.parseFloat(text.getAttribute('x') ?? '0') - natural * fit * ANCHOR_SHARE[anchor];
    text.replaceChildren(
      ...runs.map((run, i) => {
        const span = text.ownerDocument.createElementNS(SVG_NS, 'tspan');
        span.setAttribute('x', String(x));
        span.setAttribute('font-family', run.face.family);
        span.setAttribute('font-weight', isBold(run.face.style) ? '700' : '400');
        span.setAttribute('font-style', isItalic(run.face.style) ? 'italic' : 'normal');
        span.textContent = run.text;
        x += widths[i]! * fit;
        return span;
      }),
    );
    text.setAttribute('text-anchor', 'start');
    text.setAttribute('font-size', `${size * fit}px`);
    text.setAttribute('xml:space', 'preserve');
  }
}
