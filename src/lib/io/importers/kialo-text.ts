/**
 * Reads the Markdown of one Kialo claim with markdown-it, keeping only what
 * Kialo writes: backslash escapes (`\(`, `\[`…), links `[text](url)`,
 * autolinks `<url>` and line breaks. Emphasis, code and HTML are left as
 * the characters they are, so no text is lost to markup rules Kialo does not use.
 */
import MarkdownItCallable, { type MarkdownIt, type Token } from 'markdown-it';
import { isWebAddress } from '../formats/kialo';

export interface ClaimLink {
  text: string;
  url: string;
}

export interface ClaimText {
  /** The text as a reader sees it: escapes resolved, links reduced to their text. */
  plain: string;
  /** Every http(s) link, in order. */
  links: ClaimLink[];
  /** The `[n]` markers whose number is in the sources list, in order, once each. */
  footnotes: number[];
  /** `[n]` markers the sources list does not have (only when there is a list), once each. */
  unanswered: number[];
}

let parser: MarkdownIt | undefined;

function markdown(): MarkdownIt {
  if (parser !== undefined) return parser;
  parser = new MarkdownItCallable('zero', { linkify: false, html: false });
  parser.enable(['escape', 'link', 'autolink', 'newline']);
  // Keep addresses exactly as written (after unescaping), not percent-encoded.
  parser.normalizeLink = (url: string) => url;
  return parser;
}

/**
 * Without `[` or `<` a claim can hold no link, and all markdown-it would do
 * is resolve backslash escapes (before ASCII punctuation, and before a line
 * break, which stays) and turn NUL into U+FFFD (bodies hold no CR: lines
 * are split at it). Most claims are like that, and skipping the parser for
 * them is faster; a test checks that both ways give the same text.
 */
export const unescapePlain = (body: string): string =>
  body.replace(/\\([!-/:-@[-`{-~\n])/g, '$1').replace(/\0/g, '\uFFFD');

export function readClaimText(body: string, footnoteNumbers: ReadonlySet<number>): ClaimText {
  const links: ClaimLink[] = [];
  const plain = (/[[<]/.test(body) ? readMarkdown(body, links) : unescapePlain(body)).trim();
  // Without a sources list, `[1]` is just text (the numbered layout has none).
  const markers = new Set<number>();
  if (footnoteNumbers.size > 0) {
    for (const match of plain.matchAll(/\[(\d{1,9})\]/g)) markers.add(Number(match[1]));
  }
  const numbers = [...markers];
  return {
    plain,
    links,
    footnotes: numbers.filter((n) => footnoteNumbers.has(n)),
    unanswered: numbers.filter((n) => !footnoteNumbers.has(n)),
  };
}

/** The text as markdown-it reads it, with every http(s) link added to `links`. */
export function readMarkdown(body: string, links: ClaimLink[]): string {
  const tokens: Token[] = markdown().parseInline(body, {})[0]?.children ?? [];
  let plain = '';
  let link: { url: string; text: string } | undefined;
  for (const token of tokens) {
    if (token.type === 'link_open') {
      link = { url: String(token.attrGet('href') ?? ''), text: '' };
      continue;
    }
    if (token.type === 'link_close') {
      if (link === undefined) continue;
      if (isWebAddress(link.url)) {
        links.push({ text: link.text, url: link.url });
        plain += link.text;
      } else {
        // mailto:, relative or other targets: keep both parts readable.
        plain += link.text === link.url ? link.url : `${link.text} (${link.url})`;
      }
      link = undefined;
      continue;
    }
    const piece = token.type === 'softbreak' || token.type === 'hardbreak' ? '\n' : token.content;
    if (link !== undefined) link.text += piece;
    else plain += piece;
  }
  return plain;
}
