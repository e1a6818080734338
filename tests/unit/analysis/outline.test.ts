import { describe, expect, it } from 'vitest';
import { walkTree, type StatementEntry, type TreeEntry } from '../../../src/lib/analysis/outline';
import { alsoVerb, nestEntries, type OutlineNode } from '../../../src/lib/analysis/outline-tree';
import type { ArgumentEdge, ArgumentMap, Statement } from '../../../src/lib/model/types';

const node = (id: string, order: number, section?: string, kind: Statement['kind'] = 'claim') =>
  ({ id, kind, label: id, order, ...(section ? { section } : {}) }) as Statement;
const edge = (
  from: string | string[],
  to: string,
  relation: ArgumentEdge['relation'] = 'supports',
) => ({ id: `${String(from)}>${to}`, from, to, relation }) as ArgumentEdge;
const mapOf = (nodes: Statement[], edges: ArgumentEdge[]) =>
  ({ nodes, edges }) as Pick<ArgumentMap, 'nodes' | 'edges'>;

const statements = (entries: TreeEntry[]) =>
  entries.filter((entry): entry is StatementEntry => entry.kind === 'statement');
const outline = (entries: TreeEntry[]) =>
  statements(entries).map((e) => `${e.depth}:${e.node.id}${e.repeat ? '*' : ''}`);

// The thesis has two lines, A and B. A shared reason `s` is written in B's section and
// supports both; its own reason `r` must be read with B's line, not dragged into A's.
const shared = mapOf(
  [
    node('t', 1, 'intro', 'thesis'),
    node('a', 2, 'a'),
    node('a1', 3, 'a'),
    node('b', 4, 'b'),
    node('s', 5, 'b'),
    node('r', 6, 'b'),
  ],
  [edge('a', 't'), edge('b', 't'), edge('a1', 'a'), edge('s', 'a'), edge('s', 'b'), edge('r', 's')],
);

describe('walkTree: a shared reason', () => {
  it('is listed with its reasons under its primary parent, and as a pointer elsewhere', () => {
    expect(outline(walkTree(shared))).toEqual(['0:t', '1:a', '2:a1', '2:s*', '1:b', '2:s', '3:r']);
  });

  it('says where its reasons are, and what else it bears on', () => {
    const entries = statements(walkTree(shared));
    const pointer = entries.find((e) => e.node.id === 's' && e.repeat)!;
    expect(pointer.reasonsUnder?.id).toBe('b');
    expect(pointer.also.map((link) => link.node.id)).toEqual(['b']);
    const home = entries.find((e) => e.node.id === 's' && !e.repeat)!;
    expect(home.reasonsUnder).toBeUndefined();
    expect(home.also.map((link) => `${alsoVerb(link)} ${link.node.id}`)).toEqual(['supports a']);
    expect(entries.find((e) => e.node.id === 'r')!.also).toEqual([]);
  });

  it('can still be expanded where the walk first meets it', () => {
    expect(outline(walkTree(shared, { expandAt: 'first' }))).toEqual([
      '0:t',
      '1:a',
      '2:a1',
      '2:s',
      '3:r',
      '1:b',
      '2:s*',
    ]);
  });

  it('names an undercut’s target as the step it attacks', () => {
    const map = mapOf(
      [node('t', 1, undefined, 'thesis'), node('p', 2), node('u', 3), node('q', 4)],
      [
        { id: 'step', from: 'p', to: 't', relation: 'supports' },
        { id: 'cut', from: 'u', to: 'step', relation: 'opposes' },
        { id: 'u-q', from: 'u', to: 'q', relation: 'supports' },
        { id: 'q-t', from: 'q', to: 't', relation: 'supports' },
      ],
    );
    const entries = statements(walkTree(map));
    const u = entries.find((e) => e.node.id === 'u' && e.edge?.id === 'u-q')!;
    expect(u.also.map((link) => `${alsoVerb(link)} ${link.node.id}`)).toEqual([
      'undercuts the step to t',
    ]);
  });
});

const shape = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((n) => [
    n.level,
    n.entry.kind === 'group' ? 'group' : n.entry.node.id,
    ...(n.children.length ? [shape(n.children)] : []),
  ]);

describe('nestEntries', () => {
  it('nests by depth, with linked premises under their group', () => {
    const map = mapOf(
      [node('t', 1, undefined, 'thesis'), node('x', 2), node('y', 3), node('z', 4)],
      [edge(['x', 'y'], 't'), edge('z', 'x')],
    );
    expect(shape(nestEntries(walkTree(map)))).toEqual([
      [
        1,
        't',
        [
          [
            2,
            'group',
            [
              [3, 'x', [[4, 'z']]],
              [3, 'y'],
            ],
          ],
        ],
      ],
    ]);
  });

  it('hangs an entry whose parent was filtered out under what is left above it', () => {
    const entries = walkTree(shared).filter(
      (entry) => entry.kind === 'group' || entry.node.id !== 'b',
    );
    // b's reasons (s, then r) now follow a's, so they hang under a.
    const expected = [
      [
        1,
        't',
        [
          [
            2,
            'a',
            [
              [3, 'a1'],
              [3, 's'],
              [3, 's', [[4, 'r']]],
            ],
          ],
        ],
      ],
    ];
    expect(shape(nestEntries(entries))).toEqual(expected);
  });

  it('drops linked premises whose premises are all filtered out', () => {
    const map = mapOf(
      [node('t', 1, undefined, 'thesis'), node('x', 2), node('y', 3), node('w', 4)],
      [edge(['x', 'y'], 't'), edge('w', 't')],
    );
    const entries = walkTree(map).filter(
      (entry) => entry.kind === 'group' || !['x', 'y'].includes(entry.node.id),
    );
    expect(shape(nestEntries(entries))).toEqual([[1, 't', [[2, 'w']]]]);
  });

  it('gives every entry a key of its own', () => {
    const keys = [];
    const stack = nestEntries(walkTree(shared));
    for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
      keys.push(n.key);
      stack.push(...n.children);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(walkTree(shared).length);
  });
});
