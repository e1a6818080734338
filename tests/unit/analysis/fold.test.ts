import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  depths,
  foldBelow,
  foldView,
  readingRoots,
  reasonsIndex,
  unfoldToReveal,
} from '../../../src/lib/analysis/fold';
import type { ArgumentEdge, ArgumentMap, NodeKind, Statement } from '../../../src/lib/model/types';
import { letterMap } from '../../support/maps';
import { runs } from '../../support/property';

const node = (id: string, kind: NodeKind = 'claim'): Statement => ({ id, kind, label: id });
const supports = (from: string | string[], to: string, id = `${String(from)}>${to}`) =>
  ({ id, from, to, relation: 'supports' }) as ArgumentEdge;
const mapOf = (
  nodes: Statement[],
  edges: ArgumentEdge[],
): Pick<ArgumentMap, 'nodes' | 'edges'> => ({
  nodes,
  edges,
});

/**
 *        t
 *      /   \
 *     a     b
 *    / \   /
 *   c   d-´      d bears on both a and b
 *   |
 *   e (evidence)
 */
const tree = mapOf(
  [node('t', 'thesis'), node('a'), node('b'), node('c'), node('d'), node('e', 'evidence')],
  [
    supports('a', 't'),
    supports('b', 't'),
    supports('c', 'a'),
    supports('d', 'a'),
    supports('d', 'b'),
    supports('e', 'c'),
  ],
);

const sorted = (set: Iterable<string>) => [...set].sort();

describe('reasonsIndex', () => {
  it('lists each statement’s reasons in map order, through linked groups and inferences', () => {
    const map = mapOf(
      [node('t', 'thesis'), node('p'), node('q'), node('u')],
      [
        supports(['p', 'q'], 't', 'pq'),
        // u attacks the step from p and q to t: a reason bearing, in the end, on t.
        { id: 'u-pq', from: 'u', to: 'pq', relation: 'opposes' },
      ],
    );
    const reasons = reasonsIndex(map);
    expect(reasons.get('t')).toEqual(['p', 'q', 'u']);
    expect(reasons.get('p')).toEqual([]);
  });

  it('lists a reason once however many edges say so', () => {
    const map = mapOf(
      [node('t'), node('a')],
      [supports('a', 't', 'one'), supports('a', 't', 'two')],
    );
    expect(reasonsIndex(map).get('t')).toEqual(['a']);
  });
});

describe('readingRoots', () => {
  it('starts from the statements that bear on nothing', () => {
    expect(readingRoots(tree)).toEqual(['t']);
    const twoParts = mapOf([...tree.nodes, node('x')], tree.edges);
    expect(readingRoots(twoParts)).toEqual(['t', 'x']);
  });

  it('starts a part that goes round in a circle at its first statement', () => {
    const map = mapOf(
      [node('t'), node('a'), node('r1'), node('r2')],
      [supports('a', 't'), supports('r1', 'r2'), supports('r2', 'r1')],
    );
    expect(readingRoots(map)).toEqual(['t', 'r1']);
  });
});

describe('foldView', () => {
  it('shows everything when nothing is folded', () => {
    const { shown, summaries } = foldView(tree, new Set());
    expect(sorted(shown)).toEqual(['a', 'b', 'c', 'd', 'e', 't']);
    expect(summaries.size).toBe(0);
  });

  it('hides exactly what can only be reached through the fold: a shared reason stays', () => {
    const { shown, summaries } = foldView(tree, new Set(['a']));
    // d also bears on b, which is in view, so it stays.
    expect(sorted(shown)).toEqual(['a', 'b', 'd', 't']);
    expect(summaries.get('a')).toEqual({
      count: 2,
      byKind: { thesis: 0, claim: 1, evidence: 1, authority: 0 },
    });
  });

  it('counts a statement under each fold it lies beneath', () => {
    const { shown, summaries } = foldView(tree, new Set(['a', 'b']));
    expect(sorted(shown)).toEqual(['a', 'b', 't']);
    expect(summaries.get('a')!.count).toBe(3);
    expect(summaries.get('b')!.count).toBe(1);
  });

  it('gives no badge to a fold that hides nothing, or to one out of view', () => {
    // Folding d hides nothing (it has no reasons); folding c while a is folded is out of view.
    const { summaries } = foldView(tree, new Set(['d', 'a', 'c']));
    expect([...summaries.keys()]).toEqual(['a']);
  });

  it('folds the thesis down to itself', () => {
    const { shown, summaries } = foldView(tree, new Set(['t']));
    expect(sorted(shown)).toEqual(['t']);
    expect(summaries.get('t')!.count).toBe(5);
  });

  it('shows a statement exactly when a way leads to it from a root through open statements only', () => {
    const ids = letterMap.nodes.map((n) => n.id);
    const reasons = reasonsIndex(letterMap);
    const roots = readingRoots(letterMap);
    fc.assert(
      fc.property(fc.subarray(ids, { maxLength: 12 }), (folds) => {
        const folded = new Set(folds);
        // The oracle: grow the shown set to a fixed point, one open statement's reasons at a time.
        const expected = new Set(roots);
        let grew = true;
        while (grew) {
          grew = false;
          for (const id of [...expected]) {
            if (folded.has(id)) continue;
            for (const reason of reasons.get(id)!) {
              if (!expected.has(reason)) {
                expected.add(reason);
                grew = true;
              }
            }
          }
        }
        expect(sorted(foldView(letterMap, folded).shown)).toEqual(sorted(expected));
      }),
      runs(200),
    );
  });
});

describe('depths', () => {
  it('counts the shortest way down from a root', () => {
    const shortcut = mapOf(tree.nodes, [...tree.edges, supports('e', 'a', 'e>a')]);
    expect(Object.fromEntries(depths(tree))).toEqual({ t: 0, a: 1, b: 1, c: 2, d: 2, e: 3 });
    expect(depths(shortcut).get('e')).toBe(2);
  });
});

describe('foldBelow', () => {
  it('folds every statement with reasons from the given level down', () => {
    expect(sorted(foldBelow(tree, 1))).toEqual(['a', 'b', 'c']);
    expect(sorted(foldBelow(tree, 2))).toEqual(['c']);
    expect(sorted(foldBelow(tree, 0))).toEqual(['a', 'b', 'c', 't']);
    expect(sorted(foldBelow(tree, 9))).toEqual([]);
  });

  it('shows the roots and that many levels of reasons', () => {
    expect(sorted(foldView(tree, foldBelow(tree, 1)).shown)).toEqual(['a', 'b', 't']);
    expect(sorted(foldView(tree, foldBelow(tree, 2)).shown)).toEqual(['a', 'b', 'c', 'd', 't']);
  });

  it('lets an unfold show one more level, each reason still folded', () => {
    const folds = foldBelow(tree, 1);
    folds.delete('a');
    const { shown, summaries } = foldView(tree, folds);
    expect(sorted(shown)).toEqual(['a', 'b', 'c', 'd', 't']);
    expect([...summaries.keys()]).toEqual(['c']);
  });

  it('on the letter, shows at one level exactly the roots and their direct reasons', () => {
    const reasons = reasonsIndex(letterMap);
    const roots = readingRoots(letterMap, reasons);
    const expected = new Set(roots.flatMap((root) => [root, ...reasons.get(root)!]));
    expect(sorted(foldView(letterMap, foldBelow(letterMap, 1)).shown)).toEqual(sorted(expected));
  });
});

describe('unfoldToReveal', () => {
  it('removes the folds above the statement and keeps the others', () => {
    const folds = new Set(['a', 'c', 'b']);
    expect(sorted(unfoldToReveal(tree, folds, 'e'))).toEqual(['b']);
    // d can be reached through a or b: both are unfolded.
    expect(sorted(unfoldToReveal(tree, folds, 'd'))).toEqual(['c']);
  });

  it('keeps a fold on the statement itself: it is shown, its reasons stay folded', () => {
    expect(sorted(unfoldToReveal(tree, new Set(['a', 'c']), 'c'))).toEqual(['c']);
  });

  it('always brings the statement into view on the letter', () => {
    const ids = letterMap.nodes.map((n) => n.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (folds, target) => {
        const folded = unfoldToReveal(letterMap, new Set(folds), target);
        expect(foldView(letterMap, folded).shown.has(target)).toBe(true);
        for (const id of folded) expect(folds).toContain(id);
      }),
      runs(200),
    );
  });
});
