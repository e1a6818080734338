import { KIND_WORDS } from '../../../src/lib/model/vocabulary';
import { describe, expect, it } from 'vitest';
import {
  HELD_STYLE,
  KIND_STYLE,
  RELATION_STYLE,
  SELECTION_COLOUR,
} from '../../../src/lib/graph/palette';
import { NODE_KINDS, RELATIONS } from '../../../src/lib/model/types';

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  expect(hex).toMatch(/^#[0-9a-f]{6}$/i);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, from 1 (none) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE = '#ffffff';
const ratio = (a: string, b: string) => contrast(a, b).toFixed(2);

describe('contrast helper', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 6);
    expect(contrast(WHITE, '#000000')).toBeCloseTo(21, 6);
    expect(contrast('#777777', WHITE)).toBeCloseTo(4.48, 2);
    expect(contrast('#767676', WHITE)).toBeCloseTo(4.54, 2);
    expect(contrast('#123456', '#123456')).toBe(1);
  });
});

describe('palette contrast', () => {
  it.each(NODE_KINDS.map((kind) => [kind, ratio(KIND_STYLE[kind].text, KIND_STYLE[kind].fill)]))(
    '%s text on its fill: %s:1 ≥ 4.5:1',
    (kind) => {
      expect(contrast(KIND_STYLE[kind].text, KIND_STYLE[kind].fill)).toBeGreaterThanOrEqual(4.5);
    },
  );

  // Every held node, a held thesis included, takes the held text colour on the held fill.
  it(`held text on the held fill: ${ratio(HELD_STYLE.text, HELD_STYLE.fill)}:1 ≥ 4.5:1`, () => {
    expect(contrast(HELD_STYLE.text, HELD_STYLE.fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NODE_KINDS.map((kind) => [kind, ratio(KIND_STYLE[kind].border, WHITE)]))(
    '%s border on white: %s:1 ≥ 4.5:1',
    (kind) => {
      expect(contrast(KIND_STYLE[kind].border, WHITE)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it(`held border on white: ${ratio(HELD_STYLE.border, WHITE)}:1 ≥ 4.5:1`, () => {
    expect(contrast(HELD_STYLE.border, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(RELATIONS.map((relation) => [relation, ratio(RELATION_STYLE[relation].colour, WHITE)]))(
    '%s edges on white: %s:1 ≥ 3:1 (graphics)',
    (relation) => {
      expect(contrast(RELATION_STYLE[relation].colour, WHITE)).toBeGreaterThanOrEqual(3);
    },
  );

  // Scheme labels are drawn in the relation's colour on a white text background.
  it.each(RELATIONS.map((relation) => [relation, ratio(RELATION_STYLE[relation].colour, WHITE)]))(
    '%s scheme labels on white: %s:1 ≥ 4.5:1 (text)',
    (relation) => {
      expect(contrast(RELATION_STYLE[relation].colour, WHITE)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it(`selection colour on white: ${ratio(SELECTION_COLOUR, WHITE)}:1 ≥ 3:1`, () => {
    expect(contrast(SELECTION_COLOUR, WHITE)).toBeGreaterThanOrEqual(3);
  });
});

describe('palette', () => {
  it('uses a distinct fill, border and name for every kind', () => {
    for (const key of ['fill', 'border'] as const) {
      expect(new Set(NODE_KINDS.map((kind) => KIND_STYLE[kind][key])).size).toBe(NODE_KINDS.length);
    }
    expect(new Set(NODE_KINDS.map((kind) => KIND_WORDS[kind].name)).size).toBe(NODE_KINDS.length);
  });

  it('tells relations apart by colour, line and arrow', () => {
    const { supports, opposes } = RELATION_STYLE;
    expect(supports.colour).not.toBe(opposes.colour);
    expect(supports.line).not.toBe(opposes.line);
    expect(supports.arrow).not.toBe(opposes.arrow);
  });

  it('distinguishes held nodes from every kind by fill', () => {
    for (const kind of NODE_KINDS) expect(HELD_STYLE.fill).not.toBe(KIND_STYLE[kind].fill);
  });
});
