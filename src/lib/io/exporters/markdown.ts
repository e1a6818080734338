/**
 * A Markdown outline for handing out in class: the thesis, and under every
 * statement the reasons for and against it, each marked with a symbol and a
 * word (✚ Supports / ✖ Opposes) so it reads the same in black and white.
 * Quotes are block quotes inside their item; citations are numbered [1], [2]
 * in order of first use and listed under "Sources".
 *
 * A statement reached a second time (it bears on two others, or on its own
 * ancestor) is written as "(see above: …)" instead of repeating its reasons.
 */
import {
  isImplicit,
  isLinked,
  type ArgumentEdge,
  type ArgumentMap,
  type Citation,
  type Relation,
} from '../../model/types';
import { formatCitation, oneLine, stripControlChars } from '../text';
import { safeHref } from '../../model/links';
import { KIND_WORDS, RELATION_WORDS, schemeWords } from '../../model/vocabulary';
import {
  statementEntries,
  walkTree,
  type GroupEntry,
  type StatementEntry,
  type TreeEntry,
} from '../../analysis/outline';
import type { Exporter } from './types';

/**
 * Backslash-escapes what CommonMark/GFM would read as markup, so labels show
 * literally. Line-start markers (`-`, `+`, `=`, `1.`) matter only for text
 * that begins a line, such as quote lines.
 */
export function escapeMarkdown(text: string, lineStart = false): string {
  let out = text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  if (lineStart) out = out.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

const citationKey = (citation: Citation): string =>
  formatCitation(citation, { full: true, url: true });

/** One number per distinct work, in order of first appearance in the outline. */
function numberCitations(entries: readonly TreeEntry[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const { node } of statementEntries(entries)) {
    if (node.citation === undefined) continue;
    const key = citationKey(node.citation);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  }
  return numbers;
}

/** Marks that read the same in black and white, where the handout's colours are lost. */
const HANDOUT_MARK: Readonly<Record<Relation, string>> = { supports: '✚', opposes: '✖' };

/** "✚ **Supports** (example):", the mark and words for how an entry bears on the one above. */
function relationPrefix(edge: ArgumentEdge, onInference: boolean, together = false): string {
  const words = RELATION_WORDS[edge.relation];
  const word = `${onInference ? words.stepName : words.name}${together ? ', together' : ''}`;
  const symbol = HANDOUT_MARK[edge.relation];
  return edge.scheme === undefined
    ? `${symbol} **${word}:**`
    : `${symbol} **${word}** (${schemeWords(edge.scheme)}):`;
}

function headline(entry: StatementEntry, citationNumber: number | undefined): string {
  const { node, edge, repeat } = entry;
  const prefix =
    edge === undefined
      ? `**${KIND_WORDS[node.kind].name}:**`
      : isLinked(edge)
        ? ''
        : relationPrefix(edge, entry.onInference);
  const label = escapeMarkdown(oneLine(node.label));
  const lead = prefix === '' ? '' : `${prefix} `;
  if (repeat) return `${lead}(see above: ${label})`;
  let line = `${lead}${label}`;
  if (isImplicit(node)) line += ' *(unstated premise)*';
  if (edge !== undefined && (node.kind === 'evidence' || node.kind === 'authority')) {
    line += ` *(${node.kind})*`;
  }
  if (node.holder !== undefined) line += ` — *held by ${escapeMarkdown(oneLine(node.holder))}*`;
  if (citationNumber !== undefined) line += ` \\[${citationNumber}\\]`;
  return line;
}

/**
 * One list item: the headline, then the longer text and the note on the link
 * (each after a hard line break, a trailing backslash, so they stay in the
 * item's paragraph), then the quote as a block quote. A repeat keeps only
 * what belongs to its own edge.
 */
function item(entry: StatementEntry, citationNumber: number | undefined): string[] {
  const { node, edge, repeat, depth } = entry;
  const pad = '  '.repeat(depth + 1);
  const paragraph = [`${'  '.repeat(depth)}- ${headline(entry, citationNumber)}`];
  if (!repeat && node.text !== undefined && oneLine(node.text) !== '') {
    paragraph.push(`${pad}${escapeMarkdown(oneLine(node.text), true)}`);
  }
  if (
    edge !== undefined &&
    !isLinked(edge) &&
    edge.note !== undefined &&
    oneLine(edge.note) !== ''
  ) {
    paragraph.push(`${pad}*Note: ${escapeMarkdown(oneLine(edge.note))}*`);
  }
  const lines = paragraph.map((line, i) => (i < paragraph.length - 1 ? `${line}\\` : line));
  if (!repeat && node.quote !== undefined && oneLine(node.quote) !== '') {
    for (const raw of stripControlChars(node.quote)
      .trim()
      .split(/\r\n|\r|\n/)) {
      const line = oneLine(raw);
      lines.push(line === '' ? `${pad}>` : `${pad}> ${escapeMarkdown(line, true)}`);
    }
  }
  return lines;
}

/** The heading of linked premises, which are listed under it: they support only together. */
function groupItem(entry: GroupEntry): string[] {
  const lines = [
    `${'  '.repeat(entry.depth)}- ${relationPrefix(entry.edge, entry.onInference, true)}`,
  ];
  const note = entry.edge.note;
  if (note !== undefined && oneLine(note) !== '') {
    lines[0] += '\\';
    lines.push(`${'  '.repeat(entry.depth + 1)}*Note: ${escapeMarkdown(oneLine(note))}*`);
  }
  return lines;
}

function sourceEntry(citation: Citation): string {
  let text = `${escapeMarkdown(formatCitation(citation, { full: true }))}.`;
  const href = safeHref(citation.url);
  if (href !== null) text += ` <${href}>`;
  else if (citation.url !== undefined) text += ` ${escapeMarkdown(oneLine(citation.url))}`;
  if (citation.note !== undefined) text += ` ${escapeMarkdown(oneLine(citation.note))}`;
  const footnotes = citation.footnote;
  if (footnotes !== undefined) {
    const list = Array.isArray(footnotes) ? footnotes : [footnotes];
    text += ` (${list.length > 1 ? 'footnotes' : 'footnote'} ${list.join(', ')} in the source)`;
  }
  return text;
}

export function exportMarkdown(map: ArgumentMap): string {
  const entries = walkTree(map);
  const numbers = numberCitations(entries);
  const { source } = map;
  const out = [`# ${escapeMarkdown(oneLine(map.title))}`, ''];
  if (source !== undefined) {
    let sourceLine = `Source: ${escapeMarkdown(formatCitation(source, { full: true }))}.`;
    const href = safeHref(source.url);
    if (href !== null) sourceLine += ` <${href}>`;
    out.push(sourceLine, '');
  }
  if (map.description !== undefined && oneLine(map.description) !== '') {
    out.push(escapeMarkdown(oneLine(map.description), true), '');
  }

  for (const entry of entries) {
    if (entry.kind === 'group') {
      out.push(...groupItem(entry));
      continue;
    }
    const { node, repeat } = entry;
    const number =
      repeat || node.citation === undefined ? undefined : numbers.get(citationKey(node.citation));
    out.push(...item(entry, number));
  }

  const works = new Map<number, Citation>();
  for (const { node } of statementEntries(entries)) {
    if (node.citation === undefined) continue;
    const number = numbers.get(citationKey(node.citation))!;
    if (!works.has(number)) works.set(number, node.citation);
  }
  if (works.size > 0) {
    out.push('', '## Sources', '');
    for (const [number, citation] of works) out.push(`${number}. ${sourceEntry(citation)}`);
  }
  return `${out.join('\n')}\n`;
}

export const markdownExporter: Exporter = {
  id: 'md',
  label: 'Markdown outline',
  extension: 'md',
  mime: 'text/markdown',
  run: exportMarkdown,
};
