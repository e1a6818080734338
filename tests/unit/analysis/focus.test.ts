import { describe, expect, it } from 'vitest';
import { argumentLine, lineTitle, narrowToLine } from '../../../src/lib/analysis/focus';
import { applyFilters, defaultFilters, subMap } from '../../../src/lib/analysis/filters';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { letterMap } from '../../support/maps';

/** thesis ← a ← a1, thesis ← b ← b1; c opposes a; a1 also supports b (a DAG join). */
const map: ArgumentMap = {
  schemaVersion: 2,
  id: 'm',
  title: 'm',
  source: { title: 's', author: 'a', date: '2026', publication: 'p', text: 's.txt' },
  sections: [],
  nodes: ['thesis', 'a', 'a1', 'b', 'b1', 'c'].map((id) => ({
    id,
    kind: id === 'thesis' ? ('thesis' as const) : ('claim' as const),
    label: id,
  })),
  edges: [
    { id: 'e1', from: 'a', to: 'thesis', relation: 'supports' },
    { id: 'e2', from: 'a1', to: 'a', relation: 'supports' },
    { id: 'e3', from: 'b', to: 'thesis', relation: 'supports' },
    { id: 'e4', from: 'b1', to: 'b', relation: 'supports' },
    { id: 'e5', from: 'c', to: 'a', relation: 'opposes' },
    { id: 'e6', from: 'a1', to: 'b', relation: 'supports' },
  ],
};

describe('argumentLine', () => {
  it('keeps the statement, what it leads to and its reasons, not its siblings', () => {
    expect([...argumentLine(map, 'a')].sort()).toEqual(['a', 'a1', 'c', 'thesis']);
  });

  it('follows a reason up every statement it bears on', () => {
    expect([...argumentLine(map, 'a1')].sort()).toEqual(['a', 'a1', 'b', 'thesis']);
  });

  it('is the whole map from the thesis', () => {
    expect(argumentLine(map, 'thesis').size).toBe(map.nodes.length);
  });

  it('keeps each takeaway of the letter apart from the others', () => {
    const line = argumentLine(letterMap, 't2-takeaway');
    expect(line.has('thesis')).toBe(true);
    expect(line.has('t2-party-vs-sect')).toBe(true);
    expect(line.has('t1-takeaway')).toBe(false);
    expect(line.has('t3-takeaway')).toBe(false);
  });
});

describe('narrowToLine', () => {
  it('drops edges that leave the line', () => {
    const visible = narrowToLine(map, applyFilters(map, defaultFilters()), argumentLine(map, 'a'));
    expect([...visible.nodes].sort()).toEqual(['a', 'a1', 'c', 'thesis']);
    expect([...visible.edges].sort()).toEqual(['e1', 'e2', 'e5']);
  });
});

describe('subMap', () => {
  it('keeps the edges between kept nodes, or exactly the edges given', () => {
    const line = argumentLine(map, 'a');
    expect(subMap(map, line).edges.map((edge) => edge.id)).toEqual(['e1', 'e2', 'e5']);
    expect(subMap(map, line, new Set(['e1'])).edges.map((edge) => edge.id)).toEqual(['e1']);
    expect(subMap(map, line).nodes.map((node) => node.id)).toEqual(['thesis', 'a', 'a1', 'c']);
  });
});

describe('lineTitle', () => {
  it('titles a line by its statement, and names the map it comes from', () => {
    const node = letterMap.nodes.find((candidate) => candidate.id === 't1-takeaway')!;
    expect(lineTitle(letterMap, node.id)).toEqual({
      title: `One line of the argument: ${node.label}`,
      description: `From “${letterMap.title}”: this statement, what it leads to up to the thesis, and every reason beneath it.`,
    });
    expect(lineTitle(letterMap, 'no-such-statement')).toBeUndefined();
  });
});
