import { describe, expect, it } from 'vitest';
import {
  boxOf,
  fitViewport,
  lineViewport,
  VIEWPORT,
  openingViewport,
  revealViewport,
  zoomStep,
} from '../../../src/lib/graph/viewport';

const screen = { width: 1000, height: 600 };

describe('boxOf', () => {
  it('spans the nodes from their centres and sizes', () => {
    expect(
      boxOf([
        { x: 0, y: 0, width: 100, height: 40 },
        { x: 300, y: 200, width: 60, height: 20 },
      ]),
    ).toEqual({ x1: -50, y1: -20, x2: 330, y2: 210 });
  });

  it('is null for no nodes', () => {
    expect(boxOf([])).toBeNull();
  });
});

describe('fitViewport', () => {
  it('centres a wide box, limited by the width less the padding', () => {
    // (1000 - 80) / 2000 = 0.46; (600 - 80) / 200 = 2.6.
    expect(fitViewport({ x1: 0, y1: 0, x2: 2000, y2: 200 }, screen)).toEqual({
      zoom: 0.46,
      pan: { x: 500 - 1000 * 0.46, y: 300 - 100 * 0.46 },
    });
  });

  it('never blows a small map up past 1.2', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 100, y2: 50 }, screen).zoom).toBe(1.2);
  });

  it('never zooms out past the minimum', () => {
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 10 }, screen).zoom).toBe(0.05);
  });
});

describe('openingViewport', () => {
  const thesis = { x1: 900, y1: 0, x2: 1100, y2: 60 };

  it('fits a map that is legible whole', () => {
    const shown = { x1: 0, y1: 0, x2: 1200, y2: 400 };
    expect(openingViewport(shown, thesis, screen, 'TB')).toEqual(fitViewport(shown, screen));
  });

  it('starts at the thesis, top centre, when the whole would be unreadable', () => {
    const shown = { x1: 0, y1: 0, x2: 9000, y2: 2400 };
    expect(openingViewport(shown, thesis, screen, 'TB')).toEqual({
      zoom: 0.85,
      pan: { x: 500 - 1000 * 0.85, y: 40 },
    });
  });

  it('starts at the thesis, middle left, in a left-to-right layout', () => {
    const shown = { x1: 0, y1: 0, x2: 9000, y2: 2400 };
    expect(openingViewport(shown, thesis, screen, 'LR')).toEqual({
      zoom: 0.85,
      pan: { x: 40 - 900 * 0.85, y: 300 - 30 * 0.85 },
    });
  });

  it('centres the thesis with its direct reasons when they fit across at the start size', () => {
    const shown = { x1: 0, y1: 0, x2: 9000, y2: 2400 };
    // The reasons hang in a column right of the thesis: 900 to 1400 across, 425 px at 0.85.
    const head = { x1: 900, y1: 0, x2: 1400, y2: 700 };
    expect(openingViewport(shown, thesis, screen, 'TB', head)).toEqual({
      zoom: 0.85,
      pan: { x: 500 - 1150 * 0.85, y: 40 },
    });
    // A little wider than fits at 0.85: zoomed out to fit (968 px of room over 1200).
    const wider = { ...head, x2: 2100 };
    expect(openingViewport(shown, thesis, screen, 'TB', wider)).toEqual({
      zoom: 968 / 1200,
      pan: { x: 500 - 1500 * (968 / 1200), y: 40 },
    });
    // Too wide to fit readably: the thesis alone is centred.
    const wide = { ...head, x2: 2300 };
    expect(openingViewport(shown, thesis, screen, 'TB', wide)).toEqual({
      zoom: 0.85,
      pan: { x: 500 - 1000 * 0.85, y: 40 },
    });
  });

  it('is null when nothing is shown', () => {
    expect(openingViewport(null, null, screen, 'TB')).toBeNull();
  });
});

describe('lineViewport', () => {
  it('fits the whole line below the focus bar, however small that makes it', () => {
    // A line 4000 wide: (1000 - 80) / 4000 = 0.23, well under the readable zoom.
    const shown = { x1: -2000, y1: 0, x2: 2000, y2: 900 };
    const view = lineViewport(shown, screen)!;
    expect(view.zoom).toBeCloseTo(0.23, 9);
    expect(view.zoom).toBeLessThan(VIEWPORT.readableZoom);
    // Every corner of the line is on screen, and its top is clear of the bar.
    const top = shown.y1 * view.zoom + view.pan.y;
    expect(top).toBeGreaterThanOrEqual(VIEWPORT.bannerRoom + VIEWPORT.fitPadding - 1e-9);
    expect(shown.y2 * view.zoom + view.pan.y).toBeLessThanOrEqual(screen.height);
    expect(shown.x1 * view.zoom + view.pan.x).toBeGreaterThanOrEqual(0);
    expect(shown.x2 * view.zoom + view.pan.x).toBeLessThanOrEqual(screen.width);
  });

  it('leaves a tall line clear of the bar too', () => {
    const shown = { x1: 0, y1: 0, x2: 300, y2: 3000 };
    const view = lineViewport(shown, screen)!;
    expect(view.zoom).toBeCloseTo((600 - VIEWPORT.bannerRoom - 80) / 3000, 9);
    expect(shown.y1 * view.zoom + view.pan.y).toBeCloseTo(VIEWPORT.bannerRoom + 40, 9);
  });

  it('is null when nothing is shown', () => {
    expect(lineViewport(null, screen)).toBeNull();
  });
});

describe('revealViewport', () => {
  it('centres the target, zooming in to at least 0.7', () => {
    expect(revealViewport({ x: 100, y: 50 }, 0.3, screen)).toEqual({
      zoom: 0.7,
      pan: { x: 500 - 70, y: 300 - 35 },
    });
  });

  it('keeps a closer zoom, and centres in the part a right-hand panel leaves free', () => {
    expect(revealViewport({ x: 100, y: 50 }, 1.5, screen, 400)).toEqual({
      zoom: 1.5,
      pan: { x: 300 - 150, y: 300 - 75 },
    });
  });

  it('never centres in less than a third of the screen', () => {
    expect(revealViewport({ x: 0, y: 0 }, 1, screen, 900).pan.x).toBeCloseTo(1000 / 6, 9);
  });

  it('centres above a sheet along the bottom, in at least a third of the height', () => {
    expect(revealViewport({ x: 100, y: 50 }, 1, screen, 0, 300)).toEqual({
      zoom: 1,
      pan: { x: 500 - 100, y: 150 - 50 },
    });
    expect(revealViewport({ x: 0, y: 0 }, 1, screen, 0, 599).pan.y).toBeCloseTo(100, 9);
  });
});

describe('zoomStep', () => {
  it('multiplies within the limits', () => {
    expect(zoomStep(1, 1.25)).toBe(1.25);
    expect(zoomStep(2.8, 1.25)).toBe(3);
    expect(zoomStep(0.05, 0.8)).toBe(0.05);
  });
});
