import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportGraphml } from '../../../src/lib/io/exporters/graphml';
import { escapeXml, oneLine, stripControlChars } from '../../../src/lib/io/text';
import { THREE_TAKEAWAYS, hostileMap, loadValidMap } from './export-helpers';
import { displayLabel } from '../../../src/lib/graph/elements';
import { HELD_STYLE, KIND_STYLE, RELATION_STYLE } from '../../../src/lib/graph/palette';
import { isHeldByOthers, type NodeKind, type Relation } from '../../../src/lib/model/types';

const YED_LINE: Record<Relation, string> = { supports: 'line', opposes: 'dashed' };
const YED_ARROW: Record<Relation, string> = { supports: 'standard', opposes: 't_shape' };

interface ShapeNode {
  'y:Geometry': { x: string; y: string; width: string; height: string };
  'y:Fill': { color: string };
  'y:BorderStyle': { color: string; type: string; width: string };
  'y:NodeLabel': { '#text': string; textColor: string; fontStyle: string };
  'y:Shape': { type: string };
}
interface PolyLineEdge {
  'y:LineStyle': { color: string; type: string };
  'y:Arrows': { source: string; target: string };
  'y:EdgeLabel'?: { '#text': string };
}
interface Data {
  key: string;
  '#text': string;
  'y:ShapeNode'?: ShapeNode;
  'y:PolyLineEdge'?: PolyLineEdge;
}
interface Element {
  id: string;
  source?: string;
  target?: string;
  data?: Data[];
}
interface GraphmlDoc {
  graphml: {
    'xmlns:y': string;
    key: { id: string; for: string; 'attr.name'?: string; 'yfiles.type'?: string }[];
    graph: { id: string; edgedefault: string; node?: Element[]; edge?: Element[]; data: Data[] };
  };
}

function parse(xml: string): GraphmlDoc {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: true, // also decodes numeric character references such as &#13;
    isArray: (name, _path, _leaf, isAttribute) =>
      !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  });
  return parser.parse(xml) as GraphmlDoc;
}

const dataOf = (element: Element, key: string) =>
  element.data?.find((data) => data.key === key)?.['#text'];

/** The yEd graphics in an element's `<data>`, through the key declared for them. */
function graphicsOf(doc: GraphmlDoc, element: Element, type: 'nodegraphics' | 'edgegraphics') {
  const key = doc.graphml.key.find((candidate) => candidate['yfiles.type'] === type)!;
  return element.data?.find((data) => data.key === key.id);
}

const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

const SHAPES: Record<NodeKind, string> = {
  thesis: 'roundrectangle',
  claim: 'roundrectangle',
  evidence: 'rectangle',
  authority: 'octagon',
};

describe('graphml exporter', () => {
  it('declares the keys and writes every node and edge with its data', async () => {
    const medium = await loadValidMap('tests/fixtures/maps/medium.json');
    const { graphml } = parse(exportGraphml(medium));
    const names = graphml.key.map((key) => `${key.for}:${key['attr.name']}`);
    for (const name of [
      'node:label',
      'node:kind',
      'node:section',
      'node:holder',
      'node:quote',
      'edge:relation',
      'edge:scheme',
    ]) {
      expect(names).toContain(name);
    }
    expect(graphml.graph.edgedefault).toBe('directed');
    expect(graphml.graph.node).toHaveLength(13);
    expect(graphml.graph.edge).toHaveLength(14);

    const voices = graphml.graph.node!.find((node) => node.id === 'voices')!;
    expect(dataOf(voices, 'n_label')).toBe(
      'Students & teachers say they come back "ready to learn"',
    );
    expect(dataOf(voices, 'n_kind')).toBe('evidence');
    expect(dataOf(voices, 'n_section')).toBe('Results');
    const childcare = graphml.graph.node!.find((node) => node.id === 'childcare')!;
    expect(dataOf(childcare, 'n_holder')).toBe('Critics');
    expect(dataOf(childcare, 'n_tags')).toBe('objection');

    const e14 = graphml.graph.edge!.find((edge) => edge.id === 'e14')!;
    expect([e14.source, e14.target]).toEqual(['rand', 'longer-days']);
    expect(dataOf(e14, 'e_relation')).toBe('supports');
    expect(dataOf(e14, 'e_scheme')).toBe('expert-opinion');
    expect(
      dataOf(
        graphml.graph.edge!.find((edge) => edge.id === 'e9')!,
        'e_relation',
      ),
    ).toBe('opposes');
  });

  it('gives yEd a ShapeNode with the label, colours, shape and layout of every statement', async () => {
    for (const file of ['tests/fixtures/maps/medium.json', THREE_TAKEAWAYS]) {
      const map = await loadValidMap(file);
      const doc = parse(exportGraphml(map));
      expect(doc.graphml['xmlns:y']).toBe('http://www.yworks.com/xml/graphml');
      const nodes = doc.graphml.graph.node!;
      expect(nodes).toHaveLength(map.nodes.length);
      const boxes = map.nodes.map((statement, i) => {
        const shape = graphicsOf(doc, nodes[i]!, 'nodegraphics')?.['y:ShapeNode'];
        expect(shape, statement.id).toBeDefined();
        expect(oneSpace(shape!['y:NodeLabel']['#text'])).toBe(oneSpace(displayLabel(statement)));
        const colours = isHeldByOthers(statement) ? HELD_STYLE : KIND_STYLE[statement.kind];
        expect(shape!['y:Fill'].color).toBe(colours.fill);
        expect(shape!['y:BorderStyle'].color).toBe(colours.border);
        expect(shape!['y:NodeLabel'].textColor).toBe(colours.text);
        expect(shape!['y:Shape'].type).toBe(SHAPES[statement.kind]);
        const g = shape!['y:Geometry'];
        const box = { x: +g.x, y: +g.y, w: +g.width, h: +g.height };
        expect(Object.values(box).every(Number.isFinite)).toBe(true);
        return { id: statement.id, ...box };
      });
      // Laid out: no two statements overlap (more than rounding), and the thesis is on top.
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.x + a.w <= b.x + 0.5 ||
            b.x + b.w <= a.x + 0.5 ||
            a.y + a.h <= b.y + 0.5 ||
            b.y + b.h <= a.y + 0.5;
          expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
        }
      }
      const thesis = boxes[map.nodes.findIndex((node) => node.kind === 'thesis')]!;
      expect(Math.min(...boxes.map((box) => box.y))).toBe(thesis.y);
      // Relations: the palette's colour, dashed oppositions, a bar head on them.
      doc.graphml.graph.edge!.forEach((element, i) => {
        const edge = map.edges[i]!;
        const line = graphicsOf(doc, element, 'edgegraphics')?.['y:PolyLineEdge'];
        expect(line?.['y:LineStyle'].color).toBe(RELATION_STYLE[edge.relation].colour);
        expect(line?.['y:LineStyle'].type).toBe(YED_LINE[edge.relation]);
        expect(line?.['y:Arrows'].target).toBe(YED_ARROW[edge.relation]);
      });
    }
  });

  it('keeps the standard keys Gephi reads beside the yEd ones', async () => {
    const doc = parse(exportGraphml(await loadValidMap('tests/fixtures/maps/small.json')));
    const byName = (name: string, domain: string) =>
      doc.graphml.key.find((key) => key['attr.name'] === name && key.for === domain);
    expect(byName('label', 'node')).toMatchObject({ id: 'n_label', 'attr.type': 'string' });
    expect(byName('label', 'edge')).toMatchObject({ id: 'e_label', 'attr.type': 'string' });
    const thesis = doc.graphml.graph.node!.find((node) => node.id === 'thesis')!;
    expect(dataOf(thesis, 'n_label')).toBe('Cities should plant more trees');
  });

  it('stays well-formed and faithful with hostile text', () => {
    const map = hostileMap();
    const xml = exportGraphml(map);
    const doc = parse(xml);
    const { graphml } = doc;
    expect(graphml.graph.id).toBe(map.id);
    expect(graphml.graph.node!.map((node) => node.id)).toEqual(map.nodes.map((node) => node.id));
    expect(graphml.graph.edge).toHaveLength(map.edges.length);
    map.nodes.forEach((node, i) => {
      const element = graphml.graph.node![i]!;
      // Control characters are stripped; everything else arrives intact, newlines included.
      expect(dataOf(element, 'n_label')).toBe(stripControlChars(node.label));
      expect(graphicsOf(doc, element, 'nodegraphics')?.['y:ShapeNode']).toBeDefined();
    });
    const edge = graphml.graph.edge!.find((candidate) => candidate.id === 'e0')!;
    expect(edge.target).toBe('__proto__');
    expect(dataOf(edge, 'e_note')).toBe('note <0> & "0"');
  });

  it('escapes all five XML specials and drops control characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\r`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#13;',
    );
    expect(oneLine('a\u0000b')).toBe('ab');
  });
});
