import { describe, expect, it } from 'vitest';
import { depths, foldBelow, foldView } from '../../../src/lib/analysis/fold';
import { subMap } from '../../../src/lib/analysis/filters';
import { READABLE_PX, fitsReadably, openingFold } from '../../../src/lib/graph/opening';
import { estimateWidth } from '../../../src/lib/graph/text-metrics';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { letterMap, smallMap } from '../../support/maps';

/** The canvas at 1280×800 beside the side panel, and a large monitor's. */
const laptop = { width: 900, height: 703 };
const large = { width: 2200, height: 1300 };
const measure = estimateWidth;

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

/** Which level `folds` shows everything down to, if it is one of foldBelow's. */
function levelOf(map: ArgumentMap, folds: ReadonlySet<string>): number | undefined {
  const deepest = Math.max(...depths(map).values());
  for (let depth = 1; depth <= deepest; depth++) {
    if (sameSet(foldBelow(map, depth), folds)) return depth;
  }
  return undefined;
}

const shownMap = (map: ArgumentMap, folds: ReadonlySet<string>) => {
  const { shown, summaries } = foldView(map, folds);
  return { map: subMap(map, shown), summaries, shown };
};

describe('fitsReadably', () => {
  it('is true for a small map on a laptop', () => {
    expect(fitsReadably(smallMap, laptop, 'TB', measure)).toBe(true);
  });

  it('is false for the whole letter on a laptop, whose labels would shrink to a few pixels', () => {
    expect(fitsReadably(letterMap, laptop, 'TB', measure)).toBe(false);
  });

  it('is true for an empty map', () => {
    expect(fitsReadably({ ...smallMap, nodes: [], edges: [] }, laptop, 'TB', measure)).toBe(true);
  });

  it('reads 9 px as the smallest readable label', () => {
    expect(READABLE_PX).toBe(9);
  });
});

describe('openingFold', () => {
  it('folds nothing when the whole map can be read', () => {
    expect(openingFold(smallMap, laptop, 'TB', measure)).toEqual(new Set());
  });

  it('opens the letter at the deepest level that can be read whole, on a laptop and a large screen', () => {
    for (const screen of [laptop, large]) {
      const folds = openingFold(letterMap, screen, 'TB', measure);
      const level = levelOf(letterMap, folds);
      expect(level, `a level of reasons on ${screen.width}×${screen.height}`).toBeDefined();
      // The next level down would not be readable (or there is none).
      const deeper = shownMap(letterMap, foldBelow(letterMap, level! + 1));
      if (deeper.shown.size < letterMap.nodes.length) {
        expect(fitsReadably(deeper.map, screen, 'TB', measure, deeper.summaries)).toBe(false);
      }
      // This one is, unless it is the first level, which is shown whatever happens.
      if (level! > 1) {
        const chosen = shownMap(letterMap, folds);
        expect(fitsReadably(chosen.map, screen, 'TB', measure, chosen.summaries)).toBe(true);
      }
    }
  });

  it('always shows the roots and their direct reasons', () => {
    const tiny = { width: 320, height: 400 };
    const folds = openingFold(letterMap, tiny, 'TB', measure);
    const { shown } = foldView(letterMap, folds);
    const first = foldView(letterMap, foldBelow(letterMap, 1)).shown;
    for (const id of first) expect(shown.has(id), id).toBe(true);
  });

  it('shows at least as much on a larger screen, and everything on a wall', () => {
    const wall = { width: 16000, height: 9000 };
    const shownOn = (screen: { width: number; height: number }) =>
      foldView(letterMap, openingFold(letterMap, screen, 'TB', measure)).shown;
    const small = shownOn(laptop);
    const big = shownOn(large);
    for (const id of small) expect(big.has(id), id).toBe(true);
    expect(openingFold(letterMap, wall, 'TB', measure)).toEqual(new Set());
    expect(shownOn(wall).size).toBe(letterMap.nodes.length);
  });
});
