import { describe, expect, it } from 'vitest';
import { primaryTree } from '../../../src/lib/analysis/primary';

const edge = (source: string, target: string) => ({ id: `${source}>${target}`, source, target });

describe('primaryTree', () => {
  it('keeps the only parent a node has', () => {
    const tree = primaryTree(
      [
        { id: 't', order: 0 },
        { id: 'a', order: 1 },
      ],
      [edge('a', 't')],
    );
    expect([...tree.parent]).toEqual([['a', 't']]);
    expect([...tree.primaryEdges]).toEqual(['a>t']);
  });

  it('hangs a linked premise under its junction, before a nearer statement it also supports', () => {
    // b and c only work together for t (junction j); c also supports b, right next to it.
    const tree = primaryTree(
      [
        { id: 't', order: 0, section: 's' },
        { id: 'j', order: 1, joint: true },
        { id: 'b', order: 2, section: 's' },
        { id: 'c', order: 3, section: 's' },
      ],
      [edge('j', 't'), edge('b', 'j'), edge('c', 'b'), edge('c', 'j')],
    );
    expect(tree.parent.get('c')).toBe('j');
    expect(tree.parent.get('b')).toBe('j');
    expect(tree.primaryEdges.has('c>b')).toBe(false);
  });

  it('prefers a parent in the same section, then the nearest in reading order', () => {
    const nodes = [
      { id: 't', order: 0 },
      { id: 'p1', order: 1, section: 's1' },
      { id: 'p2', order: 10, section: 's2' },
      { id: 'p3', order: 12, section: 's2' },
      { id: 'r', order: 11, section: 's1' },
      { id: 'q', order: 11, section: 's2' },
    ];
    const tree = primaryTree(nodes, [
      edge('p1', 't'),
      edge('p2', 't'),
      edge('p3', 't'),
      edge('r', 'p2'),
      edge('r', 'p1'),
      edge('q', 'p2'),
      edge('q', 'p3'),
    ]);
    // r is nearer p2 in the text but shares a section with p1 only.
    expect(tree.parent.get('r')).toBe('p1');
    // q shares a section with both: p2 (10) and p3 (12) are equally near, so the first edge wins.
    expect(tree.parent.get('q')).toBe('p2');
    expect(tree.primaryEdges.has('r>p2')).toBe(false);
  });

  it('cuts a loop at its most loosely attached link, leaving a forest', () => {
    const nodes = [
      { id: 'a', order: 0 },
      { id: 'b', order: 1 },
      { id: 'c', order: 9 },
    ];
    const tree = primaryTree(nodes, [edge('a', 'b'), edge('b', 'c'), edge('c', 'a')]);
    // c → a spans 9 places in the text: the loosest link, so c becomes the root.
    expect([...tree.parent].sort()).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });

  it('ignores self-loops and edges to unknown nodes', () => {
    const tree = primaryTree([{ id: 'a', order: 0 }], [edge('a', 'a'), edge('a', 'ghost')]);
    expect(tree.parent.size).toBe(0);
  });
});
