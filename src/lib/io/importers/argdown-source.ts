/**
 * The Argdown text of a file, checked before @argdown/core sees it: the
 * fenced `argdown` / `argdown-map` blocks of a Markdown file, or the whole of
 * an `.argdown` file. Each block is parsed on its own (each may have front
 * matter, and documents often show one argument growing from block to
 * block), and is preceded by empty lines so that line numbers in messages
 * are the file's own.
 */
import type { Problem, Result } from '../../model/problems';

/**
 * Measured on the 2-core test machine with generated flat maps, parse and
 * model build in Node from a cold start: 100 KB in 0.38 s, 200 KB in 0.84 s,
 * 500 KB in 1.3 s. In the built app (`npm run bench`), picking a 128 KiB
 * file to the "Opened" notice took 0.37–1.0 s cold, about 0.2 s of it the
 * fixed cost of loading the parser; a 2.5 KB file about 0.2 s. The letter's
 * map exports to 50 KB, and the largest real file we know is 12 KB.
 */
export const MAX_ARGDOWN_CHARS = 128 * 1024;

/**
 * @argdown/core's parser and model builder recurse once per level of nested
 * relations, and overflow the stack between 200 and 300 levels (Node 20).
 * Real maps are rarely 20 deep.
 */
export const MAX_NESTING = 100;

/** Info strings that mark a fenced block as Argdown, after Argdown's Markdown plugins. */
const ARGDOWN_LANGUAGES = new Set(['argdown', 'argdown-map']);

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})[ \t]*([^\s`]*)/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HEADING = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

export interface ArgdownSource {
  /** Argdown documents (one for an `.argdown` file), their lines numbered as in the file. */
  documents: string[];
  /** A Markdown file's first top-level heading outside the blocks, a title for the map. */
  heading?: string;
}

const lineAt = (line: number, column = 1): string => `line ${line}, column ${column}`;

/**
 * The fenced Argdown blocks, each as the file's lines with everything
 * outside the block blanked. Other fenced blocks are skipped whole, so an
 * Argdown example quoted inside them is not read. A block left open runs to
 * the end of the file, as in CommonMark.
 */
function fencedBlocks(lines: readonly string[]): { blocks: string[][]; heading?: string } {
  const blocks: string[][] = [];
  let heading: string | undefined;
  let fence: { char: string; length: number; indent: number; argdown: boolean } | undefined;
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (fence === undefined) {
      const open = FENCE_OPEN.exec(line);
      if (open === null) {
        heading ??= HEADING.exec(line)?.[1];
        return;
      }
      const argdown = ARGDOWN_LANGUAGES.has(open[3]!.toLowerCase());
      fence = { char: open[2]![0]!, length: open[2]!.length, indent: open[1]!.length, argdown };
      if (argdown) current = new Array<string>(i + 1).fill('');
      return;
    }
    const close = FENCE_CLOSE.exec(line);
    if (close !== null && close[1]![0] === fence.char && close[1]!.length >= fence.length) {
      if (fence.argdown) blocks.push(current);
      fence = undefined;
      return;
    }
    // Content lines lose the fence's own indentation, as CommonMark says.
    if (fence.argdown) current.push(line.replace(new RegExp(`^ {0,${fence.indent}}`), ''));
  });
  if (fence?.argdown === true) blocks.push(current);
  return { blocks, ...(heading !== undefined ? { heading } : {}) };
}

/** Lines Warrant refuses before parsing: `@include`, and relations nested too deep. */
function refusals(lines: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  // Indentation widths of the enclosing lines: a stack, so a dedent closes levels.
  const indents: number[] = [];
  for (let i = 0; i < lines.length && problems.length < 10; i++) {
    const line = lines[i]!;
    const include = /^([ \t]*)@include\b/.exec(line);
    if (include !== null) {
      problems.push({
        path: lineAt(i + 1, include[1]!.length + 1),
        message:
          '@include reads other files, which Warrant cannot do when it opens one file; paste the included text in its place',
      });
      continue;
    }
    if (line.trim() === '') continue;
    const width = /^[ \t]*/.exec(line)![0].length;
    while (indents.length > 0 && indents[indents.length - 1]! >= width) indents.pop();
    indents.push(width);
    if (indents.length > MAX_NESTING) {
      problems.push({
        path: lineAt(i + 1, width + 1),
        message: `relations are nested more than ${MAX_NESTING} levels deep here; Warrant reads at most ${MAX_NESTING}`,
      });
      break;
    }
  }
  return problems;
}

/** The Argdown to parse. `markdown` says the file is Markdown (by its ending). */
export function readArgdownSource(raw: string, markdown: boolean): Result<ArgdownSource> {
  const text = raw.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\n|\r/);
  const { blocks: documents, heading } = markdown ? fencedBlocks(lines) : { blocks: [lines] };
  if (documents.length === 0) {
    return fail(
      'line 1, column 1',
      'this Markdown file has no ```argdown or ```argdown-map code block to read',
    );
  }
  const length = documents.flat().reduce((sum, line) => sum + line.length, 0);
  if (length > MAX_ARGDOWN_CHARS) {
    return fail(
      'line 1, column 1',
      `the Argdown text is ${length} characters long; Warrant reads at most ${MAX_ARGDOWN_CHARS} (128 KiB)`,
    );
  }
  const problems = documents.flatMap(refusals);
  if (problems.length > 0) return { ok: false, problems };
  if (documents.every((document) => document.every((line) => line.trim() === ''))) {
    return fail('line 1, column 1', 'there is no Argdown text to read: it is empty');
  }
  return {
    ok: true,
    value: {
      documents: documents.map((document) => document.join('\n')),
      ...(heading !== undefined && heading.trim() !== '' ? { heading: heading.trim() } : {}),
    },
  };
}

const fail = (path: string, message: string): Result<never> => ({
  ok: false,
  problems: [{ path, message }],
});
