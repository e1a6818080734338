/**
 * Writing Argdown text that @argdown/core reads back exactly: escaped
 * statement text, YAML values for inline data, titles, and tags.
 *
 * Titles are the node (or edge) ids, kept only to the characters the schema
 * allows for ids (so never `]` or `>`), never starting with `-` (which
 * Argdown reads as something else), and never a name every JavaScript object
 * has (`__proto__`, `constructor`): @argdown/core keys statements and
 * arguments by title in plain objects and silently loses the model on those.
 *
 * Statement text is the label on one line. Argdown gives meaning to many
 * characters mid-line, so these are backslash-escaped:
 * `\ [ ] < > { } # * _ @` always; `/` before `/` or `*` (comments); `=` before
 * `=` (front matter); `.` and `:` when another of the same follows before any
 * whitespace (shortcodes such as `:heart:` or `.A.`, which would otherwise
 * become symbols). Line-start syntax (`+`, `-`, `#`, `(1)`) cannot occur
 * because the text never starts a line.
 */
import type { ArgumentMap, Statement } from '../../model/types';
import { formatCitation, idAllocator, oneLine, stripControlChars } from '../text';

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

/** Hands out titles: ids made safe for Argdown (see the module comment), unique. */
export const titleAllocator = (): ((id: string) => string) => idAllocator(titleOf);

/** Argdown titles for every node, unique, in map order. */
export function argdownTitles(map: ArgumentMap): Map<string, string> {
  const allocate = titleAllocator();
  const titles = new Map<string, string>();
  for (const node of map.nodes) if (!titles.has(node.id)) titles.set(node.id, allocate(node.id));
  return titles;
}

/**
 * Tags as Argdown writes them, `#(tag)`, after the text; a tag Argdown
 * cannot delimit that way (one with a parenthesis) goes in the data instead.
 */
export function splitTags(tags: readonly string[] | undefined): {
  inline: string;
  data: string[];
} {
  const inline: string[] = [];
  const data: string[] = [];
  for (const tag of tags ?? []) {
    const line = oneLine(tag);
    if (line === '') continue;
    if (/[()]/.test(line)) data.push(tag);
    else inline.push(`#(${line})`);
  }
  return { inline: inline.join(' '), data };
}

/** The inline data of a statement: every field Argdown has no syntax of its own for. */
export function inlineData(node: Statement, map: ArgumentMap, extraTags: string[]): string {
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
  if (node.implicit === true) fields.push('implicit: true');
  if (extraTags.length > 0) fields.push(`tags: [${extraTags.map(yamlString).join(', ')}]`);
  return `{${fields.join(', ')}}`;
}
