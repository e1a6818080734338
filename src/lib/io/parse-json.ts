import type { Problem, Result } from '../model/problems';

/** Larger files are refused before parsing, so a hostile file cannot freeze the page. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Parses JSON text, turning syntax errors into a problem that names the line and column. */
export function parseJson(text: string): Result<unknown> {
  if (text.length > MAX_INPUT_BYTES) {
    return {
      ok: false,
      problems: [
        { path: '$', message: `file is ${text.length} bytes; at most ${MAX_INPUT_BYTES} are read` },
      ],
    };
  }
  // Editors hide a byte-order mark, so positions are counted without it.
  const body = text.replace(/^\uFEFF/, '');
  try {
    // `__proto__` arrives as an own property and the schema rejects it as unknown.
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(body, error)] };
  }
}

function syntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  let line: number | undefined;
  let column: number | undefined;
  if (lineCol) {
    line = Number(lineCol[1]);
    column = Number(lineCol[2]);
  } else {
    // V8 gives no position for "Unexpected token" and "Unexpected end of JSON input".
    const offset = position ? Number(position[1]) : locateSyntaxError(text);
    if (offset !== undefined) {
      const before = text.slice(0, offset);
      line = before.split('\n').length;
      column = offset - before.lastIndexOf('\n');
    }
  }
  const detail = message
    .replace(/^JSON\.parse: /, '')
    .replace(/(?: in JSON)? at position \d+.*$/s, '')
    // V8 quotes the text around the error ("…" is not valid JSON); the position says it better.
    .replace(/, (?:"[\s\S]*"|\.\.\.[\s\S]*) is not valid JSON$/, '');
  return {
    path: line !== undefined ? `line ${line}, column ${column}` : '$',
    message: `invalid JSON: ${detail}`,
  };
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/**
 * The offset of the first JSON syntax error in `text` (its length when the text
 * ends too early), or `undefined` if the scanner finds none. Iterative, so deep
 * nesting cannot overflow the stack.
 */
function locateSyntaxError(text: string): number | undefined {
  let i = 0;
  const open: string[] = [];
  // 'value': a value is due; 'key': a property name is due; 'after': a value just ended.
  let state: 'value' | 'key' | 'colon' | 'after' = 'value';
  let justOpened = false;
  for (;;) {
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
    if (i >= text.length) return state === 'after' && open.length === 0 ? undefined : i;
    const c = text[i]!;
    if (state === 'value') {
      if (justOpened && c === ']') {
        open.pop();
        i++;
        state = 'after';
      } else if (c === '{' || c === '[') {
        open.push(c);
        i++;
        state = c === '{' ? 'key' : 'value';
        justOpened = true;
        continue;
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'after';
      } else if (c === '-' || (c >= '0' && c <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return i + 1;
        i = NUMBER.lastIndex;
        state = 'after';
      } else {
        const literal = LITERALS.find((word) => word[0] === c);
        if (literal === undefined) return i;
        for (let k = 0; k < literal.length; k++) {
          if (text[i + k] !== literal[k]) return i + k;
        }
        i += literal.length;
        state = 'after';
      }
    } else if (state === 'key') {
      if (justOpened && c === '}') {
        open.pop();
        i++;
        state = 'after';
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
        state = 'colon';
      } else {
        return i;
      }
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else {
      const container = open[open.length - 1];
      if (container === undefined) return i; // text after the top-level value
      if (c === ',') {
        state = container === '{' ? 'key' : 'value';
      } else if (c === (container === '{' ? '}' : ']')) {
        open.pop();
      } else {
        return i;
      }
      i++;
    }
    justOpened = false;
  }
}

/** The offset just past the string starting at `start`, or `-(offset + 1)` of its error. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -(i + 1);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 2);
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return -(i + 2);
      }
    }
  }
  return -(text.length + 1);
}
