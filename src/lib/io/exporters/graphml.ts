/**
 * GraphML for yEd and Gephi. Every statement and relation carries its data as
 * standard `<data>` attributes (Gephi takes `label` as the node and edge
 * label, and yEd lists them all under Data), and also yEd's own graphics
 * (see ./yed.ts), so yEd opens the map laid out and coloured as in Warrant.
 * Readers that do not know the yFiles keys read their text as a string.
 */
import type { ArgumentMap } from '../../model/types';
import { drawnStructure } from '../../model/inference';
import { escapeXml, escapeXmlAttribute, formatCitation } from '../text';
import { schemeWords } from '../../model/vocabulary';
import type { Exporter } from './types';
import { YED_NAMESPACE, junctionNode, layoutBoxes, polyLineEdge, shapeNode } from './yed';

type Domain = 'graph' | 'node' | 'edge';

interface Key {
  id: string;
  for: Domain;
  name: string;
  type: 'string' | 'double';
}

const KEYS: readonly Key[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_source', for: 'graph', name: 'source', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_text', for: 'node', name: 'text', type: 'string' },
  { id: 'n_quote', for: 'node', name: 'quote', type: 'string' },
  { id: 'n_section', for: 'node', name: 'section', type: 'string' },
  { id: 'n_order', for: 'node', name: 'order', type: 'double' },
  { id: 'n_holder', for: 'node', name: 'holder', type: 'string' },
  { id: 'n_citation', for: 'node', name: 'citation', type: 'string' },
  { id: 'n_tags', for: 'node', name: 'tags', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_relation', for: 'edge', name: 'relation', type: 'string' },
  { id: 'e_scheme', for: 'edge', name: 'scheme', type: 'string' },
  { id: 'e_note', for: 'edge', name: 'note', type: 'string' },
];

/** yEd's graphics keys: yEd recognises them by `yfiles.type`, not by a name. */
const GRAPHICS_KEYS: readonly { id: string; for: Domain; type: string }[] = [
  { id: 'n_graphics', for: 'node', type: 'nodegraphics' },
  { id: 'e_graphics', for: 'edge', type: 'edgegraphics' },
];

/** `<data>` lines for the values that are present. */
function dataLines(indent: string, values: Record<string, string | number | undefined>): string[] {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${indent}<data key="${key}">${escapeXml(String(value))}</data>`);
}

export function exportGraphml(map: ArgumentMap): string {
  const sectionTitles = new Map(map.sections.map((section) => [section.id, section.title]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `    xmlns:y="${YED_NAMESPACE}"`,
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    ...GRAPHICS_KEYS.map(
      (key) => `  <key id="${key.id}" for="${key.for}" yfiles.type="${key.type}"/>`,
    ),
    `  <graph id="${escapeXmlAttribute(map.id)}" edgedefault="directed">`,
    ...dataLines('    ', {
      g_title: map.title,
      g_source: map.source === undefined ? undefined : formatCitation(map.source, { full: true }),
    }),
  ];
  const boxes = layoutBoxes(map);
  for (const [i, node] of map.nodes.entries()) {
    lines.push(`    <node id="${escapeXmlAttribute(node.id)}">`);
    lines.push(
      ...dataLines('      ', {
        n_label: node.label,
        n_kind: node.kind,
        n_text: node.text,
        n_quote: node.quote,
        n_section:
          node.section === undefined
            ? undefined
            : (sectionTitles.get(node.section) ?? node.section),
        n_order:
          typeof node.order === 'number' && Number.isFinite(node.order) ? node.order : undefined,
        n_holder: node.holder,
        n_citation:
          node.citation === undefined
            ? undefined
            : formatCitation(node.citation, { full: true, url: true }),
        n_tags: node.tags === undefined ? undefined : node.tags.join(', '),
      }),
    );
    lines.push(
      '      <data key="n_graphics">',
      ...shapeNode(node, boxes[i]!, '        '),
      '      </data>',
      '    </node>',
    );
  }
  const { junctions, links } = drawnStructure(map);
  for (const [i, edge] of junctions.entries()) {
    lines.push(
      `    <node id="${escapeXmlAttribute(edge.id)}">`,
      ...dataLines('      ', { n_kind: 'junction', n_label: '' }),
      '      <data key="n_graphics">',
      ...junctionNode(edge, boxes[map.nodes.length + i]!, '        '),
      '      </data>',
      '    </node>',
    );
  }
  for (const { id, source, target, edge, intoJunction } of links) {
    lines.push(
      `    <edge id="${escapeXmlAttribute(id)}" source="${escapeXmlAttribute(source)}" target="${escapeXmlAttribute(target)}">`,
    );
    lines.push(
      ...dataLines('      ', {
        e_label:
          edge.scheme === undefined
            ? edge.relation
            : `${edge.relation} (${schemeWords(edge.scheme)})`,
        e_relation: edge.relation,
        e_scheme: edge.scheme,
        e_note: edge.note,
      }),
    );
    lines.push(
      '      <data key="e_graphics">',
      ...polyLineEdge(edge, '        ', intoJunction),
      '      </data>',
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

export const graphmlExporter: Exporter = {
  id: 'graphml',
  label: 'GraphML (yEd, Gephi)',
  extension: 'graphml',
  mime: 'application/graphml+xml',
  run: exportGraphml,
};
