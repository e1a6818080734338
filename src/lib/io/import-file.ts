/**
 * The one way in for every file Warrant opens: "Open…", drag and drop,
 * `?map=` and the command line. It refuses what no format could read (an
 * empty file, UTF-16 text, a binary file) before any importer judges it, so
 * such a file is never reported against one format's rules; then it picks
 * the importer (by content, then by the file's ending, or the one asked for)
 * and names it in the result, so every message can say what the file was
 * read as. Whatever an importer quotes from the file in a message, control
 * characters reach neither the terminal nor the page raw.
 */
import type { ArgumentMap } from '../model/types';
import type { Problem, Result } from '../model/problems';
import { MAX_INPUT_BYTES } from './parse-json';
import { escapeControlChars } from './text';
import { chooseImporter, importers, type Importer } from './importers/registry';

/** An import's result, with the name of the format the file was read as (when one was chosen). */
export type Opened = Result<ArgumentMap> & { format?: string };

export interface ImportFileOptions {
  /** An importer's id (`kialo`, `aif`, …) to read the file with, whatever it looks like. */
  from?: string;
}

/** How much of the start of a file is looked at to tell text from other bytes. */
const HEAD = 2048;

/**
 * Why `text` (a file decoded as UTF-8) is no text any importer could read,
 * as the rest of a sentence about the file; undefined if it may be.
 */
export function unreadableText(text: string): string | undefined {
  if (text.length > MAX_INPUT_BYTES) {
    return `is ${text.length} characters long; at most ${MAX_INPUT_BYTES} are read`;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'is empty';
  const head = text.slice(0, HEAD);
  const nuls = [...head.matchAll(/\0/g)].map((match) => match.index);
  if (nuls.length === 0) return undefined;
  // UTF-16 text read as UTF-8: its byte-order mark turns into two replacement
  // characters, and every ASCII character brings a zero byte, all on one side.
  const oneSide = nuls.every((index) => index % 2 === nuls[0]! % 2);
  if (head.startsWith('\uFFFD\uFFFD') || (oneSide && nuls.length * 4 >= head.length)) {
    return 'is UTF-16 text, and Warrant reads UTF-8: save it as UTF-8 (in most editors: "Save as", encoding "UTF-8") and open it again';
  }
  return 'is not a text file: it holds zero bytes, as images, PDFs and word-processor files do';
}

/** The importer with this id, if there is one. */
export const importerById = (id: string): Importer | undefined =>
  importers.find((importer) => importer.id === id);

/** What can be passed as `from`, each with its format's name: `kialo (Kialo discussion export)`. */
export const importerIds = (): string =>
  importers.map((importer) => `${importer.id} (${importer.label})`).join(', ');

/**
 * The importer for a file, or why there is none: by `from` if given, else by
 * content and ending (`chooseImporter`).
 */
export function pickImporter(
  fileName: string,
  text: string,
  options: ImportFileOptions = {},
): Result<Importer> {
  const refuse = (message: string): Result<Importer> => ({
    ok: false,
    problems: [{ path: fileName, message }],
  });
  const unreadable = unreadableText(text);
  if (unreadable !== undefined) return refuse(unreadable);
  if (options.from !== undefined) {
    const forced = importerById(options.from);
    return forced === undefined
      ? refuse(
          `cannot be read as ${JSON.stringify(options.from)}, which is no format Warrant knows`,
        )
      : { ok: true, value: forced };
  }
  const chosen = chooseImporter(fileName, text);
  if (chosen !== undefined) return { ok: true, value: chosen };
  const known = [...new Set(importers.flatMap((importer) => importer.extensions))];
  return refuse(
    `is not a format Warrant opens: it reads Warrant and AIF JSON, Kialo discussion exports and Argdown (${known.map((e) => `.${e}`).join(', ')})`,
  );
}

/** Imports a file's text with the importer that fits it (see `pickImporter`). */
export async function importFile(
  fileName: string,
  text: string,
  options: ImportFileOptions = {},
): Promise<Opened> {
  const picked = pickImporter(fileName, text, options);
  if (!picked.ok) return picked;
  const importer = picked.value;
  return { ...safeMessages(await importer.run(text, fileName)), format: importer.label };
}

const safeProblem = ({ path, message }: Problem): Problem => ({
  path: escapeControlChars(path),
  message: escapeControlChars(message),
});

/**
 * The result with control characters in its problems and warnings written as
 * `\uXXXX`: the importers escape what they quote, and this is the net under
 * them (the validator quotes property names as they are).
 */
export function safeMessages<T>(result: Result<T>): Result<T> {
  if (!result.ok) return { ok: false, problems: result.problems.map(safeProblem) };
  return result.warnings === undefined
    ? result
    : { ...result, warnings: result.warnings.map(safeProblem) };
}
