import { describe, expect, it } from 'vitest';
import {
  fromOverview,
  isPanKey,
  overviewFrame,
  panByKey,
  panToCentre,
  toOverview,
  viewRect,
} from '../../../src/lib/graph/minimap';

const overview = { width: 220, height: 140 };

describe('overviewFrame', () => {
  it('fits a wide map by its width, centred, less the padding', () => {
    // (220 - 12) / 2080 = 0.1 by width; (140 - 12) / 400 = 0.32 by height.
    const frame = overviewFrame({ x1: -40, y1: 0, x2: 2040, y2: 400 }, overview);
    expect(frame.scale).toBeCloseTo(0.1);
    expect(toOverview(frame, { x: -40, y: 0 })).toEqual({ x: 6, y: 50 });
    expect(toOverview(frame, { x: 2040, y: 400 }).x).toBeCloseTo(214);
    expect(toOverview(frame, { x: 2040, y: 400 }).y).toBeCloseTo(90);
  });

  it('fits a tall map by its height', () => {
    const frame = overviewFrame({ x1: 0, y1: 0, x2: 100, y2: 1280 }, overview);
    expect(frame.scale).toBeCloseTo(0.1);
    expect(toOverview(frame, { x: 50, y: 640 })).toEqual({ x: 110, y: 70 });
  });

  it('keeps a one-node map finite', () => {
    const frame = overviewFrame({ x1: 10, y1: 10, x2: 10, y2: 10 }, overview);
    expect(Number.isFinite(frame.scale)).toBe(true);
    expect(toOverview(frame, { x: 10, y: 10 })).toEqual({ x: 110, y: 70 });
  });

  it('maps back exactly', () => {
    const frame = overviewFrame({ x1: -300, y1: 20, x2: 900, y2: 700 }, overview);
    const point = { x: 123, y: 456 };
    const back = fromOverview(frame, toOverview(frame, point));
    expect(back.x).toBeCloseTo(point.x);
    expect(back.y).toBeCloseTo(point.y);
  });
});

describe('viewRect', () => {
  // Model space 1:10 in the overview, no offset, for round numbers.
  const frame = { scale: 0.1, offset: { x: 0, y: 0 } };
  const screen = { width: 1000, height: 600 };

  it('is the screen over the zoom, where the pan puts it', () => {
    // At zoom 0.5 the screen shows 2000 × 1200 model pixels; pan −500 starts at model x 1000.
    expect(viewRect({ zoom: 0.5, pan: { x: -500, y: 100 } }, screen, frame)).toEqual({
      x1: 100,
      y1: -20,
      x2: 300,
      y2: 100,
    });
  });

  it('shrinks as the view zooms in', () => {
    const wide = viewRect({ zoom: 1, pan: { x: 0, y: 0 } }, screen, frame);
    const close = viewRect({ zoom: 2, pan: { x: 0, y: 0 } }, screen, frame);
    expect(close.x2 - close.x1).toBeCloseTo((wide.x2 - wide.x1) / 2);
  });
});

describe('panToCentre', () => {
  it('puts the map point under the overview point in the middle of the screen', () => {
    const frame = { scale: 0.1, offset: { x: 10, y: 5 } };
    const screen = { width: 1000, height: 600 };
    // Overview (110, 55) is model (1000, 500); at zoom 0.8 that is screen (800, 400) before panning.
    const pan = panToCentre({ x: 110, y: 55 }, 0.8, screen, frame);
    expect(pan).toEqual({ x: 500 - 800, y: 300 - 400 });
    // And the rectangle drawn afterwards is centred on the point pressed.
    const rect = viewRect({ zoom: 0.8, pan }, screen, frame);
    expect((rect.x1 + rect.x2) / 2).toBeCloseTo(110);
    expect((rect.y1 + rect.y2) / 2).toBeCloseTo(55);
  });
});

describe('panByKey', () => {
  const screen = { width: 1000, height: 600 };
  const pan = { x: 0, y: 0 };

  it('moves the view a quarter screen, so the map moves the other way', () => {
    expect(panByKey('ArrowRight', pan, screen)).toEqual({ x: -250, y: 0 });
    expect(panByKey('ArrowLeft', pan, screen)).toEqual({ x: 250, y: 0 });
    expect(panByKey('ArrowDown', pan, screen)).toEqual({ x: 0, y: -150 });
    expect(panByKey('ArrowUp', pan, screen)).toEqual({ x: 0, y: 150 });
  });

  it('moves a whole screen when far', () => {
    expect(panByKey('ArrowDown', { x: 5, y: 5 }, screen, true)).toEqual({ x: 5, y: -595 });
  });

  it('knows its keys, and nothing from the prototype', () => {
    expect(isPanKey('ArrowUp')).toBe(true);
    expect(isPanKey('Enter')).toBe(false);
    expect(isPanKey('toString')).toBe(false);
    expect(isPanKey('__proto__')).toBe(false);
  });
});
