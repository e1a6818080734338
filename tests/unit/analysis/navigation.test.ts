import { letterMap, smallMap } from '../../support/maps';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAdjacency,
  step,
  stepForKey,
  type Adjacency,
  type Step,
} from '../../../src/lib/analysis/navigation';
import type { ArgumentEdge, ArgumentMap, Statement } from '../../../src/lib/model/types';

const small = smallMap;
const letter = letterMap;

const plain = (adjacency: Adjacency) => ({
  targets: Object.fromEntries(adjacency.targets),
  reasons: Object.fromEntries(adjacency.reasons),
});

/** A map from nodes `[id, order?]` and edges `from>to`. */
function makeMap(nodes: [string, number?][], edges: string[]): ArgumentMap {
  return {
    ...small,
    nodes: nodes.map(([id, order]): Statement => ({
      id,
      kind: 'claim',
      label: id,
      ...(order === undefined ? {} : { order }),
    })),
    edges: edges.map((spec, i): ArgumentEdge => {
      const [from, to] = spec.split('>') as [string, string];
      return { id: `e${i}`, from, to, relation: 'supports' };
    }),
  };
}

describe('buildAdjacency', () => {
  it('lists targets and reasons of every node, in reading order', () => {
    expect(plain(buildAdjacency(small))).toEqual({
      targets: {
        thesis: [],
        cooling: ['thesis'],
        'heat-study': ['cooling'],
        'cost-objection': ['thesis'],
        cheaper: ['cost-objection'],
      },
      reasons: {
        thesis: ['cooling', 'cost-objection'],
        cooling: ['heat-study'],
        'heat-study': [],
        'cost-objection': ['cheaper'],
        cheaper: [],
      },
    });
  });

  it('sorts by `order`, not by edge or node position', () => {
    const map = makeMap(
      [
        ['t', 1],
        ['c', 4],
        ['a', 2],
        ['b', 3],
      ],
      ['c>t', 'a>t', 'b>t'],
    );
    expect(buildAdjacency(map).reasons.get('t')).toEqual(['a', 'b', 'c']);
  });

  it('falls back to the node position when `order` is missing', () => {
    const map = makeMap([['t'], ['z'], ['y'], ['x']], ['x>t', 'z>t', 'y>t']);
    expect(buildAdjacency(map).reasons.get('t')).toEqual(['z', 'y', 'x']);
  });

  it('leaves out edges that are not visible', () => {
    expect(plain(buildAdjacency(small, new Set(['e1', 'e2'])))).toEqual({
      targets: {
        thesis: [],
        cooling: ['thesis'],
        'heat-study': ['cooling'],
        'cost-objection': [],
        cheaper: [],
      },
      reasons: {
        thesis: ['cooling'],
        cooling: ['heat-study'],
        'heat-study': [],
        'cost-objection': [],
        cheaper: [],
      },
    });
    const none = buildAdjacency(small, new Set());
    expect([...none.targets.values()].flat()).toEqual([]);
    expect([...none.reasons.values()].flat()).toEqual([]);
  });

  it('ignores edges to unknown nodes instead of throwing', () => {
    const map = makeMap([['a'], ['b']], ['a>b', 'a>ghost', 'ghost>b']);
    const adjacency = buildAdjacency(map);
    expect([...adjacency.targets.keys()]).toEqual(['a', 'b']);
    expect([...adjacency.reasons.keys()]).toEqual(['a', 'b']);
    // Only statements are places to step to; an edge that reaches no statement is no step.
    expect([...adjacency.targets.get('a')!].sort()).toEqual(['b']);
    expect([...adjacency.reasons.get('b')!].sort()).toEqual(['a']);
  });

  it('mirrors targets and reasons on the letter map', () => {
    const { targets, reasons } = buildAdjacency(letter);
    expect(targets.size).toBe(109);
    expect([...targets.values()].flat()).toHaveLength(149);
    expect([...reasons.values()].flat()).toHaveLength(149);
    for (const [id, list] of targets) {
      for (const target of list) expect(reasons.get(target)).toContain(id);
    }
  });
});

describe('step', () => {
  const adjacency = buildAdjacency(small);

  it.each([
    ['thesis', 'parent', 'thesis'],
    ['thesis', 'child', 'cooling'],
    ['thesis', 'next', 'thesis'],
    ['thesis', 'previous', 'thesis'],
    ['cooling', 'parent', 'thesis'],
    ['cooling', 'child', 'heat-study'],
    ['cooling', 'next', 'cost-objection'],
    ['cooling', 'previous', 'cost-objection'],
    ['cost-objection', 'next', 'cooling'],
    ['cost-objection', 'previous', 'cooling'],
    ['cost-objection', 'child', 'cheaper'],
    ['heat-study', 'parent', 'cooling'],
    ['heat-study', 'child', 'heat-study'],
    ['heat-study', 'next', 'heat-study'],
    ['heat-study', 'previous', 'heat-study'],
    ['cheaper', 'parent', 'cost-objection'],
    ['ghost', 'parent', 'ghost'],
    ['ghost', 'child', 'ghost'],
    ['ghost', 'next', 'ghost'],
  ] as [string, Step, string][])('from %s, %s goes to %s', (from, direction, to) => {
    expect(step(adjacency, from, direction)).toBe(to);
  });

  it('cycles through siblings in reading order and wraps around', () => {
    const map = makeMap(
      [
        ['t', 0],
        ['d', 4],
        ['b', 2],
        ['a', 1],
        ['c', 3],
      ],
      ['d>t', 'b>t', 'a>t', 'c>t'],
    );
    const adj = buildAdjacency(map);
    const walk = (start: string, direction: Step, count: number) => {
      const seen = [start];
      for (let i = 0; i < count; i++) seen.push(step(adj, seen.at(-1)!, direction));
      return seen;
    };
    expect(walk('a', 'next', 4)).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect(walk('a', 'previous', 4)).toEqual(['a', 'd', 'c', 'b', 'a']);
    expect(step(adj, 't', 'child')).toBe('a');
  });

  it('takes the first target (by order) as the parent of a node with several', () => {
    const map = makeMap(
      [
        ['t', 1],
        ['p2', 3],
        ['p1', 2],
        ['x', 4],
        ['y', 5],
      ],
      ['p2>t', 'p1>t', 'x>p2', 'x>p1', 'y>p1'],
    );
    const adj = buildAdjacency(map);
    expect(step(adj, 'x', 'parent')).toBe('p1');
    // Siblings are the reasons of that first parent: x and y.
    expect(step(adj, 'x', 'next')).toBe('y');
    expect(step(adj, 'y', 'next')).toBe('x');
  });

  it('does not step along hidden edges', () => {
    const adj = buildAdjacency(small, new Set(['e1', 'e2', 'e4']));
    expect(step(adj, 'cooling', 'next')).toBe('cooling');
    expect(step(adj, 'cost-objection', 'parent')).toBe('cost-objection');
    expect(step(adj, 'cost-objection', 'child')).toBe('cheaper');
  });

  it('always lands on a node of the map, and parent/child are neighbours', () => {
    const adj = buildAdjacency(letter);
    const ids = letter.nodes.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom<Step>('parent', 'child', 'previous', 'next'),
        (from, direction) => {
          const to = step(adj, from, direction);
          expect(ids).toContain(to);
          if (direction === 'parent' && to !== from) expect(adj.targets.get(from)).toContain(to);
          if (direction === 'child' && to !== from) expect(adj.reasons.get(from)).toContain(to);
          // Next then previous returns, as long as both nodes share their first parent
          // (a node with several targets moves among the reasons of its first one).
          const parent = (id: string) => adj.targets.get(id)?.[0];
          if (direction === 'next' && parent(to) === parent(from)) {
            expect(step(adj, to, 'previous')).toBe(from);
          }
        },
      ),
    );
  });
});

describe('stepForKey', () => {
  it.each([
    ['ArrowUp', 'TB', 'parent'],
    ['ArrowDown', 'TB', 'child'],
    ['ArrowLeft', 'TB', 'previous'],
    ['ArrowRight', 'TB', 'next'],
    ['ArrowLeft', 'LR', 'parent'],
    ['ArrowRight', 'LR', 'child'],
    ['ArrowUp', 'LR', 'previous'],
    ['ArrowDown', 'LR', 'next'],
  ] as const)('%s in %s is %s', (key, direction, expected) => {
    expect(stepForKey(key, direction)).toBe(expected);
  });

  it.each(['Enter', 'arrowup', 'Up', 'Tab', ' ', ''])('ignores %j', (key) => {
    expect(stepForKey(key, 'TB')).toBeUndefined();
    expect(stepForKey(key, 'LR')).toBeUndefined();
  });
});

describe('step among the reasons of the statement we came from', () => {
  // a1 bears on both a and b; a has reasons a1, a2; b has reasons b0, a1.
  const map = {
    ...smallMap,
    nodes: ['t', 'a', 'b', 'a1', 'a2', 'b0'].map((id, order) => ({
      id,
      kind: 'claim' as const,
      label: id,
      order,
    })),
    edges: [
      ['a', 't'],
      ['b', 't'],
      ['a1', 'a'],
      ['a2', 'a'],
      ['b0', 'b'],
      ['a1', 'b'],
    ].map(([from, to], i) => ({
      id: `e${i}`,
      from: from!,
      to: to!,
      relation: 'supports' as const,
    })),
  };
  const adjacency = buildAdjacency(map);

  it('without a parent remembered, uses the first statement it bears on', () => {
    expect(step(adjacency, 'a1', 'next')).toBe('a2');
  });

  it('having come down from b, steps among b’s reasons', () => {
    expect(step(adjacency, 'a1', 'next', 'b')).toBe('b0');
    expect(step(adjacency, 'a1', 'previous', 'b')).toBe('b0');
    expect(step(adjacency, 'a1', 'parent', 'b')).toBe('b');
  });

  it('ignores a remembered parent the node does not bear on', () => {
    expect(step(adjacency, 'a1', 'next', 't')).toBe('a2');
  });
});
