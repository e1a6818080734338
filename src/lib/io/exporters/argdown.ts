/**
 * Argdown (https://argdown.org) text, for the Argdown editor and CLI.
 *
 * Layout: a YAML front matter, then the map as relation trees from the thesis
 * down. A statement is defined (`[title]: text {data}`) where it first
 * appears; later appearances (a reason with two targets, a cycle) are bare
 * references (`[title]`). `+ [B]` / `- [B]` indented under `[A]` says that B
 * supports / attacks A, which is exactly a Warrant edge B → A.
 *
 * Titles are the node ids, kept only to the characters the schema allows for
 * ids (so never `]`), never starting with `-` (which Argdown reads as
 * something else), and never a name every JavaScript object has
 * (`__proto__`, `constructor`): @argdown/core keys statements by title in a
 * plain object and silently loses the model on those.
 *
 * Statement text is the label on one line. Argdown gives meaning to many
 * characters mid-line, so these are backslash-escaped:
 * `\ [ ] < > { } # * _ @` always; `/` before `/` or `*` (comments); `=` before
 * `=` (front matter); `.` and `:` when another of the same follows before any
 * whitespace (shortcodes such as `:heart:` or `.A.`, which would otherwise
 * become symbols). Line-start syntax (`+`, `-`, `#`, `(1)`) cannot occur
 * because the text never starts a line.
 *
 * Kind, quote, longer text, holder, section, order and citation go in the
 * statement's inline data, as YAML with JSON-style quoted strings. The edge's
 * scheme and note become a `//` comment on the relation line.
 */
import type { ArgumentMap, Relation, Statement } from '../../model/types';
import { formatCitation, idAllocator, oneLine, stripControlChars } from '../text';
import { statementEntries, walkTree } from '../../analysis/outline';
import type { Exporter } from './types';

const INDENT = '  ';

/** `+ [B]` under `[A]`: B supports A; `- [B]`: B attacks A. */
const ARGDOWN_SIGN: Readonly<Record<Relation, string>> = { supports: '+', opposes: '-' };

const ALWAYS_ESCAPED = new Set(['\\', '[', ']', '<', '>', '{', '}', '#', '*', '_', '@']);

/** Escapes `text` so that Argdown reads it back as exactly `oneLine(text)`. */
export function escapeArgdownText(text: string): string {
  const line = oneLine(text);
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    const next = line[i + 1];
    let escape = ALWAYS_ESCAPED.has(ch);
    if (ch === '/') escape = next === '/' || next === '*';
    else if (ch === '=') escape = next === '=';
    else if (ch === '.' || ch === ':') {
      // A shortcode is the same delimiter twice with no whitespace between.
      const close = line.indexOf(ch, i + 1);
      const space = line.indexOf(' ', i + 1);
      escape = close !== -1 && (space === -1 || close < space);
    }
    out += escape ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * A YAML string that survives the Argdown lexer: JSON quoting (valid YAML,
 * and one line, since line breaks become `\n`), with braces and `=` written
 * as \u escapes because the lexer finds the end of inline data and front
 * matter by those characters before YAML sees them. U+2028/U+2029 are escaped
 * too: JSON leaves them raw, but they would break the line for YAML.
 */
export const yamlString = (text: string): string =>
  JSON.stringify(stripControlChars(text)).replace(
    /[{}=\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

const titleOf = (id: string): string => {
  const cleaned = id.replace(/[^A-Za-z0-9_.:-]/g, '-');
  return /^[A-Za-z0-9]/.test(cleaned) ? cleaned : `n${cleaned}`;
};

/** Argdown titles for every node, unique, in map order. */
export function argdownTitles(map: ArgumentMap): Map<string, string> {
  const allocate = idAllocator(titleOf);
  const titles = new Map<string, string>();
  for (const node of map.nodes) if (!titles.has(node.id)) titles.set(node.id, allocate(node.id));
  return titles;
}

function inlineData(node: Statement, map: ArgumentMap): string {
  const fields: string[] = [`kind: ${yamlString(node.kind)}`];
  if (typeof node.order === 'number' && Number.isFinite(node.order)) {
    fields.push(`order: ${node.order}`);
  }
  if (node.section !== undefined) {
    const section = map.sections.find((candidate) => candidate.id === node.section);
    fields.push(`section: ${yamlString(section?.title ?? node.section)}`);
  }
  if (node.holder !== undefined) fields.push(`holder: ${yamlString(node.holder)}`);
  if (node.text !== undefined) fields.push(`text: ${yamlString(node.text)}`);
  if (node.quote !== undefined) fields.push(`quote: ${yamlString(node.quote)}`);
  if (node.citation !== undefined) {
    fields.push(
      `citation: ${yamlString(formatCitation(node.citation, { full: true, url: true }))}`,
    );
  }
  return `{${fields.join(', ')}}`;
}

export function exportArgdown(map: ArgumentMap): string {
  const titles = argdownTitles(map);
  const lines = [
    '===',
    `title: ${yamlString(map.title)}`,
    ...(map.source !== undefined
      ? [
          `subTitle: ${yamlString([map.source.title, map.source.publication].filter(Boolean).join(', '))}`,
          ...(map.source.author !== undefined ? [`author: ${yamlString(map.source.author)}`] : []),
          ...(map.source.date !== undefined ? [`date: ${yamlString(map.source.date)}`] : []),
        ]
      : []),
    ...(map.description !== undefined ? [`abstract: ${yamlString(map.description)}`] : []),
    '===',
  ];
  for (const { node, depth, edge, repeat } of statementEntries(walkTree(map))) {
    if (depth === 0) lines.push('');
    const title = titles.get(node.id)!;
    const relation = edge === undefined ? '' : `${ARGDOWN_SIGN[edge.relation]} `;
    let line = `${INDENT.repeat(depth)}${relation}[${title}]`;
    if (!repeat) {
      const text = escapeArgdownText(node.label);
      line += `: ${text === '' ? escapeArgdownText(title) : text} ${inlineData(node, map)}`;
    }
    const remarks = [
      ...(edge?.scheme !== undefined ? [`scheme: ${edge.scheme}`] : []),
      ...(edge?.note !== undefined && oneLine(edge.note) !== ''
        ? [`note: ${oneLine(edge.note)}`]
        : []),
    ];
    if (remarks.length > 0) line += ` // ${remarks.join('; ')}`;
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

export const argdownExporter: Exporter = {
  id: 'argdown',
  label: 'Argdown',
  extension: 'argdown',
  mime: 'text/plain',
  run: exportArgdown,
};
