/**
 * Text helpers every importer and exporter needs. They receive maps that may
 * never have been validated (tests with hostile content, half-read files), so
 * nothing here trusts ids to be unique, well-formed or safe as object keys.
 */
import { normalizeWhitespace } from '../model/graph-checks';
import type { Citation } from '../model/types';

/**
 * Removes characters no text format can carry: C0/C1 controls other than tab,
 * line feed and carriage return, lone surrogates, and the non-characters
 * U+FFFE/U+FFFF. XML 1.0 rejects all of them, and the rest are invisible.
 */
export const stripControlChars = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );

/** Text for a single line: control characters gone, all whitespace runs one space. */
export const oneLine = (text: string): string => normalizeWhitespace(stripControlChars(text));

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Character references, because parsers normalise literal CR (and, in
  // attributes, tabs and newlines) away.
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Escapes text for XML element content (and attribute values without tabs or newlines). */
export const escapeXml = (text: string): string =>
  stripControlChars(text).replace(/[&<>"'\r]/g, (ch) => XML_ENTITIES[ch] ?? ch);

/** Like `escapeXml`, but also keeps tabs and newlines through attribute-value normalisation. */
export const escapeXmlAttribute = (text: string): string =>
  stripControlChars(text).replace(/[&<>"'\r\n\t]/g, (ch) => XML_ENTITIES[ch] ?? ch);

export interface CitationStyle {
  /** Add publication and pages after the title. */
  full?: boolean;
  /** Append the URL. */
  url?: boolean;
}

/**
 * One-line reference: "Author, Title, Publication (date), pp. 10-12".
 * The short style ("Author, Title (date)") is what fits inside a node's text.
 */
export function formatCitation(citation: Citation, style: CitationStyle = {}): string {
  const parts = [citation.author, citation.title];
  if (style.full) parts.push(citation.publication);
  let text = parts
    .filter((part): part is string => typeof part === 'string' && oneLine(part) !== '')
    .map(oneLine)
    .join(', ');
  if (citation.date !== undefined) text += ` (${oneLine(citation.date)})`;
  if (style.full && citation.pages !== undefined) text += `, pp. ${oneLine(citation.pages)}`;
  if (style.url && citation.url !== undefined) text += `, ${oneLine(citation.url)}`;
  return text;
}

/**
 * Hands out unique identifiers. `sanitize` makes a raw id acceptable to the
 * target format; clashes (after sanitising, or with names every JavaScript
 * object already has, such as `__proto__` or `constructor`, which break
 * consumers that key objects by id) get a numeric suffix.
 */
export function idAllocator(sanitize: (raw: string) => string = (raw) => raw) {
  const taken = new Set<string>();
  return (raw: string): string => {
    const base = sanitize(raw);
    let id = base;
    for (let n = 2; taken.has(id) || id in Object.prototype; n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

/**
 * Greedy word wrap, counting code points; words longer than `width` are split
 * (between code points, never inside a surrogate pair) rather than overflow.
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of oneLine(text).split(' ')) {
    if (word === '') continue;
    let rest = Array.from(word);
    while (rest.length > width) {
      if (line.length > 0) lines.push(line.join(''));
      line = [];
      lines.push(rest.slice(0, width).join(''));
      rest = rest.slice(width);
    }
    if (line.length === 0) line = rest;
    else if (line.length + 1 + rest.length <= width) line.push(' ', ...rest);
    else {
      lines.push(line.join(''));
      line = rest;
    }
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines;
}

/** Pretty JSON as every JSON exporter writes it: two spaces, trailing newline. */
export const toPrettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Text from a file, made safe to show in a message: control characters,
 * line and paragraph separators and lone surrogates become `\uXXXX` escapes
 * (JSON-style), so they can neither drive a terminal nor break a line.
 */
export const escapeControlChars = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
