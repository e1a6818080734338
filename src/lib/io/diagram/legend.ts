import { NODE_KINDS, RELATIONS } from '../../model/types';
import { HELD_STYLE, KIND_STYLE, RELATION_STYLE } from '../../graph/palette';
import { FONT_FAMILY } from '../../graph/text-metrics';
import { KIND_WORDS, RELATION_WORDS } from '../../model/vocabulary';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ROW = 22;
const COLUMN = 190;
const PAD = 12;
/** Font size of the legend's text, in its own units (CSS pixels at scale 1). */
export const LEGEND_FONT_SIZE = 12;
/**
 * The legend's text is drawn at least this share of the whole image's height.
 * 1.4% of the height as font size keeps even the ink of a capital (about 0.73
 * of the font size in DejaVu Sans) at 1% of the height, legible on a slide.
 */
export const LEGEND_TEXT_SHARE = 0.014;

type Attrs = Record<string, string | number>;

function el(doc: Document, name: string, attrs: Attrs, text?: string): SVGElement {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Entries of the legend, in the order the app's own legend shows them. */
function entries() {
  return [
    ...NODE_KINDS.map((kind) => ({
      label: KIND_WORDS[kind].name,
      swatch: {
        fill: KIND_STYLE[kind].fill,
        stroke: KIND_STYLE[kind].border,
        dash: '',
        double: false,
      },
    })),
    {
      label: 'Someone else’s position',
      swatch: { fill: HELD_STYLE.fill, stroke: HELD_STYLE.border, dash: '', double: true },
    },
    {
      label: 'Concession',
      swatch: {
        fill: KIND_STYLE.claim.fill,
        stroke: KIND_STYLE.claim.border,
        dash: '2 2',
        double: false,
      },
    },
    ...RELATIONS.map((relation) => ({ label: RELATION_WORDS[relation].name, relation })),
  ];
}

/** The legend's size in its own units, before any scaling. */
export function legendSize(): { width: number; height: number } {
  const rows = Math.ceil(entries().length / 2);
  return { width: 2 * COLUMN + 2 * PAD, height: rows * ROW + 2 * PAD + 18 };
}

/**
 * How much to enlarge the legend so that its text is at least
 * LEGEND_TEXT_SHARE of the whole image's height, legend included.
 * `drawingHeight` is the rest of the image (map and margins), `gap` the space
 * above the legend. Solves size·s ≥ share·(drawing + gap + legend·s) for s;
 * never below 1.
 */
export function legendScale(drawingHeight: number, gap: number): number {
  const { height } = legendSize();
  const needed =
    (LEGEND_TEXT_SHARE * (drawingHeight + gap)) / (LEGEND_FONT_SIZE - LEGEND_TEXT_SHARE * height);
  return Math.max(1, needed);
}

/**
 * The legend as an SVG group, built with DOM calls (never markup strings), for
 * SVG, PDF and PNG exports alike. Returns its size so callers can make room.
 */
export function buildLegend(doc: Document): { group: SVGElement; width: number; height: number } {
  const items = entries();
  const { width, height } = legendSize();
  const group = el(doc, 'g', {
    class: 'warrant-legend',
    'font-family': FONT_FAMILY,
    'font-size': LEGEND_FONT_SIZE,
  });
  group.append(
    el(doc, 'rect', {
      x: 0.5,
      y: 0.5,
      width: width - 1,
      height: height - 1,
      rx: 6,
      fill: '#ffffff',
      stroke: '#d9dde3',
    }),
    el(doc, 'text', { x: PAD, y: PAD + 10, 'font-weight': 700, fill: '#1a1f29' }, 'Legend'),
  );
  items.forEach((item, i) => {
    const x = PAD + (i % 2) * COLUMN;
    const y = PAD + 18 + Math.floor(i / 2) * ROW;
    if ('swatch' in item) {
      const { fill, stroke, dash, double } = item.swatch;
      group.append(
        el(doc, 'rect', {
          x,
          y: y + 3,
          width: 24,
          height: 14,
          rx: 3,
          fill,
          stroke,
          'stroke-width': double ? 3 : 1.5,
          ...(dash ? { 'stroke-dasharray': dash } : {}),
        }),
      );
    } else {
      const style = RELATION_STYLE[item.relation];
      group.append(
        el(doc, 'line', {
          x1: x,
          y1: y + 10,
          x2: x + 22,
          y2: y + 10,
          stroke: style.colour,
          'stroke-width': 2,
          ...(style.line === 'dashed' ? { 'stroke-dasharray': '5 3' } : {}),
        }),
        style.arrow === 'triangle'
          ? el(doc, 'path', {
              d: `M${x + 22} ${y + 5} L${x + 30} ${y + 10} L${x + 22} ${y + 15} Z`,
              fill: style.colour,
            })
          : el(doc, 'rect', { x: x + 25, y: y + 4, width: 3, height: 12, fill: style.colour }),
      );
    }
    group.append(el(doc, 'text', { x: x + 36, y: y + 14, fill: '#1a1f29' }, item.label));
  });
  return { group, width, height };
}
