import { letterMap, smallMap } from '../../support/maps';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements, type EdgeData, type NodeData } from '../../../src/lib/graph/elements';
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

const small = smallMap;
const letter = letterMap;

function inputOf(map: ArgumentMap, direction: Direction): LayoutInput {
  const elements = toElements(map);
  return {
    nodes: elements
      .filter((e) => e.group === 'nodes')
      .map((e) => {
        const { id, width, height, order } = e.data as NodeData;
        return { id, width, height, order };
      }),
    edges: elements
      .filter((e) => e.group === 'edges')
      .map((e) => {
        const { id, source, target } = e.data as EdgeData;
        return { id, source, target };
      }),
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

describe.each(['TB', 'LR'] as const)('runDagre on small.json, %s', (direction) => {
  const input = inputOf(small, direction);
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
    expect(runDagre(inputOf(small, direction))).toEqual(positions);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(input);
    runDagre(input);
    expect(input).toEqual(copy);
  });
});

describe('runDagre on the letter map', () => {
  it.each(['TB', 'LR'] as const)('%s: no overlaps, thesis first, edges point back', (direction) => {
    const input = inputOf(letter, direction);
    const positions = runDagre(input);
    const along = axis(direction);
    // 107 statements and 22 junctions.
    expect(Object.keys(positions)).toHaveLength(129);
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
    const input = inputOf(small, 'TB');
    await expect(computeLayout(input)).resolves.toEqual(runDagre(input));
  });
});
