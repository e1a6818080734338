import { letterMap } from '../../support/maps';
import { describe, expect, it } from 'vitest';
import { toElements, type EdgeData, type NodeData } from '../../../src/lib/graph/elements';
import { runDagre, type LayoutInput } from '../../../src/lib/graph/layout';
import type { Direction } from '../../../src/lib/graph/direction';
import { statementLinks } from '../../../src/lib/model/inference';

const letter = letterMap;

function layout(direction: Direction) {
  const elements = toElements(letter);
  const input: LayoutInput = {
    nodes: elements.filter((e) => e.group === 'nodes').map((e) => ({ ...(e.data as NodeData) })),
    edges: elements.filter((e) => e.group === 'edges').map((e) => ({ ...(e.data as EdgeData) })),
    direction,
  };
  return runDagre(input);
}

/** Pairs of reasons, adjacent in reading order, that bear first on the same statement. */
function siblingPairs(): [string, string][] {
  const order = new Map(letter.nodes.map((node) => [node.id, node.order ?? 0]));
  const firstTarget = new Map<string, string>();
  for (const { from, to } of statementLinks(letter))
    if (!firstTarget.has(from)) firstTarget.set(from, to);
  const pairs: [string, string][] = [];
  for (const node of letter.nodes) {
    const reasons = [...firstTarget].filter(([, to]) => to === node.id).map(([from]) => from);
    reasons.sort((a, b) => order.get(a)! - order.get(b)!);
    for (let i = 1; i < reasons.length; i++) pairs.push([reasons[i - 1]!, reasons[i]!]);
  }
  return pairs;
}

describe('reading order in the layout', () => {
  const pairs = siblingPairs();

  it.each([
    ['TB', 'x'],
    ['LR', 'y'],
  ] as const)('%s: most sibling reasons follow the text’s order along %s', (direction, axis) => {
    const positions = layout(direction);
    const inOrder = pairs.filter(([a, b]) => positions[a]![axis] < positions[b]![axis]).length;
    expect(pairs.length).toBeGreaterThan(30);
    expect(inOrder / pairs.length).toBeGreaterThanOrEqual(0.75);
  });
});
