import { describe, expect, it } from 'vitest';
import { KEEP_MARGIN, panToInclude, zoomToInclude } from '../../../src/lib/graph/keep-in-view';

const screen = { width: 1000, height: 600 };
const anchor = { x1: 400, y1: 100, x2: 600, y2: 160 };

describe('panToInclude', () => {
  it('leaves the view alone when everything is in it', () => {
    const box = { x1: 300, y1: 100, x2: 700, y2: 400 };
    expect(panToInclude({ x: 0, y: 0 }, 1, box, anchor, screen)).toEqual({ x: 0, y: 0 });
  });

  it('moves up just enough to show reasons revealed below the screen’s edge', () => {
    const box = { x1: 300, y1: 100, x2: 700, y2: 620 };
    // The box ends at 620; the screen shows up to 600 − margin.
    expect(panToInclude({ x: 0, y: 0 }, 1, box, anchor, screen)).toEqual({
      x: 0,
      y: 600 - KEEP_MARGIN - 620,
    });
  });

  it('counts in screen pixels at the current zoom and pan', () => {
    const box = { x1: 300, y1: 100, x2: 700, y2: 700 };
    // At zoom 0.5 (the box 300 px tall on screen) and pan y 300, the box's bottom is drawn at 650.
    expect(panToInclude({ x: 0, y: 300 }, 0.5, box, anchor, screen).y).toBe(
      300 - (650 - (600 - KEEP_MARGIN)),
    );
  });

  it('keeps clear of a panel over the right edge', () => {
    const box = { x1: 500, y1: 100, x2: 900, y2: 300 };
    const pan = panToInclude({ x: 0, y: 0 }, 1, box, anchor, screen, 400);
    expect(pan.x).toBe(600 - KEEP_MARGIN - 900);
  });

  it('shows the start of what cannot fit, never losing the statement acted on', () => {
    // Far taller than the screen: its top comes to the top.
    const tall = { x1: 400, y1: 100, x2: 600, y2: 3000 };
    expect(panToInclude({ x: 0, y: 0 }, 1, tall, anchor, screen).y).toBe(KEEP_MARGIN - 100);
    // Far wider, the anchor at its right end: the anchor stays in view.
    const wide = { x1: -3000, y1: 100, x2: 600, y2: 160 };
    const pan = panToInclude({ x: 0, y: 0 }, 1, wide, anchor, screen);
    expect(anchor.x2 + pan.x).toBeLessThanOrEqual(1000 - KEEP_MARGIN);
    expect(anchor.x1 + pan.x).toBeGreaterThanOrEqual(KEEP_MARGIN);
  });
});

describe('zoomToInclude', () => {
  const screen = { width: 1000, height: 500 };
  // 452 px of height between the margins.

  it('keeps the zoom when the box fits at it', () => {
    expect(zoomToInclude(0.85, { x1: 0, y1: 0, x2: 400, y2: 400 }, screen, 0.75)).toBe(0.85);
  });

  it('zooms out just enough for a box a little too tall', () => {
    const zoom = zoomToInclude(0.85, { x1: 0, y1: 0, x2: 400, y2: 560 }, screen, 0.75);
    expect(zoom).toBeCloseTo(452 / 560, 10);
  });

  it('never zooms out below the readable size, nor zooms in', () => {
    expect(zoomToInclude(0.85, { x1: 0, y1: 0, x2: 400, y2: 2000 }, screen, 0.75)).toBe(0.75);
    expect(zoomToInclude(0.6, { x1: 0, y1: 0, x2: 400, y2: 2000 }, screen, 0.75)).toBe(0.6);
    expect(zoomToInclude(0.5, { x1: 0, y1: 0, x2: 10, y2: 10 }, screen, 0.75)).toBe(0.5);
  });

  it('counts the width left of a panel over the right edge', () => {
    // 1000 − 400 inset − 2 × 24 margin = 552 px across.
    const zoom = zoomToInclude(1, { x1: 0, y1: 0, x2: 690, y2: 10 }, screen, 0.5, 400);
    expect(zoom).toBeCloseTo(552 / 690, 10);
  });
});
