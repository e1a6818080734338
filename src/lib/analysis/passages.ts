/**
 * The source text cut into pieces for reading beside the map: plain text,
 * passages that statements quote (each with the statements quoting it), and
 * footnote markers (`[3]`) with the sources they cite. Quotes match the text
 * whitespace aside, as the validator checks them. Pure: text in, pieces out.
 */
import { footnotesOf, type ArgumentMap, type NodeKind } from '../model/types';

export type Piece =
  | { type: 'text'; text: string }
  | {
      type: 'passage';
      text: string;
      /** The statement this stretch belongs to most closely: the shortest quote covering it. */
      node: string;
      kind: NodeKind;
      /** Every statement whose quote covers this stretch. */
      nodes: string[];
    }
  | { type: 'footnote'; text: string; number: number; nodes: string[] };

interface Span {
  start: number;
  end: number;
  node: string;
  kind: NodeKind;
}

/**
 * The text with whitespace runs collapsed to one space, and for each of its
 * characters the offset of the character it came from.
 */
function normalise(text: string): { flat: string; origin: number[] } {
  let flat = '';
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      space = flat !== '';
      continue;
    }
    if (space) {
      flat += ' ';
      origin.push(i - 1);
      space = false;
    }
    flat += ch;
    origin.push(i);
  }
  return { flat, origin };
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where in `text` each statement's quote is; statements whose quote is not found are left out. */
export function quoteSpans(text: string, map: Pick<ArgumentMap, 'nodes'>): Span[] {
  const { flat, origin } = normalise(text);
  const spans: Span[] = [];
  for (const node of map.nodes) {
    if (node.quote === undefined) continue;
    const needle = collapse(node.quote);
    if (needle === '') continue;
    const at = flat.indexOf(needle);
    if (at < 0) continue;
    spans.push({
      start: origin[at]!,
      end: origin[at + needle.length - 1]! + 1,
      node: node.id,
      kind: node.kind,
    });
  }
  return spans;
}

const FOOTNOTE = /\[(\d{1,3})\]/g;

/** The text in pieces: quoted passages and footnote markers, and the plain text between them. */
export function sourcePieces(text: string, map: Pick<ArgumentMap, 'nodes'>): Piece[] {
  const spans = quoteSpans(text, map);
  const citing = new Map<number, string[]>();
  for (const node of map.nodes) {
    for (const number of footnotesOf(node.citation)) {
      citing.set(number, [...(citing.get(number) ?? []), node.id]);
    }
  }
  // Every place where what covers the text changes: span ends and footnote markers.
  const cuts = new Set([0, text.length]);
  for (const span of spans) cuts.add(span.start).add(span.end);
  const markers = new Map<number, { end: number; number: number }>();
  for (const match of text.matchAll(FOOTNOTE)) {
    const number = Number(match[1]);
    if (!citing.has(number)) continue;
    markers.set(match.index, { end: match.index + match[0].length, number });
    cuts.add(match.index).add(match.index + match[0].length);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    const piece = text.slice(start, end);
    const marker = markers.get(start);
    if (marker !== undefined && marker.end === end) {
      pieces.push({
        type: 'footnote',
        text: piece,
        number: marker.number,
        nodes: citing.get(marker.number)!,
      });
      continue;
    }
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    if (covering.length === 0) {
      const last = pieces.at(-1);
      if (last?.type === 'text') last.text += piece;
      else pieces.push({ type: 'text', text: piece });
      continue;
    }
    const closest = covering.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    pieces.push({
      type: 'passage',
      text: piece,
      node: closest.node,
      kind: closest.kind,
      nodes: covering.map((span) => span.node),
    });
  }
  return pieces;
}
