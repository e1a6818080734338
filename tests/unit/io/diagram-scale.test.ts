import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, capScale } from '../../../src/lib/io/diagram/scale';
import { runs } from '../../support/property';

describe('CANVAS_LIMITS', () => {
  it('stays under every current browser’s canvas limits', () => {
    expect(CANVAS_LIMITS).toEqual({ maxSide: 16_384, maxArea: 120_000_000 });
  });
});

describe('capScale', () => {
  it('keeps the requested scale when the image fits', () => {
    expect(capScale(1000, 800, 2)).toEqual({ scale: 2, capped: false });
    expect(capScale(1280, 800, 4)).toEqual({ scale: 4, capped: false });
  });

  it('keeps a scale that meets the limit exactly', () => {
    // 8192 × 2 = 16,384 px, the longest side allowed.
    expect(capScale(8192, 100, 2)).toEqual({ scale: 2, capped: false });
  });

  it('caps a long image by its longest side', () => {
    // 16,384 / 10,000 = 1.6384, rounded down to a thousandth.
    expect(capScale(10_000, 100, 4)).toEqual({ scale: 1.638, capped: true });
    expect(capScale(100, 10_000, 4)).toEqual({ scale: 1.638, capped: true });
  });

  it('caps a large square image by its area', () => {
    // √(120,000,000 / 25,000,000) = √4.8 = 2.1909…; the sides alone would allow 3.2768.
    expect(capScale(5000, 5000, 4)).toEqual({ scale: 2.19, capped: true });
  });

  it('treats an empty image as one pixel', () => {
    expect(capScale(0, 0, 3)).toEqual({ scale: 3, capped: false });
    expect(capScale(-5, 20_000, 1)).toEqual({ scale: 0.819, capped: true });
  });

  it('takes other limits', () => {
    expect(capScale(300, 200, 4, { maxSide: 1000, maxArea: 1e9 })).toEqual({
      scale: 3.333,
      capped: true,
    });
    // 300 × 200 = 60,000 px: the area allows exactly 1×.
    expect(capScale(300, 200, 4, { maxSide: 1e6, maxArea: 60_000 })).toEqual({
      scale: 1,
      capped: true,
    });
    expect(capScale(300, 200, 1, { maxSide: 1e6, maxArea: 60_000 })).toEqual({
      scale: 1,
      capped: false,
    });
    expect(capScale(300, 200, 4, { maxSide: 1e6, maxArea: 59_999 })).toEqual({
      scale: 0.999,
      capped: true,
    });
  });

  it('never exceeds the request or the limits, and caps only when it must', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(1, 2, 3, 4),
        (width, height, requested) => {
          const { scale, capped } = capScale(width, height, requested);
          expect(scale).toBeLessThanOrEqual(requested);
          expect(capped).toBe(scale < requested);
          expect(Math.max(width, height) * scale).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
          expect(width * scale * height * scale).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
          // Rounded down to a thousandth at most: a larger step would waste pixels.
          if (capped) {
            const next = scale + 0.001;
            const fitsNext =
              Math.max(width, height) * next <= CANVAS_LIMITS.maxSide &&
              width * next * height * next <= CANVAS_LIMITS.maxArea;
            expect(fitsNext).toBe(false);
          }
        },
      ),
      runs(300),
    );
  });
});
