import { letterMap } from '../../support/maps';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/lib/graph/elements';
import { layoutInputOf, runLayout } from '../../../src/lib/graph/layout';
import { layoutQuality } from '../../../src/lib/graph/quality';
import { qualityEdges } from '../../../bench/quality/run';

/**
 * Issue 9's layout targets on the letter, everything unfolded, with the
 * estimated label widths Node has (the browser's differ by a few pixels a
 * label; `npm run bench` measures the drawn map).
 */
describe('the letter laid out top to bottom', () => {
  const input = layoutInputOf(toElements(letterMap), 'TB');
  const { positions } = runLayout(input);
  const statements = new Set(letterMap.nodes.map((node) => node.id));
  const boxes = input.nodes
    .filter((node) => statements.has(node.id))
    .map((node) => ({ ...node, ...positions.get(node.id)! }));
  const quality = layoutQuality(boxes, qualityEdges(letterMap), { rootId: 'thesis' });

  it('crosses no primary edge with another', () => {
    expect(quality.primaryCrossings).toBe(0);
  });

  it('stands the thesis in the middle fifth, the answered positions on both sides', () => {
    expect(quality.rootPosition).toBeGreaterThan(0.42);
    expect(quality.rootPosition).toBeLessThan(0.58);
    const thesis = positions.get('thesis')!.x;
    const sides = ['pos-expel-frl', 'pos-corbyn-dual-membership-ban'].map((id) =>
      Math.sign(positions.get(id)!.x - thesis),
    );
    expect(sides.sort()).toEqual([-1, 1]);
  });

  it('is no wider than 3:1', () => {
    expect(quality.aspectRatio).toBeLessThanOrEqual(3);
  });
});

describe('qualityEdges on the letter', () => {
  it('marks as primary the lines the layout hangs the map on, through junctions too', () => {
    const edges = qualityEdges(letterMap);
    // One line per premise and conclusion (linked groups give one per premise).
    expect(edges).toHaveLength(134);
    // Every statement but the three roots (the thesis and two answered positions) has one.
    expect(edges.filter((edge) => edge.primary)).toHaveLength(104);
    // A linked premise's line: premise → junction → conclusion, both primary on the canvas.
    expect(edges).toContainEqual({
      source: 't1-principle-1-classes',
      target: 't1-principle-3-smash-state',
      primary: true,
    });
  });
});
