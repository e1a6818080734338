/**
 * A Markdown outline for handing out in class: the thesis, and under every
 * statement the reasons for and against it, each marked with a symbol and a
 * word (✚ Supports / ✖ Opposes) so it reads the same in black and white.
 * Quotes are block quotes inside their item. Citations carry the source's
 * own footnote numbers, so the handout and the letter agree ([7], [10, 11]);
 * works cited without a footnote are lettered [a], [b] in order of use (or,
 * in a map with no footnotes at all, numbered 1, 2 in order of use). All are
 * listed under "Sources".
 *
 * A statement that bears on several others is written with its reasons
 * once, under its primary parent (see `walkTree`), and "also supports …"
 * where else it is listed; one that bears on others besides the statement
 * it is written under says so too.
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
  type AlsoLink,
  type GroupEntry,
  type StatementEntry,
  type TreeEntry,
} from '../../analysis/outline';
import { alsoVerb } from '../../analysis/outline-tree';
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

/** Letters for works without a footnote: a … z, then aa, ab, …. */
const letter = (i: number): string =>
  i < 26 ? String.fromCharCode(97 + i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`;

/**
 * Each distinct work's key in the text, by `citationKey`: its footnote
 * numbers in the source ("10, 11"), or a letter in order of first use; when
 * no work has a footnote, numbers in order of first use.
 */
function citationKeys(entries: readonly TreeEntry[]): Map<string, string> {
  const works = new Map<string, Citation>();
  for (const { node } of statementEntries(entries)) {
    if (node.citation === undefined) continue;
    const key = citationKey(node.citation);
    if (!works.has(key)) works.set(key, node.citation);
  }
  const footnoted = [...works.values()].some((work) => footnotesOf(work).length > 0);
  const keys = new Map<string, string>();
  let unnumbered = 0;
  for (const [key, work] of works) {
    const footnotes = footnotesOf(work);
    if (!footnoted) keys.set(key, String(keys.size + 1));
    else if (footnotes.length > 0) keys.set(key, footnotes.join(', '));
    else keys.set(key, letter(unnumbered++));
  }
  return keys;
}

const footnotesOf = (citation: Citation): number[] =>
  citation.footnote === undefined
    ? []
    : Array.isArray(citation.footnote)
      ? citation.footnote
      : [citation.footnote];

/** The first footnote number, for listing sources in the source's order; letters after. */
const sourceOrder = (key: string): number => {
  const number = Number.parseInt(key, 10);
  return Number.isNaN(number) ? Infinity : number;
};

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

/** "also supports “Label”", for each other statement an entry bears on. */
const alsoPhrase = (link: AlsoLink): string =>
  `also ${alsoVerb(link)} “${escapeMarkdown(oneLine(link.node.label))}”`;

/** Where a repeated statement's reasons are: "(also supports “X”, where its reasons are given)". */
function pointer(entry: StatementEntry): string {
  const home = entry.reasonsUnder;
  const link = home && entry.also.find((other) => other.node.id === home.id);
  return link === undefined
    ? '*(its reasons are given further up)*'
    : `*(${alsoPhrase(link)}, where its reasons are given)*`;
}

function headline(entry: StatementEntry, citation: string | undefined): string {
  const { node, edge, repeat } = entry;
  const prefix =
    edge === undefined
      ? `**${KIND_WORDS[node.kind].name}:**`
      : isLinked(edge)
        ? ''
        : relationPrefix(edge, entry.onInference);
  const label = escapeMarkdown(oneLine(node.label));
  const lead = prefix === '' ? '' : `${prefix} `;
  if (repeat) return `${lead}${label} ${pointer(entry)}`;
  let line = `${lead}${label}`;
  if (isImplicit(node)) line += ' *(unstated premise)*';
  if (edge !== undefined && (node.kind === 'evidence' || node.kind === 'authority')) {
    line += ` *(${node.kind})*`;
  }
  if (node.holder !== undefined) line += ` — *held by ${escapeMarkdown(oneLine(node.holder))}*`;
  if (citation !== undefined) line += ` \\[${citation}\\]`;
  return line;
}

/**
 * One list item: the headline, then the longer text and the note on the link
 * (each after a hard line break, a trailing backslash, so they stay in the
 * item's paragraph), the other statements it bears on, then the quote as a
 * block quote. A repeat keeps only what belongs to its own edge.
 */
function item(entry: StatementEntry, citation: string | undefined): string[] {
  const { node, edge, repeat, depth } = entry;
  const pad = '  '.repeat(depth + 1);
  const paragraph = [`${'  '.repeat(depth)}- ${headline(entry, citation)}`];
  if (!repeat && node.text !== undefined && oneLine(node.text) !== '') {
    paragraph.push(`${pad}${escapeMarkdown(oneLine(node.text), true)}`);
  }
  if (!repeat && entry.also.length > 0) {
    const also = entry.also.map(alsoPhrase).join('; ');
    paragraph.push(`${pad}*${also.charAt(0).toUpperCase()}${also.slice(1)}.*`);
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

function sourceEntry(key: string, citation: Citation): string {
  let text = `- \\[${key}\\] ${escapeMarkdown(formatCitation(citation, { full: true }))}.`;
  const href = safeHref(citation.url);
  if (href !== null) text += ` <${href}>`;
  else if (citation.url !== undefined) text += ` ${escapeMarkdown(oneLine(citation.url))}`;
  if (citation.note !== undefined) text += ` ${escapeMarkdown(oneLine(citation.note))}`;
  return text;
}

export function exportMarkdown(map: ArgumentMap): string {
  const entries = walkTree(map);
  const keys = citationKeys(entries);
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
    const key =
      repeat || node.citation === undefined ? undefined : keys.get(citationKey(node.citation));
    out.push(...item(entry, key));
  }

  const works = new Map<string, Citation>();
  for (const { node } of statementEntries(entries)) {
    if (node.citation === undefined) continue;
    const key = citationKey(node.citation);
    if (!works.has(key)) works.set(key, node.citation);
  }
  if (works.size > 0) {
    const listed = [...works].map(([work, citation]) => ({ key: keys.get(work)!, citation }));
    out.push('', '## Sources', '');
    if ([...works.values()].some((citation) => footnotesOf(citation).length > 0)) {
      const lettered = listed.some(({ key }) => sourceOrder(key) === Infinity);
      out.push(
        `Numbered as the footnotes of the source${lettered ? '; lettered works are cited without one' : ''}.`,
        '',
      );
    }
    // Stable: works under the same footnote, and lettered works, stay in order of use.
    listed.sort((a, b) => sourceOrder(a.key) - sourceOrder(b.key));
    for (const { key, citation } of listed) out.push(sourceEntry(key, citation));
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
