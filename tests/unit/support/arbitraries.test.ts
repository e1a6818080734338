import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyCodePoint, binaryString, httpUrl, scalarValue } from '../../support/arbitraries';
import { runs } from '../../support/property';

describe('the full-Unicode stand-ins', () => {
  it('draw single Unicode scalar values, from U+0000 to U+10FFFF, never a surrogate', () => {
    const drawn = fc.sample(anyCodePoint, { numRuns: 2000, seed: 7 });
    for (const char of drawn) {
      const code = char.codePointAt(0)!;
      expect([...char]).toHaveLength(1);
      expect(code >= 0xd800 && code <= 0xdfff, code.toString(16)).toBe(false);
    }
    expect(drawn.some((char) => char.codePointAt(0)! > 0xffff)).toBe(true);
    expect(drawn.some((char) => char.codePointAt(0)! < 0xd800)).toBe(true);
    expect(drawn.some((char) => char.codePointAt(0)! >= 0xe000)).toBe(true);
  });

  it('count past the surrogates, up to U+10FFFF', () => {
    expect(scalarValue(0)).toBe('\u0000');
    expect(scalarValue(0xd7ff)).toBe('\ud7ff');
    expect(scalarValue(0xd800)).toBe('\ue000');
    expect(scalarValue(0x10ffff - 0x800)).toBe('\u{10ffff}');
  });

  it('give strings that survive UTF-8 and URI encoding, as unit: binary does', () => {
    fc.assert(
      fc.property(binaryString(), (text) => {
        expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text);
        expect(decodeURIComponent(encodeURIComponent(text))).toBe(text);
      }),
      runs(200),
    );
  });

  it('give http(s) addresses the URL parser reads back with the same scheme and host', () => {
    fc.assert(
      fc.property(httpUrl(), (url) => {
        const parsed = new URL(url);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(url.startsWith(`${parsed.protocol}//${parsed.host}`)).toBe(true);
      }),
      runs(200),
    );
  });
});
