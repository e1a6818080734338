import { describe, expect, it } from 'vitest';
import {
  LEGEND_FONT_SIZE,
  LEGEND_TEXT_SHARE,
  legendSize,
} from '../../../../src/lib/io/diagram/legend';
import { PNG_SIZES } from '../../../../src/lib/io/diagram/options';
import {
  PNG_MARGIN,
  SLIDE_MAX_PIXELS,
  pngChoices,
  pngLayout,
} from '../../../../src/lib/io/diagram/png-plan';

const choice = (layout: ReturnType<typeof pngLayout>, size: string) =>
  pngChoices(layout).find((c) => c.size === size)!;

describe('pngLayout', () => {
  it('puts a margin around the map', () => {
    expect(pngLayout({ width: 600, height: 300 }, false)).toEqual({
      width: 600 + 2 * PNG_MARGIN,
      height: 300 + 2 * PNG_MARGIN,
      map: { x: PNG_MARGIN, y: PNG_MARGIN, width: 600, height: 300 },
    });
  });

  it('enlarges the legend until its text is 1.4% of the image height', () => {
    for (const height of [200, 800, 2377, 20_000]) {
      const layout = pngLayout({ width: 9000, height }, true);
      const legend = layout.legend!;
      expect(legend.y).toBeGreaterThanOrEqual(PNG_MARGIN + height);
      expect(legend.width).toBeCloseTo(legendSize().width * legend.scale, 6);
      const text = LEGEND_FONT_SIZE * legend.scale;
      // Never shrunk; exactly the share once enlarging is needed.
      expect(legend.scale).toBeGreaterThanOrEqual(1);
      if (legend.scale > 1) expect(text / layout.height).toBeCloseTo(LEGEND_TEXT_SHARE, 9);
      else expect(text / layout.height).toBeGreaterThanOrEqual(LEGEND_TEXT_SHARE);
    }
  });
});

describe('pngChoices', () => {
  it('keeps the slide size under 25 MP, at 2× when that fits', () => {
    const small = pngLayout({ width: 600, height: 300 }, true);
    expect(choice(small, 'slide').scale).toBe(2);
    const large = pngLayout({ width: 8970, height: 2377 }, true);
    const slide = choice(large, 'slide');
    expect(slide.width * slide.height).toBeLessThanOrEqual(SLIDE_MAX_PIXELS);
    expect(slide.width * slide.height).toBeGreaterThan(SLIDE_MAX_PIXELS * 0.998);
    expect(slide.capped).toBe(false);
  });

  it('gives explicit widths exactly, and heights in proportion', () => {
    const layout = pngLayout({ width: 1234, height: 567 }, false);
    for (const width of [1920, 3840, 7680]) {
      const c = choice(layout, `${width}px`);
      expect(c.width).toBe(width);
      expect(c.height).toBe(Math.round((layout.height * width) / layout.width));
    }
  });

  it('marks a size that gives the same image as an earlier one', () => {
    // 8,970 px wide: 2× already meets the 16,384 px canvas limit, so 3× and 4× repeat it.
    const layout = pngLayout({ width: 8970, height: 2377 }, true);
    const choices = pngChoices(layout);
    expect(choices.map((c) => c.size)).toEqual([...PNG_SIZES]);
    expect(choice(layout, '2x')).toMatchObject({ capped: true, requested: 2 });
    expect(choice(layout, '3x').sameAs).toBe('2x');
    expect(choice(layout, '4x').sameAs).toBe('2x');
    const distinct = choices.filter((c) => c.sameAs === undefined);
    expect(new Set(distinct.map((c) => `${c.width}×${c.height}`)).size).toBe(distinct.length);
    // A small view: the slide size is 2× itself, so 2× says it repeats it.
    const small = pngChoices(pngLayout({ width: 300, height: 200 }, false));
    expect(small.filter((c) => c.sameAs !== undefined)).toMatchObject([
      { size: '2x', sameAs: 'slide' },
    ]);
  });
});
