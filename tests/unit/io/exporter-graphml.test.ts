import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportGraphml } from '../../../src/lib/io/exporters/graphml';
import { escapeXml, oneLine, stripControlChars } from '../../../src/lib/io/text';
import { hostileMap, loadValidMap } from './export-helpers';

interface Data {
  key: string;
  '#text': string;
}
interface Element {
  id: string;
  source?: string;
  target?: string;
  data?: Data[];
}
interface GraphmlDoc {
  graphml: {
    key: { id: string; for: string; 'attr.name': string }[];
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

  it('stays well-formed and faithful with hostile text', () => {
    const map = hostileMap();
    const xml = exportGraphml(map);
    const { graphml } = parse(xml);
    expect(graphml.graph.id).toBe(map.id);
    expect(graphml.graph.node!.map((node) => node.id)).toEqual(map.nodes.map((node) => node.id));
    expect(graphml.graph.edge).toHaveLength(map.edges.length);
    map.nodes.forEach((node, i) => {
      const element = graphml.graph.node![i]!;
      // Control characters are stripped; everything else arrives intact, newlines included.
      expect(dataOf(element, 'n_label')).toBe(stripControlChars(node.label));
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
