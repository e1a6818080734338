import type { ArgumentMap } from '../model/types';
import type { Result } from '../model/problems';
import { MAX_INPUT_BYTES } from './parse-json';
import { chooseImporter, importers } from './importers/registry';

/** An import's result, with the name of the format the file was read as (when one was chosen). */
export type Opened = Result<ArgumentMap> & { format?: string };

/** Reads a file the user picked or dropped, and imports it with the matching importer. */
export async function openFile(file: File): Promise<Opened> {
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      problems: [
        { path: file.name, message: `is ${file.size} bytes; at most ${MAX_INPUT_BYTES} are read` },
      ],
    };
  }
  const text = await file.text();
  const importer = chooseImporter(file.name, text);
  if (importer === undefined) {
    const known = [...new Set(importers.flatMap((i) => i.extensions))].map((e) => `.${e}`);
    return {
      ok: false,
      problems: [
        { path: file.name, message: `is not a format Warrant opens (${known.join(', ')})` },
      ],
    };
  }
  return { ...(await importer.run(text, file.name)), format: importer.label };
}
