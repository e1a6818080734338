import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  idAllocator,
  stripControlChars,
  wrapWords,
} from '../../../src/lib/io/text';
import { byOrder, statementEntries, walkTree } from '../../../src/lib/analysis/outline';
import type { ArgumentEdge, ArgumentMap, Statement } from '../../../src/lib/model/types';
import { loadValidMap } from './export-helpers';

const node = (id: string, order?: number, kind: Statement['kind'] = 'claim'): Statement => ({
  id,
  kind,
  label: id,
  ...(order !== undefined ? { order } : {}),
});
const edge = (from: string, to: string, relation: ArgumentEdge['relation'] = 'supports') => ({
  id: `${from}>${to}`,
  from,
  to,
  relation,
});
const mapOf = (nodes: Statement[], edges: ArgumentEdge[]): ArgumentMap => ({
  schemaVersion: 2,
  id: 'm',
  title: 'm',
  source: { title: 't', author: 'a', date: '2026', publication: 'p', text: 't.txt' },
  sections: [],
  nodes,
  edges,
});

/** `depth:id` for each entry, `*` marking repeats. */
const outline = (map: ArgumentMap) =>
  statementEntries(walkTree(map)).map(
    (entry) => `${entry.depth}:${entry.node.id}${entry.repeat ? '*' : ''}`,
  );

describe('walkTree', () => {
  it('walks from the thesis, reasons in reading order, each edge once', async () => {
    const medium = await loadValidMap('tests/fixtures/maps/medium.json');
    const entries = statementEntries(walkTree(medium));
    expect(entries.slice(0, 4).map((e) => e.node.id)).toEqual([
      'thesis',
      'rest',
      'attendance',
      'missouri',
    ]);
    const edgeIds = entries.flatMap((entry) => (entry.edge ? [entry.edge.id] : []));
    expect(edgeIds.sort()).toEqual(medium.edges.map((e) => e.id).sort());
    expect(entries.filter((entry) => entry.repeat).map((entry) => entry.node.id)).toEqual([
      'savings',
      'rand',
    ]);
  });

  it('survives cycles and self-loops and still covers every node', () => {
    const map = mapOf(
      [node('a', 1), node('b', 2), node('c', 3)],
      [edge('a', 'b'), edge('b', 'a', 'opposes'), edge('c', 'c'), edge('c', 'a')],
    );
    // No thesis and no sink: the first node in reading order starts the walk.
    expect(outline(map)).toEqual(['0:a', '1:b', '2:a*', '1:c', '2:c*']);
  });

  it('starts extra trees for nodes the thesis cannot reach, sinks first', () => {
    const map = mapOf(
      [node('t', 1, 'thesis'), node('x', 2), node('y', 3), node('lone', 4)],
      [edge('t', 'x'), edge('y', 't')],
    );
    expect(outline(map)).toEqual(['0:t', '1:y', '0:x', '1:t*', '0:lone']);
  });

  it('handles a 20 000-deep chain without overflowing the stack', () => {
    const n = 20_000;
    const nodes = Array.from({ length: n }, (_, i) =>
      node(`n${i}`, i, i === 0 ? 'thesis' : 'claim'),
    );
    const edges = nodes.slice(1).map((_, i) => edge(`n${i + 1}`, `n${i}`));
    const entries = walkTree(mapOf(nodes, edges));
    expect(entries).toHaveLength(n);
    expect(entries.at(-1)).toMatchObject({ depth: n - 1, repeat: false });
  });

  it('ignores edges to unknown nodes and duplicate node ids', () => {
    const map = mapOf([node('a', 1, 'thesis'), node('a', 2)], [edge('ghost', 'a')]);
    expect(outline(map)).toEqual(['0:a']);
  });
});

describe('helpers', () => {
  it('orders by `order`, unordered last, stable', () => {
    const sorted = byOrder([node('x'), node('b', 2), node('a', 1), node('y'), node('c', 2)]);
    expect(sorted.map((n) => n.id)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('formats citations short and full', () => {
    const citation = {
      author: 'A. Researcher',
      title: 'Urban\nHeat',
      publication: 'Journal',
      date: '2019',
      pages: '10-12',
      url: 'https://x.org',
    };
    expect(formatCitation(citation)).toBe('A. Researcher, Urban Heat (2019)');
    expect(formatCitation(citation, { full: true, url: true })).toBe(
      'A. Researcher, Urban Heat, Journal (2019), pp. 10-12, https://x.org',
    );
    expect(formatCitation({ title: 'Only a title' })).toBe('Only a title');
  });

  it('allocates unique ids that are never Object.prototype names', () => {
    const allocate = idAllocator((raw) => raw.toLowerCase());
    expect(['A', 'a', 'a-2', '__proto__', 'constructor'].map(allocate)).toEqual([
      'a',
      'a-2',
      'a-2-2',
      '__proto__-2',
      'constructor-2',
    ]);
  });

  it('strips control characters and lone surrogates, keeping tabs, newlines and emoji', () => {
    expect(stripControlChars('a\u0000b\u0007c\u007f\u0085d\ud800e\udc00\t\r\n😀\uffff')).toBe(
      'abcde\t\r\n😀',
    );
  });

  it('wraps at word boundaries and splits over-long words', () => {
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(wrapWords('  \n ', 4)).toEqual([]);
    // Code points, not UTF-16 units: an emoji is never cut in half.
    expect(wrapWords('ab😀cd😀 e', 3)).toEqual(['ab😀', 'cd😀', 'e']);
  });
});
