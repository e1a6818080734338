/**
 * JSON reading for the AIF family, where ids must keep their exact text.
 *
 * AIFdb and OVA write ids as strings or as numbers, sometimes both in one
 * file. `JSON.parse` turns a number into a double, so 9007199254740993 and
 * 9007199254740992 (above 2^53) become one id, and `1e309` becomes Infinity.
 * A file with numeric ids is therefore parsed again with lossless-json, which
 * keeps each number's source text. The native parse runs first because it
 * is about 7× faster (77 ms against 516 ms for 7.6 MB, measured) and gives
 * the line and column of a syntax error.
 */
import { isLosslessNumber, parse as parseLossless } from 'lossless-json';
import type { Result } from '../../../model/problems';
import { parseJson } from '../../parse-json';
import { isRecord } from './shape';

export { isRecord };

/** The keys whose values name nodes or people. */
const ID_KEYS = ['nodeID', 'fromID', 'toID', 'personID', 'participantID', 'id'] as const;
/** The arrays whose items carry those keys, at the top level or in the xAIF wrapper. */
const ID_ARRAYS = ['nodes', 'edges', 'locutions', 'participants'] as const;

/** Whether any id the importers read is a JSON number (then its text matters). */
function hasNumericIds(root: unknown): boolean {
  const containers = isRecord(root) ? [root, root.AIF] : [];
  for (const container of containers) {
    if (!isRecord(container)) continue;
    for (const key of ID_ARRAYS) {
      const items = container[key];
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (!isRecord(item)) continue;
        // OVA2 edges hold whole node objects in `from` and `to`.
        const holders = [item, item.from, item.to];
        for (const holder of holders) {
          if (isRecord(holder) && ID_KEYS.some((id) => typeof holder[id] === 'number')) return true;
        }
      }
    }
  }
  return false;
}

/**
 * Parses JSON, keeping the source text of every number when an id is
 * numeric (numbers then arrive as lossless-json's `LosslessNumber`).
 */
export function parseJsonExact(text: string): Result<unknown> {
  const parsed = parseJson(text);
  if (!parsed.ok || !hasNumericIds(parsed.value)) return parsed;
  try {
    const value = parseLossless(text.replace(/^\uFEFF/, ''), null, {
      // `JSON.parse` keeps the last of two equal keys; so does this.
      onDuplicateKey: ({ newValue }) => newValue,
    });
    return { ok: true, value };
  } catch (error) {
    // The native parser accepted the text, so only its depth can defeat the
    // recursive one (a stack overflow, at about 5,000 levels).
    const message = error instanceof RangeError ? 'too deeply nested' : String(error);
    return {
      ok: false,
      problems: [{ path: '$', message: `cannot read the numeric ids exactly: ${message}` }],
    };
  }
}

/**
 * An id as text: a string as it is, a number as written in the file.
 * Empty strings and other values are no id.
 */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (isLosslessNumber(value)) return value.value;
  // Reached only when no id in the file is numeric (see `hasNumericIds`),
  // e.g. a number in a key the importer does not read ids from.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Characters that must not reach a terminal or the page raw: C0 and C1 controls, line separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Input text for a message: quoted, cut to `max` characters, with control
 * characters written as escapes (`"a\u001b[31m"`), never raw.
 */
export function quoted(text: string, max = 60): string {
  const cut = text.length <= max ? text : `${text.slice(0, max - 1)}…`;
  // JSON.stringify escapes quotes, backslashes, C0 controls and lone surrogates.
  return JSON.stringify(cut).replace(
    UNSAFE,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
