/**
 * What @argdown/core, Chevrotain and js-yaml say about a broken file, said
 * for the person who opened it: in words, at a line and column, and with
 * nothing from the file that could drive a terminal or break a line.
 */
import type { Problem } from '../../model/problems';
import { escapeControlChars } from '../text';

/** Messages from the library can run to several sentences; the first 400 characters say it. */
const MESSAGE_MAX = 400;

export const describe = (message: string): string => {
  const safe = escapeControlChars(message.trim());
  return safe.length <= MESSAGE_MAX ? safe : `${safe.slice(0, MESSAGE_MAX - 1)}…`;
};

export const at = (line: number | undefined, column: number | undefined): string =>
  `line ${Number.isFinite(line) ? line : 1}, column ${Number.isFinite(column) ? column : 1}`;

/** What the parser most often expects, in words; other tokens go by their name. */
const EXPECTED_WORDS = new Map([
  ['statement number', 'a numbered statement such as "(2) text"'],
  ['empty line', 'an empty line'],
  ['new line', 'a new line'],
  ['inference end', 'the end of the inference line ("--")'],
  ['indent', 'more indentation'],
  ['dedent', 'less indentation'],
]);

/** Argdown labels its tokens "example (Name)": the name says it. */
const tokenName = (label: string): string => {
  const name = (/\(([^()]+)\)$/.exec(label)?.[1] ?? label).toLowerCase();
  return EXPECTED_WORDS.get(name) ?? name;
};

/**
 * Chevrotain's own messages (Argdown's are sentences already) name token
 * types in arrows; say them in words, with what was found quoted.
 */
export function syntaxMessage(message: string): string {
  const quote = (found: string) =>
    found === '' ? 'the end of the text' : escapeControlChars(JSON.stringify(found));
  const mismatch =
    /^Expecting (?:token of type )?--> ([\s\S]*?) <-- but found --> '([\s\S]*)' <--$/.exec(message);
  if (mismatch !== null) {
    return mismatch[1] === 'EOF'
      ? `cannot read ${quote(mismatch[2]!)} here`
      : `expected ${tokenName(mismatch[1]!)} but found ${quote(mismatch[2]!)}`;
  }
  const redundant = /^Redundant input, expecting EOF but found: ([\s\S]*)$/.exec(message);
  if (redundant !== null) return `cannot read ${quote(redundant[1]!)} here`;
  if (message.startsWith('Expecting: ')) {
    return 'expected Argdown here: a statement ("[Title]: text"), an argument ("<Title>: text"), a heading or text';
  }
  return describe(message);
}

/** The parts of a Chevrotain token a message needs. */
export interface TokenPlace {
  image?: string;
  startLine?: number;
  startColumn?: number;
}

interface YamlError {
  reason?: string;
  message?: string;
  mark?: { line?: number; column?: number };
}

/** Where a YAML error is in the file: the data token's place plus the error's own offset. */
export function yamlProblem(token: TokenPlace, error: unknown, frontMatter: boolean): Problem {
  const yaml: YamlError = error !== null && typeof error === 'object' ? error : {};
  const blockFormat = !frontMatter && /^\{[ \t]*\r?\n/.test(token.image ?? '');
  const markLine = (yaml.mark?.line ?? 0) + (blockFormat ? 1 : 0);
  const markColumn = yaml.mark?.column ?? 0;
  const line = (token.startLine ?? 1) + markLine;
  const column = markLine === 0 ? (token.startColumn ?? 1) + markColumn : markColumn + 1;
  const reason = yaml.reason ?? yaml.message ?? String(error);
  const what = frontMatter ? 'the front matter' : 'this inline data';
  return { path: at(line, column), message: `${what} is not valid YAML: ${describe(reason)}` };
}
