import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  importerById,
  importerIds,
  pickImporter,
  safeMessages,
  type Opened,
} from '../../src/lib/io/import-file';
import { notAMap } from '../../src/lib/io/importers/warrant';
import { parseJson } from '../../src/lib/io/parse-json';
import { findDisconnected } from '../../src/lib/model/graph-checks';
import type { Problem } from '../../src/lib/model/problems';
import type { ArgumentMap } from '../../src/lib/model/types';
import { loadMapFile, type LoadOptions } from './load-map';

export interface ReadMapOptions extends LoadOptions {
  /** An importer's id to read the file with, instead of the one its content and ending pick. */
  from?: string;
}

/**
 * Reads a file in any format Warrant imports, for the command line, with the
 * importer the app would pick (`pickImporter`), and names the format in the
 * result. Warrant JSON goes through `loadMapFile`, which also reads the
 * source text so quotes are proven verbatim. Problems name `file` as given.
 */
export async function readMapFile(file: string, options: ReadMapOptions = {}): Promise<Opened> {
  const read = options.readFile ?? ((path: string) => readFile(path, 'utf8'));
  const absoluteFile = resolve(options.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = await read(absoluteFile);
  } catch (error) {
    return { ok: false, problems: [{ path: file, message: `cannot read: ${String(error)}` }] };
  }
  const name = basename(file);
  const picked = pickImporter(name, text, options.from === undefined ? {} : { from: options.from });
  if (!picked.ok) {
    return { ok: false, problems: picked.problems.map((problem) => ({ ...problem, path: file })) };
  }
  const importer = picked.value;
  const format = importer.label;
  if (importer.id === 'warrant') {
    const parsed = parseJson(text);
    const none = parsed.ok ? notAMap(parsed.value) : undefined;
    if (none !== undefined) return { ok: false, problems: [none], format };
    // Read once: loadMapFile gets the text already read, and reads only the source text.
    const readAgain = (path: string) =>
      path === absoluteFile ? Promise.resolve(text) : read(path);
    return {
      ...safeMessages(await loadMapFile(file, { ...options, readFile: readAgain })),
      format,
    };
  }
  const result = safeMessages(await importer.run(text, name));
  if (!result.ok || options.strict !== true) return { ...result, format };
  const strict = strictWarning(result.value, file);
  const warnings = [...(result.warnings ?? []), ...(strict === undefined ? [] : [strict])];
  return { ok: true, value: result.value, ...(warnings.length > 0 ? { warnings } : {}), format };
}

/** Statements named in the --strict warning of an imported map; the count says the rest. */
const NAMED = 5;

/**
 * What `--strict` asks of an imported map, as of a hand-modeled one: one
 * connected argument. Said once for the file, naming statements by their id
 * (which the importers take from the file: Kialo's numbers, AIF's nodeIDs,
 * Argdown's titles), since a JSON path into the imported map would point
 * nowhere in the file.
 */
function strictWarning(map: ArgumentMap, file: string): Problem | undefined {
  const outside = findDisconnected(map).map((problem) => {
    const index = Number(/^\$\.nodes\[(\d+)\]/.exec(problem.path)?.[1]);
    return JSON.stringify(map.nodes[index]?.id ?? '?');
  });
  if (outside.length === 0) return undefined;
  const named = outside.slice(0, NAMED).join(', ') + (outside.length > NAMED ? ', …' : '');
  return {
    path: file,
    message: `${outside.length} ${outside.length === 1 ? 'statement is' : 'statements are'} not connected to the main part of the argument (${named}); --strict expects one connected argument`,
  };
}

/** Checks a `--from` value: undefined if it names an importer, else what to say. */
export const unknownInputFormat = (from: string | undefined): string | undefined =>
  from === undefined || importerById(from) !== undefined
    ? undefined
    : `unknown input format ${JSON.stringify(from)}\ninput formats: ${importerIds()}`;

/** The usage line's note on input formats. */
export const inputFormatsUsage = (): string =>
  `input formats (found by content and file ending; --from to choose one): ${importerIds()}`;
