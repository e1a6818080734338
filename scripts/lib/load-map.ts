import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseJson } from '../../src/lib/io/parse-json';
import { validateMap } from '../../src/lib/model/validate';
import type { ArgumentMap } from '../../src/lib/model/types';
import type { Result } from '../../src/lib/model/problems';

export interface LoadOptions {
  /** Also warn of what a hand-modeled map should not have (see `validateMap`). */
  strict?: boolean;
  /** The directory a relative `file` is read from; `process.cwd()` if absent. */
  cwd?: string;
  /** Reads a UTF-8 file by absolute path; node:fs if absent. */
  readFile?: (path: string) => Promise<string>;
}

/**
 * Reads and validates a map file from disk. The source text named by
 * `source.text` (relative to the map) is loaded so quotes are proven verbatim.
 * Problems name `file` as given, not its resolved path.
 */
export async function loadMapFile(
  file: string,
  options: LoadOptions = {},
): Promise<Result<ArgumentMap>> {
  const read = options.readFile ?? ((path: string) => readFile(path, 'utf8'));
  const absoluteFile = resolve(options.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = await read(absoluteFile);
  } catch (error) {
    return { ok: false, problems: [{ path: file, message: `cannot read: ${String(error)}` }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value as { source?: { text?: unknown } } | null;
  let sourceText: string | undefined;
  const sourcePath = value?.source?.text;
  if (typeof sourcePath === 'string') {
    const absolute = resolve(dirname(absoluteFile), sourcePath);
    try {
      sourceText = await read(absolute);
    } catch {
      return {
        ok: false,
        problems: [{ path: '$.source.text', message: `source text not found at ${absolute}` }],
      };
    }
  }
  return validateMap(parsed.value, {
    ...(sourceText === undefined ? {} : { sourceText }),
    ...(options.strict ? { strict: true } : {}),
  });
}
