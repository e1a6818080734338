import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseJson } from '../../src/lib/io/parse-json';
import { validateMap } from '../../src/lib/model/validate';
import type { ArgumentMap } from '../../src/lib/model/types';
import type { Result } from '../../src/lib/model/problems';

/**
 * Reads and validates a map file from disk. The source text named by
 * `source.text` (relative to the map) is loaded so quotes are proven verbatim.
 */
export async function loadMapFile(
  file: string,
  options: { strict?: boolean } = {},
): Promise<Result<ArgumentMap>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ path: file, message: `cannot read: ${String(error)}` }] };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value as { source?: { text?: unknown } } | null;
  let sourceText: string | undefined;
  const sourcePath = value?.source?.text;
  if (typeof sourcePath === 'string') {
    const absolute = resolve(dirname(file), sourcePath);
    try {
      sourceText = await readFile(absolute, 'utf8');
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
