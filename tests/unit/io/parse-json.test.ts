import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, parseJson } from '../../../src/lib/io/parse-json';

const fixture = (name: string) =>
  readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures', name), 'utf8');

const problemOf = (text: string) => {
  const result = parseJson(text);
  if (result.ok) throw new Error(`parsed: ${text}`);
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
};

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, true, null, "x"]}')).toEqual({
      ok: true,
      value: { a: [1, true, null, 'x'] },
    });
    expect(parseJson(fixture('maps/small.json')).ok).toBe(true);
  });

  it('locates the syntax error of the malformed fixture', () => {
    // Line 18 is `      "kind": ,`; V8 gives no position for "Unexpected token".
    expect(problemOf(fixture('invalid/malformed.json'))).toEqual({
      path: 'line 18, column 15',
      message: "invalid JSON: Unexpected token ','",
    });
  });

  it.each([
    // [text, path, message]: with and without a position in V8's message.
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3', "Expected ',' or '}' after property value"],
    ['{\n  "a": 1,\n}', 'line 3, column 1', 'Expected double-quoted property name'],
    ['[\n  1,\n  2,\n]', 'line 4, column 1', "Unexpected token ']'"],
    ['{"a": tru}', 'line 1, column 10', "Unexpected token '}'"],
    ["{'a': 1}", 'line 1, column 2', "Expected property name or '}'"],
    ['{"a": 1}\n}', 'line 2, column 1', 'Unexpected non-whitespace character after JSON'],
    ['{"a": "x\ny"}', 'line 1, column 9', 'Bad control character in string literal'],
    ['[NaN]', 'line 1, column 2', "Unexpected token 'N'"],
    ['[-]', 'line 1, column 3', 'No number after minus sign'],
  ])('reports %j at %s', (text, path, detail) => {
    expect(problemOf(text)).toEqual({ path, message: `invalid JSON: ${detail}` });
  });

  it('reports truncated input at its end', () => {
    expect(problemOf('{\n  "nodes": [\n    {"id": ')).toEqual({
      path: 'line 3, column 12',
      message: 'invalid JSON: Unexpected end of JSON input',
    });
    expect(problemOf('')).toEqual({
      path: 'line 1, column 1',
      message: 'invalid JSON: Unexpected end of JSON input',
    });
  });

  it('does not echo the input back in the message', () => {
    const text = `{"label": "${'secret '.repeat(20)}", "kind": }`;
    expect(problemOf(text).message).toBe("invalid JSON: Unexpected token '}'");
  });

  it('counts columns after CRLF line breaks', () => {
    expect(problemOf('{\r\n  "a": [1, 2,, 3]\r\n}').path).toBe('line 2, column 14');
  });

  it('skips a byte-order mark and counts columns without it', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(problemOf('\uFEFF{"a":}').path).toBe('line 1, column 6');
    expect(problemOf('\uFEFF{"a" 1}').path).toBe('line 1, column 6');
    expect(problemOf('\uFEFF{\n"a" 1}').path).toBe('line 2, column 5');
  });

  it('survives deeply nested unterminated input', () => {
    const depth = 100_000;
    expect(problemOf('['.repeat(depth)).path).toBe(`line 1, column ${depth + 1}`);
  });

  it('keeps __proto__ as an own property, not a prototype', () => {
    const result = parseJson('{"__proto__": {"polluted": true}, "a": 1}');
    if (!result.ok) throw new Error('should parse');
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses input over the size limit before parsing', () => {
    const text = ' '.repeat(MAX_INPUT_BYTES + 1);
    expect(parseJson(text)).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message: `file is ${MAX_INPUT_BYTES + 1} bytes; at most ${MAX_INPUT_BYTES} are read`,
        },
      ],
    });
    expect(parseJson(`${' '.repeat(MAX_INPUT_BYTES - 2)}{}`).ok).toBe(true);
  });
});
