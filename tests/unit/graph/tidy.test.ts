import { describe, expect, it } from 'vitest';
import { tidyX } from '../../../src/lib/graph/tidy';
import { arrangeForest } from '../../../src/lib/graph/forest';
import { alignTrees } from '../../../src/lib/graph/ranks';
import { planStacks, stackDepths } from '../../../src/lib/graph/stacks';

const node = (id: string, width: number, y: number) => ({ id, width, y });
const kids = (entries: [string, string[]][]) => new Map(entries);

describe('tidyX', () => {
  it('packs leaves side by side and centres the parent over them', () => {
    const { x, trees } = tidyX(
      [node('p', 50, 0), node('a', 100, 1), node('b', 60, 1), node('c', 100, 1)],
      kids([['p', ['a', 'b', 'c']]]),
      ['p'],
      { nodeSep: 20 },
    );
    // a spans 0–100, b 120–180, c 200–300: the tree is 300 wide, p over its middle.
    expect(Object.fromEntries(x)).toEqual({ a: 50, b: 150, c: 250, p: 150 });
    expect(trees).toEqual([{ root: 'p', width: 300 }]);
  });

  it('packs subtrees by their outlines, so a narrow branch tucks under a wide one', () => {
    // p has children a (wide, with a wide child) and b (narrow, with a narrow child).
    const { x } = tidyX(
      [node('p', 40, 0), node('a', 40, 1), node('b', 40, 1), node('a1', 200, 2), node('b1', 40, 2)],
      kids([
        ['p', ['a', 'b']],
        ['a', ['a1']],
        ['b', ['b1']],
      ]),
      ['p'],
      { nodeSep: 10 },
    );
    // On rank 2, a1 spans −100…100 around a; b1 must start 10 after it: b − 20 ≥ a + 110.
    expect(x.get('b')! - x.get('a')!).toBe(130);
    expect(x.get('a1')).toBe(x.get('a'));
  });

  it('lays out a chain of 30,000 without recursion, in linear time', () => {
    const count = 30_000;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`, 100, i));
    const children = new Map(nodes.slice(0, -1).map((n, i) => [n.id, [`n${i + 1}`]]));
    const { x } = tidyX(nodes, children, ['n0'], { nodeSep: 10 });
    expect(x.size).toBe(count);
    expect(new Set(x.values())).toEqual(new Set([50]));
  });
});

describe('arrangeForest', () => {
  it('puts the largest tree in the middle and a linked tree beside what it is linked to', () => {
    const nodes = [
      node('t', 100, 0),
      node('l', 100, 1),
      node('r', 100, 1),
      node('side', 100, 0),
      node('free', 100, 0),
    ];
    const x = arrangeForest(
      nodes,
      kids([['t', ['l', 'r']]]),
      ['t', 'side', 'free'],
      [{ source: 'l', target: 'side' }],
      { nodeSep: 20, treeSep: 50 },
    );
    // side answers l, on the left of the main tree; free is linked to nothing and goes right.
    expect(x.get('side')).toBeLessThan(x.get('l')!);
    expect(x.get('free')).toBeGreaterThan(x.get('r')!);
    // On rank 0 it stands treeSep from the thesis's box (t is centred over l and r).
    expect(x.get('t')! - 50 - (x.get('side')! + 50)).toBe(50);
  });

  it('tucks a small tree under the shallow edge of the main one, rank by rank', () => {
    // t has a deep reason on its left and a shallow one on its right; the side tree
    // (linked to the right reason) stands on ranks 2 and 3, below the shallow one.
    const nodes = [
      node('t', 100, 0),
      node('a', 100, 1),
      node('a1', 100, 2),
      node('b', 100, 1),
      node('side', 100, 2),
      node('side1', 100, 3),
    ];
    const x = arrangeForest(
      nodes,
      kids([
        ['t', ['a', 'b']],
        ['a', ['a1']],
        ['side', ['side1']],
      ]),
      ['t', 'side'],
      [{ source: 'side', target: 'b' }],
      { nodeSep: 20, treeSep: 50 },
    );
    // Beside a1 on rank 2 (not beside b, the widest rank of t's tree): under b.
    expect(x.get('side')! - 50 - (x.get('a1')! + 50)).toBe(50);
    expect(x.get('side')).toBeLessThan(x.get('b')! + 50);
  });

  it('moves a linked tree across when all on one side would push the root off the middle', () => {
    // Two wide positions both answered from the left of the (wider still) main tree.
    const nodes = [
      node('t', 100, 0),
      node('l', 200, 1),
      node('r', 200, 1),
      node('p1', 300, 0),
      node('p2', 300, 0),
    ];
    const x = arrangeForest(
      nodes,
      kids([['t', ['l', 'r']]]),
      ['t', 'p1', 'p2'],
      [
        { source: 'l', target: 'p1' },
        { source: 'l', target: 'p2' },
      ],
      { nodeSep: 20, treeSep: 50 },
    );
    expect(x.get('p1')! < x.get('t')! !== x.get('p2')! < x.get('t')!).toBe(true);
  });
});

describe('alignTrees', () => {
  it('puts each root on the top rank, and a linked tree one rank above what it is linked to', () => {
    // Dagre's ranks: the main chain t ← a ← b on 0, 1, 2; the small tree s ← c at the bottom.
    const nodes = [
      { id: 't', depth: 40, rank: 0 },
      { id: 'a', depth: 40, rank: 100 },
      { id: 'b', depth: 80, rank: 200 },
      { id: 's', depth: 40, rank: 100 },
      { id: 'c', depth: 40, rank: 200 },
    ];
    const parent = new Map([
      ['a', 't'],
      ['b', 'a'],
      ['c', 's'],
    ]);
    const y = alignTrees(nodes, parent, [{ source: 'b', target: 's' }], 60);
    // Levels 0, 1, 2 are 40, 40 and 80 deep with 60 between: centres 20, 120, 240.
    expect(Object.fromEntries(y)).toEqual({ t: 20, a: 120, b: 240, s: 120, c: 240 });
  });
});

describe('planStacks and stacked columns', () => {
  it('stacks the largest relation among leaf reasons, the others beside it', () => {
    const children = new Map([
      ['p', ['a', 'b', 'c', 'd']],
      ['q', ['e', 'f']],
      ['r', ['g', 'h']],
      ['h', ['i']],
    ]);
    const group = (id: string) => (id === 'b' ? 'opposes' : 'supports');
    const stacks = planStacks(children, group);
    expect(stacks.get('p')).toEqual({ column: ['a', 'c', 'd'], beside: ['b'] });
    expect(stacks.get('q')).toEqual({ column: ['e', 'f'], beside: [] });
    // r has a reason with reasons of its own, so its reasons stand side by side.
    expect(stacks.has('r')).toBe(false);
    expect(Object.fromEntries(stackDepths(stacks))).toEqual({ a: 0, c: 1, d: 2, e: 0, f: 1 });
  });

  it('hangs the column right of the parent’s middle and puts the others to its left', () => {
    const stacks = new Map([['p', { column: ['a', 'b'], beside: ['c', 'd'] }]]);
    const { x } = tidyX(
      [node('p', 100, 0), node('a', 80, 1), node('b', 60, 2), node('c', 40, 1), node('d', 50, 1)],
      kids([['p', ['a', 'b', 'c', 'd']]]),
      ['p'],
      { nodeSep: 10, stacks, indent: 20 },
    );
    const p = x.get('p')!;
    // Column boxes start 20 right of p's middle; beside, d ends 20 left of it, c 10 further left.
    expect(x.get('a')! - p).toBe(20 + 40);
    expect(x.get('b')! - p).toBe(20 + 30);
    expect(x.get('d')! - p).toBe(-20 - 25);
    expect(x.get('c')! - p).toBe(-20 - 50 - 10 - 20);
  });
});
