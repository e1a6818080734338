/**
 * Format 2 in the drawing formats: linked premises join at a junction before
 * one arrow reaches the conclusion, and an undercut ends on the junction of
 * the inference it attacks. Each format is read back by its own parser.
 */
import { spawnSync } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportDot } from '../../../src/lib/io/exporters/dot';
import { exportGraphml } from '../../../src/lib/io/exporters/graphml';
import { toAif } from '../../../src/lib/io/exporters/aif';
import { loadValidMap } from './export-helpers';

// backing.json: p → e1 → c; w backs e1; x and y together undercut e1 (u1).
const backing = await loadValidMap('tests/fixtures/v2/backing.json');

/** `dot -Tjson`'s objects and edges, by name. */
function renderDot(text: string) {
  const run = spawnSync('dot', ['-Tjson'], { input: text, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const graph = JSON.parse(run.stdout) as {
    objects: { _gvid: number; name: string; shape?: string }[];
    edges: { tail: number; head: number; arrowhead: string }[];
  };
  const name = (id: number) => graph.objects.find((object) => object._gvid === id)!.name;
  return {
    points: graph.objects.filter((object) => object.shape === 'point').map((o) => o.name),
    edges: graph.edges.map((edge) => `${name(edge.tail)}→${name(edge.head)}:${edge.arrowhead}`),
  };
}

describe('DOT', () => {
  it('draws junctions as points, premises into them without arrowheads', () => {
    const { points, edges } = renderDot(exportDot(backing));
    expect(points.sort()).toEqual(['e1', 'u1']);
    expect(edges.sort()).toEqual(
      ['p→e1:none', 'e1→c:normal', 'w→e1:normal', 'x→u1:none', 'y→u1:none', 'u1→e1:tee'].sort(),
    );
  });
});

describe('GraphML', () => {
  it('has a small ellipse node per junction and lines that end on it', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const doc = parser.parse(exportGraphml(backing)) as {
      graphml: {
        graph: {
          node: {
            id: string;
            data: { key: string; 'y:ShapeNode'?: { 'y:Shape': { type: string } } }[];
          }[];
          edge: { id: string; source: string; target: string }[];
        };
      };
    };
    const { node, edge } = doc.graphml.graph;
    const shapeOf = (id: string) =>
      node.find((n) => n.id === id)!.data.find((d) => d['y:ShapeNode'])!['y:ShapeNode']!['y:Shape']
        .type;
    expect(shapeOf('e1')).toBe('ellipse');
    expect(shapeOf('u1')).toBe('ellipse');
    expect(node).toHaveLength(backing.nodes.length + 2);
    expect(edge.map((e) => `${e.source}→${e.target}`).sort()).toEqual(
      ['p→e1', 'e1→c', 'w→e1', 'x→u1', 'y→u1', 'u1→e1'].sort(),
    );
    expect(new Set(edge.map((e) => e.id)).size).toBe(edge.length);
  });
});

describe('AIF', () => {
  it('writes linked premises as one S-node with several premises, and an undercut as a CA aimed at an RA', () => {
    const aif = toAif(backing);
    const type = (id: string) => aif.nodes.find((node) => node.nodeID === id)!.type;
    const into = (id: string) =>
      aif.edges
        .filter((edge) => edge.toID === id)
        .map((edge) => edge.fromID)
        .sort();
    expect(type('e1')).toBe('RA');
    expect(type('u1')).toBe('CA');
    expect(type('b1')).toBe('RA');
    expect(into('u1')).toEqual(['x', 'y']);
    expect(into('e1')).toEqual(['b1', 'p', 'u1']);
    expect(aif.edges.filter((edge) => edge.fromID === 'u1').map((edge) => edge.toID)).toEqual([
      'e1',
    ]);
  });
});
