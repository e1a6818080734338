import { letterMap } from '../../support/maps';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../../src/lib/graph/elements';
import { layoutInputOf, runLayout } from '../../../src/lib/graph/layout';
import { layoutTree } from '../../../src/lib/graph/tree-layout';

const letter = letterMap;

describe('reading order in the layout', () => {
  it.each([
    ['TB', 'x'],
    ['LR', 'y'],
  ] as const)(
    '%s: reasons under one statement stand in the text’s order along %s',
    (direction, axis) => {
      const input = layoutInputOf(toElements(letter), direction);
      const { positions } = runLayout(input);
      const tree = layoutTree(input);
      const order = new Map(input.nodes.map((node) => [node.id, node.order ?? 0]));
      const siblings = new Map<string, string[]>();
      for (const [child, parent] of tree.parent)
        siblings.set(parent, [...(siblings.get(parent) ?? []), child]);
      let pairs = 0;
      for (const list of siblings.values()) {
        list.sort((a, b) => order.get(a)! - order.get(b)!);
        for (let i = 1; i < list.length; i++) {
          pairs++;
          // Stacked reasons (top to bottom only) stand one under another instead.
          const [a, b] = [positions.get(list[i - 1]!)!, positions.get(list[i]!)!];
          expect(a[axis] < b[axis] || (direction === 'TB' && a.y < b.y)).toBe(true);
        }
      }
      expect(pairs).toBeGreaterThan(30);
    },
  );
});
