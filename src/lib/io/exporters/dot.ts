/**
 * Graphviz DOT. `rankdir=BT` because edges run from a reason up to what it
 * bears on: the thesis ends on top with its reasons below. Supports are solid
 * green arrows, oppositions dashed red with a bar (`tee`) head, so the two
 * stay distinguishable in greyscale prints too.
 */
import {
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type NodeKind,
  type Statement,
} from '../../model/types';
import { formatCitation, oneLine, wrapWords } from '../text';
import { schemeWords } from '../../model/vocabulary';
import type { Exporter } from './types';

const WRAP = 28;

const NODE_STYLES: Readonly<Record<NodeKind, { shape: string; style: string[]; more: string }>> = {
  thesis: { shape: 'box', style: ['filled', 'bold'], more: 'peripheries=2, fillcolor="#fff3c4"' },
  claim: { shape: 'box', style: ['rounded', 'filled'], more: 'fillcolor="#ffffff"' },
  evidence: { shape: 'note', style: ['filled'], more: 'fillcolor="#e8f1fb"' },
  authority: { shape: 'folder', style: ['filled'], more: 'fillcolor="#efe7f7"' },
};

const EDGE_STYLES: Readonly<Record<ArgumentEdge['relation'], string>> = {
  supports: 'color="#2e7d32", fontcolor="#2e7d32", style=solid, arrowhead=normal',
  opposes: 'color="#c62828", fontcolor="#c62828", style=dashed, arrowhead=tee',
};

/**
 * A DOT double-quoted string of the given lines. Backslashes are doubled so
 * that text such as `\N` or `\l` stays literal, and `&` becomes `&amp;`
 * because Graphviz decodes HTML entities even in plain strings. The only
 * escapes left in are the `\n` line breaks joining the lines.
 */
const quoteLines = (lines: readonly string[]): string =>
  `"${lines
    .map((line) => line.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/&/g, '&amp;'))
    .join('\\n')}"`;

/** `text` as one DOT string, on one line or wrapped at `wrap` characters. */
export const dotString = (text: string, wrap?: number): string =>
  quoteLines(wrap === undefined ? [oneLine(text)] : wrapWords(text, wrap));

/** The label, and under a cited authority's label whom it cites. */
function labelOf(node: Statement): string {
  const lines = wrapWords(node.label, WRAP);
  if (node.kind === 'authority' && node.citation !== undefined) {
    lines.push(...wrapWords(`— ${formatCitation(node.citation)}`, WRAP));
  }
  return quoteLines(lines);
}

function nodeLine(node: Statement): string {
  const { shape, style, more } = NODE_STYLES[node.kind];
  // A position the author reports rather than holds gets a dashed outline.
  const held = node.holder !== undefined;
  const attributes = [
    `label=${labelOf(node)}`,
    `shape=${shape}`,
    `style="${(held ? [...style, 'dashed'] : style).join(',')}"`,
    more,
    ...(held ? [`tooltip=${dotString(`held by ${node.holder}`)}`] : []),
  ];
  return `  ${dotString(node.id)} [${attributes.join(', ')}];`;
}

function edgeLine(edge: ArgumentEdge): string {
  const attributes = [EDGE_STYLES[edge.relation]];
  if (edge.scheme !== undefined) attributes.push(`label=${dotString(schemeWords(edge.scheme))}`);
  if (edge.note !== undefined) attributes.push(`tooltip=${dotString(edge.note)}`);
  return premisesOf(edge)
    .map((from) => `  ${dotString(from)} -> ${dotString(edge.to)} [${attributes.join(', ')}];`)
    .join('\n');
}

export function exportDot(map: ArgumentMap): string {
  return [
    `digraph ${dotString(map.id)} {`,
    `  graph [rankdir=BT, label=${dotString(map.title)}, labelloc=t, fontname="Helvetica", fontsize=16, nodesep=0.4, ranksep=0.6];`,
    '  node [fontname="Helvetica", fontsize=11, margin="0.15,0.08"];',
    '  edge [fontname="Helvetica", fontsize=9];',
    '',
    ...map.nodes.map(nodeLine),
    '',
    ...map.edges.map(edgeLine),
    '}',
    '',
  ].join('\n');
}

export const dotExporter: Exporter = {
  id: 'dot',
  label: 'Graphviz DOT',
  extension: 'dot',
  mime: 'text/vnd.graphviz',
  run: exportDot,
};
