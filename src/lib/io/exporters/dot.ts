/**
 * Graphviz DOT, drawn the way the app draws the map: the palette's fills,
 * borders and text colours, the kind's shape, a double border for a position
 * someone else holds (named in the label, as on the canvas), a dotted one for
 * a concession, solid triangle-headed supports and dashed bar-headed
 * oppositions. `rankdir=BT` because edges run from a reason up to what it
 * bears on: the thesis ends on top with its reasons below.
 */
import type { ArgumentEdge, ArgumentMap, NodeKind, Statement } from '../../model/types';
import { drawnStructure, type DrawnLink } from '../../model/inference';
import { RELATION_STYLE } from '../../graph/palette';
import { displayLabel } from '../../graph/elements';
import { formatCitation, oneLine, wrapWords } from '../text';
import { schemeWords } from '../../model/vocabulary';
import { statementLook, type BorderLine } from './look';
import type { Exporter } from './types';

const WRAP = 28;

/**
 * Graphviz's lexer rejects a quoted string longer than 16,384 bytes ("longer
 * than 16384?"), but joins `"a" + "b"` into one string. Pieces stay well
 * under the limit, counted in UTF-8 bytes of the escaped text.
 */
export const DOT_PIECE_BYTES = 8_000;

/** Graphviz shapes for the canvas's: rounded boxes, a plain box, and a box with cut corners. */
const KIND_SHAPE: Readonly<Record<NodeKind, { shape: string; style: readonly string[] }>> = {
  thesis: { shape: 'box', style: ['rounded', 'filled'] },
  claim: { shape: 'box', style: ['rounded', 'filled'] },
  evidence: { shape: 'box', style: ['filled'] },
  // `diagonals` clips the corners, the nearest Graphviz has to the canvas's cut-rectangle.
  authority: { shape: 'box', style: ['filled', 'diagonals'] },
};

/** The thesis label is bold on the canvas (LABEL_STYLE weight 700). */
const KIND_FONT: Readonly<Record<NodeKind, string>> = {
  thesis: 'Helvetica-Bold',
  claim: 'Helvetica',
  evidence: 'Helvetica',
  authority: 'Helvetica',
};

/** Border line to Graphviz attributes: a double border is a second periphery. */
const BORDER_ATTRIBUTES: Readonly<
  Record<BorderLine, { style: readonly string[]; peripheries: number; widthShare: number }>
> = {
  solid: { style: [], peripheries: 1, widthShare: 1 },
  // The canvas's 4 px double border is two lines of about half that.
  double: { style: [], peripheries: 2, widthShare: 0.5 },
  dotted: { style: ['dotted'], peripheries: 1, widthShare: 1 },
};

const ARROWHEAD: Readonly<
  Record<(typeof RELATION_STYLE)[keyof typeof RELATION_STYLE]['arrow'], string>
> = { triangle: 'normal', tee: 'tee' };

/**
 * One escaped unit per code point. Backslashes are doubled so that text such
 * as `\N` or `\l` stays literal, and `&` becomes `&amp;` because Graphviz
 * decodes HTML entities even in plain strings. Units are never split.
 */
const escapeUnits = (line: string): string[] =>
  Array.from(line, (ch) => (ch === '\\' ? '\\\\' : ch === '"' ? '\\"' : ch === '&' ? '&amp;' : ch));

const encoder = new TextEncoder();

/**
 * A DOT string of the given lines, joined by `\n` escapes. Text beyond
 * `DOT_PIECE_BYTES` continues in another quoted piece, `"…" + "…"`, so no
 * label is cut and Graphviz still reads it.
 */
function quoteLines(lines: readonly string[]): string {
  const units = lines.flatMap((line, i) => (i === 0 ? [] : ['\\n']).concat(escapeUnits(line)));
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const unit of units) {
    const size = encoder.encode(unit).length;
    if (bytes + size > DOT_PIECE_BYTES) {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += unit;
    bytes += size;
  }
  pieces.push(piece);
  return pieces.map((p) => `"${p}"`).join(' + ');
}

/** `text` as one DOT string, on one line or wrapped at `wrap` characters. */
export const dotString = (text: string, wrap?: number): string =>
  quoteLines(wrap === undefined ? [oneLine(text)] : wrapWords(text, wrap));

/** What the canvas shows ("Holder:" above, footnote marks before), and under a source whom it cites. */
function labelOf(node: Statement): string {
  const lines = displayLabel(node)
    .split('\n')
    .flatMap((paragraph) => wrapWords(paragraph, WRAP));
  if (node.kind === 'authority' && node.citation !== undefined) {
    lines.push(...wrapWords(`— ${formatCitation(node.citation)}`, WRAP));
  }
  return quoteLines(lines);
}

function nodeLine(node: Statement): string {
  const look = statementLook(node);
  const kind = KIND_SHAPE[node.kind];
  const border = BORDER_ATTRIBUTES[look.line];
  const attributes = [
    `label=${labelOf(node)}`,
    `shape=${kind.shape}`,
    `style="${[...kind.style, ...border.style].join(',')}"`,
    `fillcolor="${look.fill}"`,
    `color="${look.border}"`,
    `fontcolor="${look.text}"`,
    `fontname="${KIND_FONT[node.kind]}"`,
    `penwidth=${look.width * border.widthShare}`,
    ...(border.peripheries > 1 ? [`peripheries=${border.peripheries}`] : []),
  ];
  return `  ${dotString(node.id)} [${attributes.join(', ')}];`;
}

/** The point where linked premises join, or where an undercut lands: a dot in the relation's colour. */
function junctionLine(edge: ArgumentEdge): string {
  const colour = RELATION_STYLE[edge.relation].colour;
  return `  ${dotString(edge.id)} [shape=point, width=0.14, color="${colour}", fillcolor="${colour}"];`;
}

function linkLine(link: DrawnLink): string {
  const { edge } = link;
  const style = RELATION_STYLE[edge.relation];
  const attributes = [
    `color="${style.colour}"`,
    `fontcolor="${style.colour}"`,
    `style=${style.line}`,
    `arrowhead=${link.intoJunction ? 'none' : ARROWHEAD[style.arrow]}`,
  ];
  if (!link.intoJunction) {
    if (edge.scheme !== undefined) attributes.push(`label=${dotString(schemeWords(edge.scheme))}`);
    if (edge.note !== undefined) attributes.push(`tooltip=${dotString(edge.note)}`);
  }
  return `  ${dotString(link.source)} -> ${dotString(link.target)} [${attributes.join(', ')}];`;
}

export function exportDot(map: ArgumentMap): string {
  const { junctions, links } = drawnStructure(map);
  return [
    `digraph ${dotString(map.id)} {`,
    `  graph [rankdir=BT, label=${dotString(map.title)}, labelloc=t, fontname="Helvetica", fontsize=16, nodesep=0.4, ranksep=0.6];`,
    '  node [fontname="Helvetica", fontsize=11, margin="0.15,0.08", penwidth=1.5];',
    '  edge [fontname="Helvetica", fontsize=9, penwidth=1.5];',
    '',
    ...map.nodes.map(nodeLine),
    ...junctions.map(junctionLine),
    '',
    ...links.map(linkLine),
    '}',
    '',
  ].join('\n');
}

export const dotExporter: Exporter = {
  id: 'dot',
  label: 'Graphviz DOT',
  extension: 'dot',
  mime: 'text/vnd.graphviz',
  run: exportDot,
};
