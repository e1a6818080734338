import { letterMap, smallMap } from '../../support/maps';
import { edgesOf, nodesOf } from '../../support/elements';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/lib/graph/elements';
import {
  FAST_RANKER_THRESHOLD,
  WORKER_THRESHOLD,
  computeLayout,
  dagreOptions,
  runDagre,
  type LayoutInput,
  type Positions,
} from '../../../src/lib/graph/layout';
import type { Direction } from '../../../src/lib/graph/direction';
import type { ArgumentMap } from '../../../src/lib/model/types';

/**
 * small.json's graph with hand-picked box sizes, so the expected positions
 * below can be worked out by hand. Two lines of argument under the thesis:
 * cooling ← heat-study, and cost-objection ← cheaper.
 */
const smallInput = (direction: Direction): LayoutInput => ({
  nodes: [
    { id: 'thesis', width: 160, height: 50, order: 1 },
    { id: 'cooling', width: 120, height: 40, order: 2 },
    { id: 'heat-study', width: 100, height: 40, order: 3 },
    { id: 'cost-objection', width: 140, height: 40, order: 4 },
    { id: 'cheaper', width: 100, height: 30, order: 5 },
  ],
  edges: [
    { id: 'e1', source: 'cooling', target: 'thesis' },
    { id: 'e2', source: 'heat-study', target: 'cooling' },
    { id: 'e3', source: 'cost-objection', target: 'thesis' },
    { id: 'e4', source: 'cheaper', target: 'cost-objection' },
  ],
  direction,
});

/** A map's layout input with the box sizes `toElements` measures, as the view passes them. */
function measuredInput(map: ArgumentMap, direction: Direction): LayoutInput {
  const elements = toElements(map);
  return {
    nodes: nodesOf(elements).map(({ id, width, height, order }) => ({ id, width, height, order })),
    edges: edgesOf(elements).map(({ id, source, target }) => ({ id, source, target })),
    direction,
  };
}

/** Pairs of nodes whose boxes (centred on their positions) overlap by more than rounding. */
function overlaps(input: LayoutInput, positions: Positions): string[] {
  const found: string[] = [];
  const boxes = input.nodes.map((n) => ({ ...n, ...positions[n.id]! }));
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

  it('sorts nodes by their reading order, missing orders counting as 0', () => {
    const { sort } = dagreOptions(10, 'TB');
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'c', order: 3 } },
        { data: { id: 'none' } },
        { data: { id: 'a', order: 1 } },
        { data: { id: 'b', order: 2 } },
      ],
    });
    expect(
      cy
        .nodes()
        .sort(sort)
        .map((n) => n.id()),
    ).toEqual(['none', 'a', 'b', 'c']);
    cy.destroy();
  });

  it('switches to the longest-path ranker above the threshold', () => {
    expect(FAST_RANKER_THRESHOLD).toBe(400);
    expect(dagreOptions(FAST_RANKER_THRESHOLD, 'TB').ranker).toBe('network-simplex');
    expect(dagreOptions(FAST_RANKER_THRESHOLD + 1, 'TB').ranker).toBe('longest-path');
    expect(dagreOptions(5000, 'LR').ranker).toBe('longest-path');
    expect(dagreOptions(0, 'LR').ranker).toBe('network-simplex');
  });
});

describe('runDagre on small.json, by hand', () => {
  // Ranks are rankSep apart (64 down, 90 across) between their deepest
  // boxes; siblings nodeSep (28) apart, in reading order; a parent centred
  // over its children. Dagre packs from 0, and the cross axis is mirrored.
  it('stacks ranks 64 apart and siblings 28 apart, top to bottom', () => {
    // Thesis 0–50 → y 25. Rank 1 starts at 50 + 64 = 114, 40 deep → y 134.
    // Rank 2 starts at 154 + 64 = 218, 40 deep → y 238 (cheaper, 30 deep, centred too).
    // Across: cost-objection 0–140 (x 70), cooling from 168 (x 228), mirrored;
    // the thesis over both, at -(70 + 228) / 2.
    expect(runDagre(smallInput('TB'))).toEqual({
      thesis: { x: -149, y: 25 },
      cooling: { x: -228, y: 134 },
      'heat-study': { x: -228, y: 238 },
      'cost-objection': { x: -70, y: 134 },
      cheaper: { x: -70, y: 238 },
    });
  });

  it('stacks ranks 90 apart and siblings 28 apart, left to right', () => {
    // Thesis 0–160 → x 80. Rank 1 starts at 250, 140 wide → x 320. Rank 2
    // starts at 390 + 90 = 480, 100 wide → x 530. Down: cost-objection
    // 0–40 (y 20), cooling from 68 (y 88), mirrored; the thesis at -(20 + 88) / 2.
    expect(runDagre(smallInput('LR'))).toEqual({
      thesis: { x: 80, y: -54 },
      cooling: { x: 320, y: -88 },
      'heat-study': { x: 530, y: -88 },
      'cost-objection': { x: 320, y: -20 },
      cheaper: { x: 530, y: -20 },
    });
  });
});

describe.each(['TB', 'LR'] as const)('runDagre on small.json, measured, %s', (direction) => {
  const input = measuredInput(smallMap, direction);
  const positions = runDagre(input);
  const along = axis(direction);

  it('places every node, and only the nodes, at finite coordinates', () => {
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Number.isFinite(y)).toBe(true);
    }
  });

  it('does not overlap any two nodes', () => {
    expect(overlaps(input, positions)).toEqual([]);
  });

  it('puts the thesis first, and each target before its reason', () => {
    const thesis = positions.thesis![along];
    for (const [id, p] of Object.entries(positions)) {
      if (id !== 'thesis') expect(p[along]).toBeGreaterThan(thesis);
    }
    for (const edge of input.edges) {
      expect(positions[edge.target]![along]).toBeLessThan(positions[edge.source]![along]);
    }
  });

  it('puts nodes of the same depth on the same rank', () => {
    // cooling and cost-objection both bear on the thesis; heat-study and cheaper on them.
    expect(positions.cooling![along]).toBeCloseTo(positions['cost-objection']![along], 6);
    expect(positions['heat-study']![along]).toBeCloseTo(positions.cheaper![along], 6);
  });

  it('gives the same positions on every run', () => {
    expect(runDagre(measuredInput(smallMap, direction))).toEqual(positions);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(input);
    runDagre(input);
    expect(input).toEqual(copy);
  });
});

describe('runDagre on the letter map', () => {
  it.each(['TB', 'LR'] as const)('%s: no overlaps, thesis first, edges point back', (direction) => {
    const input = measuredInput(letterMap, direction);
    const positions = runDagre(input);
    const along = axis(direction);
    expect(Object.keys(positions)).toHaveLength(109);
    expect(overlaps(input, positions)).toEqual([]);
    const thesis = positions.thesis![along];
    const others = Object.entries(positions).filter(([id]) => id !== 'thesis');
    expect(Math.min(...others.map(([, p]) => p[along]))).toBeGreaterThan(thesis);
    for (const edge of input.edges) {
      expect(positions[edge.target]![along]).toBeLessThan(positions[edge.source]![along]);
    }
  });
});

describe('runDagre with the fast ranker', () => {
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
    const positions = runDagre(input);
    expect(Object.keys(positions)).toHaveLength(count);
    expect(overlaps(input, positions)).toEqual([]);
    for (const edge of edges) {
      expect(positions[edge.target]!.y).toBeLessThan(positions[edge.source]!.y);
    }
  }, 20_000);
});

describe('computeLayout', () => {
  it('lays out small maps inline, with the same result as runDagre', async () => {
    expect(WORKER_THRESHOLD).toBeLessThan(FAST_RANKER_THRESHOLD);
    const input = measuredInput(smallMap, 'TB');
    await expect(computeLayout(input)).resolves.toEqual(runDagre(input));
  });
});
