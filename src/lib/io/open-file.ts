import { MAX_INPUT_BYTES } from './parse-json';
import { importFile, type Opened } from './import-file';

/** Reads a file the user picked or dropped, and imports it with the matching importer. */
export async function openFile(file: File): Promise<Opened> {
  // Refused before reading, so a huge file never reaches memory.
  if (file.size > MAX_INPUT_BYTES) {
    return {
      ok: false,
      problems: [
        { path: file.name, message: `is ${file.size} bytes; at most ${MAX_INPUT_BYTES} are read` },
      ],
    };
  }
  return importFile(file.name, await file.text());
}
