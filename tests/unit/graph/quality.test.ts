import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutQuality, type Box, type QualityEdge } from '../../../src/lib/graph/quality';

/** Point-sized boxes at the given coordinates, named by the keys. */
const points = (at: Record<string, [number, number]>): Box[] =>
  Object.entries(at).map(([id, [x, y]]) => ({ id, x, y, width: 0, height: 0 }));

/** Edges from "ab cd" shorthand: one two-letter pair per edge. */
const pairs = (spec: string, primary = false): QualityEdge[] =>
  spec
    .split(' ')
    .map((pair) => ({ source: pair[0]!, target: pair[1]!, ...(primary ? { primary } : {}) }));

const crossings = (boxes: Box[], edges: QualityEdge[]) => layoutQuality(boxes, edges).crossings;

describe('layoutQuality: crossings (hand-counted drawings)', () => {
  it('counts the two diagonals of an X once', () => {
    const boxes = points({ a: [0, 0], b: [10, 10], c: [0, 10], d: [10, 0] });
    expect(crossings(boxes, pairs('ab cd'))).toBe(1);
  });

  it('does not count edges that share an endpoint, even overlapping ones', () => {
    const boxes = points({ a: [0, 0], b: [10, 0], c: [5, 0], d: [0, 10] });
    expect(crossings(boxes, pairs('ab ad'))).toBe(0);
    // a–b and a–c lie on top of each other, but meet at a node they share.
    expect(crossings(boxes, pairs('ab ac'))).toBe(0);
    // The same pair twice (b → a and a → b) shares both endpoints.
    expect(crossings(boxes, pairs('ab ba'))).toBe(0);
  });

  it('does not count parallel or collinear disjoint edges', () => {
    const parallel = points({ a: [0, 0], b: [10, 0], c: [0, 5], d: [10, 5] });
    expect(crossings(parallel, pairs('ab cd'))).toBe(0);
    const inLine = points({ a: [0, 0], b: [4, 0], c: [6, 0], d: [10, 0] });
    expect(crossings(inLine, pairs('ab cd'))).toBe(0);
  });

  it('counts collinear overlapping edges of four nodes once', () => {
    const boxes = points({ a: [0, 0], b: [10, 0], c: [5, 0], d: [15, 0] });
    expect(crossings(boxes, pairs('ab cd'))).toBe(1);
    const vertical = points({ a: [3, 0], b: [3, 10], c: [3, 2], d: [3, 8] });
    expect(crossings(vertical, pairs('ab cd'))).toBe(1);
  });

  it('counts an edge through a node against that node’s other edges', () => {
    // c sits on a–b; the edge c–d touches a–b there.
    const boxes = points({ a: [0, 0], b: [10, 0], c: [5, 0], d: [5, 5] });
    expect(crossings(boxes, pairs('ab cd'))).toBe(1);
  });

  it('finds the one crossing of K4 drawn on a square, and none in its planar drawing', () => {
    const square = points({ a: [0, 0], b: [10, 0], c: [10, 10], d: [0, 10] });
    const k4 = pairs('ab ac ad bc bd cd');
    expect(crossings(square, k4)).toBe(1);
    const planar = points({ a: [0, 0], b: [10, 0], c: [5, 10], d: [5, 4] });
    expect(crossings(planar, k4)).toBe(0);
  });

  it('finds the five crossings of K5 drawn on a convex pentagon', () => {
    const pentagon = points({ a: [5, 0], b: [10, 4], c: [8, 10], d: [2, 10], e: [0, 4] });
    expect(crossings(pentagon, pairs('ab ac ad ae bc bd be cd ce de'))).toBe(5);
  });

  it('counts primary crossings among primary edges only', () => {
    const boxes = points({ a: [0, 0], b: [10, 10], c: [0, 10], d: [10, 0], e: [20, 0] });
    const edges = [...pairs('ab', true), ...pairs('cd'), ...pairs('ce', true)];
    // c–d and c–e both cross a–b; only c–e is primary.
    const quality = layoutQuality(boxes, edges);
    expect(quality.crossings).toBe(2);
    expect(quality.primaryCrossings).toBe(1);
  });

  it('ignores loops', () => {
    const boxes = points({ a: [0, 0], b: [10, 10], c: [0, 10] });
    expect(crossings(boxes, pairs('aa ab cc'))).toBe(0);
  });

  it('agrees with a pair-by-pair count on random drawings', () => {
    const drawing = fc.record({
      // Distinct points, so no edge has zero length and no two nodes coincide.
      at: fc.uniqueArray(
        fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })),
        { minLength: 2, maxLength: 12, selector: ([x, y]) => `${x},${y}` },
      ),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(drawing, ({ at, links }) => {
        const boxes = at.map(([x, y], i) => ({ id: `n${i}`, x, y, width: 0, height: 0 }));
        const edges = links
          .map(([s, t]) => [s % at.length, t % at.length] as const)
          .filter(([s, t]) => s !== t);
        const expected = pairwiseCrossings(at, edges);
        const named = edges.map(([s, t]) => ({ source: `n${s}`, target: `n${t}` }));
        expect(crossings(boxes, named)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Every pair of edges not sharing a node, tested by solving for the meeting
 * point of the two lines (and, for collinear pairs, comparing the projections).
 */
function pairwiseCrossings(at: [number, number][], edges: (readonly [number, number])[]): number {
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      if (a === c || a === d || b === c || b === d) continue;
      const [p, q, r, s] = [at[a]!, at[b]!, at[c]!, at[d]!];
      const u = [q[0] - p[0], q[1] - p[1]];
      const v = [s[0] - r[0], s[1] - r[1]];
      const w = [r[0] - p[0], r[1] - p[1]];
      const cross = (m: number[], n: number[]) => m[0]! * n[1]! - m[1]! * n[0]!;
      const denominator = cross(u, v);
      if (denominator !== 0) {
        const t = cross(w, v) / denominator;
        const k = cross(w, u) / denominator;
        if (t >= 0 && t <= 1 && k >= 0 && k <= 1) count++;
      } else if (cross(w, u) === 0) {
        // Collinear: overlapping when the projections on an axis the line is not normal to overlap.
        const axis = u[0] !== 0 ? 0 : 1;
        const [lo1, hi1] = [Math.min(p[axis], q[axis]), Math.max(p[axis], q[axis])];
        const [lo2, hi2] = [Math.min(r[axis], s[axis]), Math.max(r[axis], s[axis])];
        if (lo1 <= hi2 && lo2 <= hi1) count++;
      }
    }
  }
  return count;
}

describe('layoutQuality: the other metrics', () => {
  // A thesis on top of two reasons: centres (50, 0), (0, 100), (100, 100); boxes 20 × 10.
  const tree: Box[] = [
    { id: 'thesis', x: 50, y: 0, width: 20, height: 10 },
    { id: 'left', x: 0, y: 100, width: 20, height: 10 },
    { id: 'right', x: 100, y: 100, width: 30, height: 10 },
  ];
  const treeEdges: QualityEdge[] = [
    { source: 'left', target: 'thesis', primary: true },
    { source: 'right', target: 'thesis', primary: true },
  ];

  it('measures the bounding box, its aspect ratio and the thesis position', () => {
    const quality = layoutQuality(tree, treeEdges, { rootId: 'thesis' });
    // x from −10 to 115, y from −5 to 105.
    expect(quality.width).toBe(125);
    expect(quality.height).toBe(110);
    expect(quality.aspectRatio).toBeCloseTo(125 / 110, 12);
    expect(quality.rootPosition).toBeCloseTo(60 / 125, 12);
    expect(layoutQuality(tree, treeEdges, { rootId: 'left' }).rootPosition).toBeCloseTo(
      10 / 125,
      12,
    );
  });

  it('reports no root position without a root or for an unknown one', () => {
    expect(layoutQuality(tree, treeEdges).rootPosition).toBeNull();
    expect(layoutQuality(tree, treeEdges, { rootId: 'missing' }).rootPosition).toBeNull();
  });

  it('sums centre-to-centre edge lengths', () => {
    const quality = layoutQuality(tree, treeEdges);
    expect(quality.totalEdgeLength).toBeCloseTo(2 * Math.hypot(50, 100), 9);
    const triangle = points({ a: [0, 0], b: [3, 4], c: [3, 0] });
    expect(layoutQuality(triangle, pairs('ab bc ca')).totalEdgeLength).toBe(12);
  });

  it('counts edges through the inside of unrelated boxes, once per edge', () => {
    const edge = pairs('ab');
    const ends = points({ a: [0, 0], b: [100, 0] });
    const box = (id: string, x: number, y: number, width = 20, height = 10): Box => ({
      id,
      x,
      y,
      width,
      height,
    });
    const through = (...more: Box[]) => layoutQuality([...ends, ...more], edge).edgesThroughBoxes;
    expect(through()).toBe(0);
    expect(through(box('m', 50, 0))).toBe(1);
    // Two boxes in the way still make one edge through boxes.
    expect(through(box('m', 30, 0), box('n', 70, 0))).toBe(1);
    // Running along a box's top side, or passing just beside it, is not through it.
    expect(through(box('m', 50, 5))).toBe(0);
    expect(through(box('m', 50, 6))).toBe(0);
    // Along the right side of a box, and just inside it, for a vertical edge.
    const upright = points({ a: [10, 0], b: [10, 100] });
    expect(layoutQuality([...upright, box('m', 0, 50)], edge).edgesThroughBoxes).toBe(0);
    expect(layoutQuality([...upright, box('m', 1, 50)], edge).edgesThroughBoxes).toBe(1);
    // Beyond the segment's end.
    expect(through(box('m', 120, 0))).toBe(0);
    // A wide box whose left side is far to the left of the segment's start.
    expect(through(box('m', 0, 0, 400, 4))).toBe(1);
  });

  it('does not count an edge against its own endpoints’ boxes, and grazing a corner is not through', () => {
    const big: Box[] = [
      { id: 'a', x: 0, y: 0, width: 300, height: 300 },
      { id: 'b', x: 100, y: 100, width: 10, height: 10 },
    ];
    expect(layoutQuality(big, pairs('ab')).edgesThroughBoxes).toBe(0);
    // The diagonal from (0, 0) to (10, 10) touches the box x 5..7, y 3..5 only at (5, 5).
    const corner = [
      ...points({ a: [0, 0], b: [10, 10] }),
      { id: 'm', x: 6, y: 4, width: 2, height: 2 },
    ];
    expect(layoutQuality(corner, pairs('ab')).edgesThroughBoxes).toBe(0);
    const inside = [
      ...points({ a: [0, 0], b: [10, 10] }),
      { id: 'm', x: 6, y: 5, width: 2, height: 2 },
    ];
    expect(layoutQuality(inside, pairs('ab')).edgesThroughBoxes).toBe(1);
  });

  it('handles an empty layout', () => {
    expect(layoutQuality([], [])).toEqual({
      crossings: 0,
      primaryCrossings: 0,
      rootPosition: null,
      width: 0,
      height: 0,
      aspectRatio: NaN,
      totalEdgeLength: 0,
      edgesThroughBoxes: 0,
    });
  });

  it('names the edge and the missing node when an edge has no box', () => {
    expect(() => layoutQuality(tree, [{ source: 'left', target: 'ghost' }])).toThrow(
      'layoutQuality: edges[0] (left → ghost) names "ghost", which has no box',
    );
  });
});
