/**
 * GraphML for yEd and Gephi. Plain GraphML with `<data>` attributes only (no
 * yFiles graphics extension): Gephi takes the `label` attribute as the node
 * and edge label, and yEd lists every attribute under Data and can map any of
 * them to labels, colours or shapes (Edit › Properties Mapper).
 */
import { premisesOf, type ArgumentMap } from '../../model/types';
import { escapeXml, escapeXmlAttribute, formatCitation } from '../text';
import { schemeWords } from '../../model/vocabulary';
import type { Exporter } from './types';

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
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    `  <graph id="${escapeXmlAttribute(map.id)}" edgedefault="directed">`,
    ...dataLines('    ', {
      g_title: map.title,
      g_source: map.source === undefined ? undefined : formatCitation(map.source, { full: true }),
    }),
  ];
  for (const node of map.nodes) {
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
    lines.push('    </node>');
  }
  for (const edge of map.edges) {
    lines.push(
      `    <edge id="${escapeXmlAttribute(edge.id)}" source="${escapeXmlAttribute(premisesOf(edge)[0]!)}" target="${escapeXmlAttribute(edge.to)}">`,
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
    lines.push('    </edge>');
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
