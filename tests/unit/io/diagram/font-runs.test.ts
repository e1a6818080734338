import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseUnicodeRange,
  sliceFinder,
  splitRuns,
  type Face,
} from '../../../../src/lib/io/diagram/font-runs';
import { repoPath } from '../export-helpers';

const sans: Face = { family: 'Sans', style: 'normal' };
const cjk: Face = { family: 'CJK', style: 'normal' };

describe('splitRuns', () => {
  it('cuts a line where the font changes, keeping every character', () => {
    const text = 'Łódź → 共产主义 ≥ 50 %';
    const runs = splitRuns(text, (cp) => (cp >= 0x4e00 && cp <= 0x9fff ? cjk : sans));
    expect(runs).toEqual([
      { text: 'Łódź → ', face: sans },
      { text: '共产主义', face: cjk },
      { text: ' ≥ 50 %', face: sans },
    ]);
    expect(runs.map((run) => run.text).join('')).toBe(text);
  });

  it('keeps characters outside the BMP whole', () => {
    const runs = splitRuns('a😀b', (cp) => (cp > 0xffff ? cjk : sans));
    expect(runs.map((run) => run.text)).toEqual(['a', '😀', 'b']);
  });

  it('returns nothing for empty text', () => {
    expect(splitRuns('', () => sans)).toEqual([]);
  });
});

describe('unicode ranges', () => {
  it('parses single code points and ranges, ignoring junk', () => {
    expect(parseUnicodeRange('U+4e00-4e3f, U+4E45,U+1f600,bogus')).toEqual([
      [0x4e00, 0x4e3f],
      [0x4e45, 0x4e45],
      [0x1f600, 0x1f600],
    ]);
  });

  it('finds the slice of Noto Sans SC that holds a character', () => {
    const table = JSON.parse(
      readFileSync(repoPath('node_modules/@fontsource/noto-sans-sc/unicode.json'), 'utf8'),
    ) as Record<string, string>;
    const find = sliceFinder(table);
    // Slice numbers checked against the font files in the woff test.
    expect(find('产'.codePointAt(0)!)).toBe('[118]');
    expect(find('主'.codePointAt(0)!)).toBe('[118]');
    expect(find('，'.codePointAt(0)!)).toBe('[119]');
    expect(find(0x10ffff)).toBeUndefined();
    const small = sliceFinder({ a: 'U+10-1f', b: 'U+30,U+40-4f' });
    expect([0x0f, 0x10, 0x1f, 0x20, 0x30, 0x31, 0x45, 0x50].map(small)).toEqual([
      undefined,
      'a',
      'a',
      undefined,
      'b',
      undefined,
      'b',
      undefined,
    ]);
  });
});
