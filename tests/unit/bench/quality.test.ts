import { describe, expect, it } from 'vitest';
import { parseDotJson } from '../../../bench/quality/graphviz';
import { qualityEdges } from '../../../bench/quality/run';
import { readMap } from '../../support/maps';

describe('bench layout quality: reading dot -Tjson0', () => {
  // What Graphviz 2.43 writes for `digraph { subgraph cluster_x { "a b" } "a b" -> c }`.
  const output = JSON.stringify({
    name: 'g',
    bb: '0,0,86,139',
    objects: [
      { name: 'cluster_x', bb: '8,8,78,60', _gvid: 0, nodes: [1] },
      { _gvid: 1, name: 'a b', height: '0.5', label: 'x', pos: '43,34', width: '0.75' },
      { _gvid: 2, name: 'c', height: '0.5', label: '\\N', pos: '43,121', width: '1.5' },
    ],
    edges: [{ _gvid: 0, tail: 1, head: 2 }],
  });

  it('turns nodes into boxes in points with y pointing down, skipping subgraphs', () => {
    expect(parseDotJson(output)).toEqual([
      { id: 'a b', x: 43, y: -34, width: 54, height: 36 },
      { id: 'c', x: 43, y: -121, width: 108, height: 36 },
    ]);
  });

  it('names the object when a node has an unreadable position', () => {
    const bad = JSON.stringify({ objects: [{ name: 'a', pos: '1,x', width: '1', height: '1' }] });
    expect(() => parseDotJson(bad)).toThrow(
      'dot -Tjson0: objects[0] has no name or a bad pos/width/height',
    );
  });
});

describe('bench layout quality: primary edges', () => {
  it('are the primary tree the layout hangs the map on; the rest are cross-links', () => {
    // savings sits under retention, from its own section, so savings → thesis (e5) is the
    // cross-link; rand → longer-days (e14) reaches a statement already listed.
    const map = readMap('tests/fixtures/maps/medium.json');
    const edges = qualityEdges(map);
    expect(edges).toHaveLength(map.edges.length);
    const secondary = map.edges.filter((_, i) => !edges[i]!.primary).map((edge) => edge.id);
    expect(secondary).toEqual(['e5', 'e14']);
    expect(edges[0]).toEqual({ source: 'rest', target: 'thesis', primary: true });
  });
});
