import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FONT_FAMILY,
  estimateWidth,
  wrapText,
  type Measure,
} from '../../../src/lib/graph/text-metrics';
import { runs } from '../../support/property';

const FONT = `400 13px ${FONT_FAMILY}`;
/** Seven pixels a character: easy to reason about. */
const mono: Measure = (text) => text.length * 7;
const normalize = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzÄé0123456789.,;-'),
  minLength: 1,
  maxLength: 12,
});
const spacing = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ');
/** Words joined by arbitrary whitespace, possibly with leading and trailing blanks. */
const sentence = fc
  .tuple(fc.array(fc.tuple(word, spacing), { maxLength: 25 }), spacing, fc.boolean())
  .map(([pairs, lead, withLead]) => (withLead ? lead : '') + pairs.map(([w, s]) => w + s).join(''));

describe('estimateWidth', () => {
  it.each([
    ['abcd', '400 13px sans-serif', 4 * 13 * 0.58],
    ['abcd', '700 15px sans-serif', 4 * 15 * 0.62],
    ['abcd', 'bold 10px serif', 4 * 10 * 0.62],
    ['abcd', '600 12px serif', 4 * 12 * 0.62],
    ['abcd', '500 12px serif', 4 * 12 * 0.58],
    ['abcd', '400 12.5px serif', 4 * 12.5 * 0.58],
    ['abcd', 'sans-serif', 4 * 13 * 0.58],
    ['', '700 15px sans-serif', 0],
    ['x'.repeat(100), FONT, 100 * 13 * 0.58],
  ])('measures %j in %j as %d', (text, font, expected) => {
    expect(estimateWidth(text, font)).toBeCloseTo(expected, 9);
  });

  it('is additive in the text (a per-character estimate)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(estimateWidth(a + b, FONT)).toBeCloseTo(
          estimateWidth(a, FONT) + estimateWidth(b, FONT),
          6,
        );
      }),
    );
  });
});

describe('wrapText', () => {
  it.each(['', ' ', '   \n\t  '])('returns one empty line for blank text %j', (text) => {
    expect(wrapText(text, 100, FONT, mono)).toEqual(['']);
  });

  it('keeps a line that fits whole, normalizing whitespace', () => {
    expect(wrapText('  one\ttwo \n three  ', 1000, FONT, mono)).toEqual(['one two three']);
  });

  it('breaks greedily at word boundaries', () => {
    // 5 characters a line at 7px a character.
    expect(wrapText('aa bb cc dd', 35, FONT, mono)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('aa bb cc dd', 34, FONT, mono)).toEqual(['aa', 'bb', 'cc', 'dd']);
    expect(wrapText('aaa bb c', 42, FONT, mono)).toEqual(['aaa bb', 'c']);
  });

  it('accepts a line exactly as wide as the maximum', () => {
    expect(wrapText('abcde', 35, FONT, mono)).toEqual(['abcde']);
  });

  it('splits a word longer than the line', () => {
    expect(wrapText('abcdefghijkl', 35, FONT, mono)).toEqual(['abcde', 'fghij', 'kl']);
    expect(wrapText('x abcdefghijkl y', 35, FONT, mono)).toEqual(['x', 'abcde', 'fghij', 'kl y']);
  });

  it('splits down to single characters when not even one fits', () => {
    expect(wrapText('abc de', 3, FONT, mono)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never splits a character made of a surrogate pair', () => {
    // Each emoji is two UTF-16 units, 14 px wide here, so one fits a 21 px line.
    const lines = wrapText('😀'.repeat(10), 21, 'f', (t) => t.length * 7);
    expect(lines).toEqual(Array.from({ length: 10 }, () => '😀'));
  });

  it('passes the font to the measure', () => {
    const fonts = new Set<string>();
    wrapText('some words to wrap here', 50, 'bold 20px X', (t, font) => {
      fonts.add(font);
      return t.length * 7;
    });
    expect([...fonts]).toEqual(['bold 20px X']);
  });

  it('works with a non-linear measure', () => {
    // "w" is wide, everything else narrow.
    const measure: Measure = (t) => [...t].reduce((sum, c) => sum + (c === 'w' ? 20 : 5), 0);
    expect(wrapText('ww ii ww ii', 55, FONT, measure)).toEqual(['ww ii', 'ww ii']);
    expect(wrapText('ww ii ww ii', 54, FONT, measure)).toEqual(['ww', 'ii', 'ww', 'ii']);
    expect(wrapText('iiiiiiiiii', 50, FONT, measure)).toEqual(['iiiiiiiiii']);
    expect(wrapText('www', 55, FONT, measure)).toEqual(['ww', 'w']);
  });

  it('never lets a line exceed the maximum width', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 7, max: 300 }), (text, maxWidth) => {
        for (const line of wrapText(text, maxWidth, FONT, mono)) {
          expect(mono(line, FONT)).toBeLessThanOrEqual(maxWidth);
        }
      }),
      runs(300),
    );
  });

  it('keeps every character in order, and makes no blank or padded lines', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 7, max: 300 }), (text, maxWidth) => {
        const lines = wrapText(text, maxWidth, FONT, mono);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        if (normalize(text) === '') return;
        for (const line of lines) {
          expect(line).not.toBe('');
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/\s\s|[\t\n]/);
        }
      }),
      runs(300),
    );
  });

  it('reproduces the normalized text when no word is longer than a line', () => {
    fc.assert(
      fc.property(sentence, fc.integer({ min: 84, max: 300 }), (text, maxWidth) => {
        // Words are at most 12 characters, 84px: none needs splitting.
        const lines = wrapText(text, maxWidth, FONT, mono);
        expect(lines.join(' ')).toBe(normalize(text));
        // Greedy: the next line's first word would not have fitted on this one.
        for (let i = 0; i + 1 < lines.length; i++) {
          const next = lines[i + 1]!.split(' ')[0]!;
          expect(mono(`${lines[i]} ${next}`, FONT)).toBeGreaterThan(maxWidth);
        }
      }),
      runs(300),
    );
  });

  it('is stable when appending words: earlier lines never change', () => {
    fc.assert(
      fc.property(sentence, word, fc.integer({ min: 7, max: 300 }), (text, extra, maxWidth) => {
        const before = wrapText(text, maxWidth, FONT, mono);
        const after = wrapText(`${text} ${extra}`, maxWidth, FONT, mono);
        expect(after.slice(0, before.length - 1)).toEqual(before.slice(0, -1));
        expect(after.length).toBeGreaterThanOrEqual(before.length);
      }),
      runs(200),
    );
  });
});
