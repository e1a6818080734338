import { letterMap, smallMap } from '../../support/maps';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/lib/graph/elements';
import {
  FAST_RANKER_THRESHOLD,
  WORKER_THRESHOLD,
  computeLayout,
  dagreOptions,
  layoutInputOf,
  runLayout,
  type LayoutInput,
  type Point,
} from '../../../src/lib/graph/layout';
import type { Direction } from '../../../src/lib/graph/direction';
import type { ArgumentMap } from '../../../src/lib/model/types';

const small = smallMap;
const letter = letterMap;

const inputOf = (map: ArgumentMap, direction: Direction): LayoutInput =>
  layoutInputOf(toElements(map), direction);

/** Pairs of nodes whose boxes (centred on their positions) overlap by more than rounding. */
function overlaps(input: LayoutInput, positions: Map<string, Point>): string[] {
  const found: string[] = [];
  const boxes = input.nodes.map((n) => ({ ...n, ...positions.get(n.id)! }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
      const dy = (a.height + b.height) / 2 - Math.abs(a.y - b.y);
      if (dx > 0.5 && dy > 0.5) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

const axis = (direction: Direction) => (direction === 'TB' ? 'y' : 'x');

describe('dagreOptions', () => {
  it('lays a top-to-bottom map out bottom-up, so the thesis (the sink) is on top', () => {
    expect(dagreOptions(10, 'TB')).toMatchObject({
      name: 'dagre',
      rankDir: 'BT',
      nodeSep: 28,
      edgeSep: 12,
      rankSep: 64,
      ranker: 'network-simplex',
      fit: false,
      animate: false,
    });
  });

  it('lays a left-to-right map out right-to-left, with wider rank gaps', () => {
    expect(dagreOptions(10, 'LR')).toMatchObject({ rankDir: 'RL', rankSep: 90 });
  });

  it('switches to the longest-path ranker above the threshold', () => {
    expect(FAST_RANKER_THRESHOLD).toBe(400);
    expect(dagreOptions(FAST_RANKER_THRESHOLD, 'TB').ranker).toBe('network-simplex');
    expect(dagreOptions(FAST_RANKER_THRESHOLD + 1, 'TB').ranker).toBe('longest-path');
    expect(dagreOptions(5000, 'LR').ranker).toBe('longest-path');
    expect(dagreOptions(0, 'LR').ranker).toBe('network-simplex');
  });
});

describe.each(['TB', 'LR'] as const)('runLayout on small.json, %s', (direction) => {
  const input = inputOf(small, direction);
  const { positions, secondary } = runLayout(input);
  const along = axis(direction);
  const at = (id: string) => positions.get(id)!;

  it('places every node, and only the nodes, at finite coordinates', () => {
    expect([...positions.keys()].sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  it('does not overlap any two nodes, and a tree has no secondary edges', () => {
    expect(overlaps(input, positions)).toEqual([]);
    expect(secondary).toEqual([]);
  });

  it('puts the thesis first, and each target before its reason', () => {
    const thesis = at('thesis')[along];
    for (const [id, p] of positions) if (id !== 'thesis') expect(p[along]).toBeGreaterThan(thesis);
    for (const edge of input.edges) {
      expect(at(edge.target)[along]).toBeLessThan(at(edge.source)[along]);
    }
  });

  it('puts nodes of the same depth on the same rank, in reading order across', () => {
    // cooling and cost-objection both bear on the thesis; heat-study and cheaper on them.
    expect(at('cooling')[along]).toBeCloseTo(at('cost-objection')[along], 6);
    expect(at('heat-study')[along]).toBeCloseTo(at('cheaper')[along], 6);
    const across = along === 'y' ? 'x' : 'y';
    expect(at('cooling')[across]).toBeLessThan(at('cost-objection')[across]);
  });

  it('centres the thesis over its whole tree, and each reason over its own reasons', () => {
    const across = along === 'y' ? 'x' : 'y';
    const size = across === 'x' ? 'width' : 'height';
    const left = Math.min(...input.nodes.map((n) => at(n.id)[across] - n[size] / 2));
    const right = Math.max(...input.nodes.map((n) => at(n.id)[across] + n[size] / 2));
    expect(at('thesis')[across]).toBeCloseTo((left + right) / 2, 6);
    expect(at('cooling')[across]).toBeCloseTo(at('heat-study')[across], 6);
    expect(at('cost-objection')[across]).toBeCloseTo(at('cheaper')[across], 6);
  });

  it('gives the same positions on every run', () => {
    expect(runLayout(inputOf(small, direction)).positions).toEqual(positions);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(input);
    runLayout(input);
    expect(input).toEqual(copy);
  });
});

describe('runLayout on the letter map', () => {
  it.each(['TB', 'LR'] as const)(
    '%s: no overlaps, thesis first, every primary edge points back',
    (direction) => {
      const input = inputOf(letter, direction);
      const { positions, secondary } = runLayout(input);
      const along = axis(direction);
      // 107 statements and 22 junctions.
      expect(positions.size).toBe(129);
      expect(input.nodes).toHaveLength(129);
      expect(overlaps(input, positions)).toEqual([]);
      const thesis = positions.get('thesis')![along];
      const others = [...positions].filter(([id]) => id !== 'thesis');
      expect(Math.min(...others.map(([, p]) => p[along]))).toBeGreaterThanOrEqual(thesis);
      const skip = new Set(secondary);
      for (const edge of input.edges) {
        if (skip.has(edge.id)) continue;
        expect(positions.get(edge.target)![along]).toBeLessThan(positions.get(edge.source)![along]);
      }
    },
  );
});

describe('runLayout with the fast ranker', () => {
  it('lays out a map above FAST_RANKER_THRESHOLD without overlaps, root on top', () => {
    // A complete ternary-ish tree of FAST_RANKER_THRESHOLD + 20 nodes.
    const count = FAST_RANKER_THRESHOLD + 20;
    const nodes = Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      width: 80 + (i % 5) * 10,
      height: 30 + (i % 3) * 10,
    }));
    const edges = nodes.slice(1).map((n, k) => ({
      id: `e${k}`,
      source: n.id,
      target: `n${Math.floor(k / 3)}`,
    }));
    const input: LayoutInput = { nodes, edges, direction: 'TB' };
    const { positions } = runLayout(input);
    expect(positions.size).toBe(count);
    expect(overlaps(input, positions)).toEqual([]);
    for (const edge of edges) {
      expect(positions.get(edge.target)!.y).toBeLessThan(positions.get(edge.source)!.y);
    }
  }, 20_000);

  it('lays out ids that name Object.prototype members', () => {
    const ids = ['constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty'];
    const nodes = ids.map((id) => ({ id, width: 100, height: 40 }));
    const edges = ids.slice(1).map((id, k) => ({ id: `e${k}`, source: id, target: ids[0]! }));
    const { positions } = runLayout({ nodes, edges, direction: 'TB' });
    expect([...positions.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids.slice(1)) {
      expect(positions.get(id)!.y).toBeGreaterThan(positions.get('constructor')!.y);
    }
  });
});

describe('computeLayout', () => {
  it('lays out small maps inline, with the same result as runLayout', async () => {
    expect(WORKER_THRESHOLD).toBeLessThan(FAST_RANKER_THRESHOLD);
    const input = inputOf(small, 'TB');
    await expect(computeLayout(input)).resolves.toEqual(runLayout(input));
  });
});
