import { describe, expect, it } from 'vitest';
import {
  boxInCorner,
  overlaps,
  placeClear,
  type PlaceOptions,
} from '../../../src/lib/graph/corners';

const screen = { width: 1000, height: 700 };

describe('boxInCorner', () => {
  it('puts the box the margin away from the corner’s two edges', () => {
    const size = { width: 200, height: 100 };
    expect(boxInCorner('top-left', size, screen)).toEqual({ x1: 12, y1: 12, x2: 212, y2: 112 });
    expect(boxInCorner('bottom-right', size, screen)).toEqual({
      x1: 788,
      y1: 588,
      x2: 988,
      y2: 688,
    });
    expect(boxInCorner('top-right', size, screen, 0)).toEqual({
      x1: 800,
      y1: 0,
      x2: 1000,
      y2: 100,
    });
    expect(boxInCorner('bottom-left', size, screen, 0)).toEqual({
      x1: 0,
      y1: 600,
      x2: 200,
      y2: 700,
    });
  });
});

describe('overlaps', () => {
  it('counts sharing area, not touching edges', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(overlaps(a, { x1: 5, y1: 5, x2: 15, y2: 15 })).toBe(true);
    expect(overlaps(a, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(overlaps(a, { x1: 2, y1: 2, x2: 3, y2: 3 })).toBe(true);
    expect(overlaps(a, { x1: 0, y1: 11, x2: 10, y2: 20 })).toBe(false);
  });
});

describe('placeClear', () => {
  const base: PlaceOptions = {
    screen,
    open: { width: 600, height: 130 },
    folded: { width: 90, height: 30 },
    corners: ['bottom-left', 'top-left'],
    avoid: null,
    wantOpen: true,
  };

  it('stays open in its first corner when nothing is selected', () => {
    expect(placeClear(base)).toEqual({ corner: 'bottom-left', open: true });
  });

  it('stays where it is when the selection is elsewhere', () => {
    const avoid = { x1: 700, y1: 600, x2: 900, y2: 680 };
    expect(placeClear({ ...base, avoid })).toEqual({ corner: 'bottom-left', open: true });
  });

  it('moves to the next corner when the selection is under it', () => {
    const avoid = { x1: 300, y1: 600, x2: 500, y2: 680 };
    expect(placeClear({ ...base, avoid })).toEqual({ corner: 'top-left', open: true });
  });

  it('folds when the selection is under it in every corner, where the fold is clear', () => {
    // A tall selection on the left covers both open places, but not the folded button below.
    const avoid = { x1: 300, y1: 20, x2: 500, y2: 640 };
    expect(placeClear({ ...base, avoid })).toEqual({ corner: 'bottom-left', open: false });
  });

  it('folds into the next corner when even the fold would cover the selection', () => {
    const avoid = { x1: 0, y1: 560, x2: 400, y2: 700 };
    const placement = placeClear({ ...base, open: { width: 600, height: 700 }, avoid });
    expect(placement).toEqual({ corner: 'top-left', open: false });
  });

  it('stays folded when the reader folded it', () => {
    expect(placeClear({ ...base, wantOpen: false })).toEqual({
      corner: 'bottom-left',
      open: false,
    });
  });

  it('keeps clear of every statement it is given, as of the selection', () => {
    // A fitted map: one statement under the open legend at the bottom, one under it at the top.
    const keepClear = [
      { x1: 300, y1: 600, x2: 500, y2: 680 },
      { x1: 100, y1: 40, x2: 300, y2: 100 },
    ];
    expect(placeClear({ ...base, keepClear })).toEqual({ corner: 'bottom-left', open: false });
    expect(placeClear({ ...base, keepClear: keepClear.slice(0, 1) })).toEqual({
      corner: 'top-left',
      open: true,
    });
    expect(placeClear({ ...base, keepClear: [] })).toEqual({ corner: 'bottom-left', open: true });
  });

  it('folds in its first corner when the selection fills the screen', () => {
    const avoid = { x1: -100, y1: -100, x2: 1100, y2: 800 };
    expect(placeClear({ ...base, avoid })).toEqual({ corner: 'bottom-left', open: false });
  });
});
