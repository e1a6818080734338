import type { ElementDefinition } from 'cytoscape';
import {
  footnotesOf,
  isHeldByOthers,
  type ArgumentMap,
  type Statement,
  type NodeKind,
} from '../model/types';
import { MARK, TAG_MARKS } from './classes';
import { FONT_FAMILY, estimateWidth, wrapText, type Measure } from './text-metrics';

/** How each kind's label is set; the stylesheet reads the same numbers. */
export const LABEL_STYLE: Record<NodeKind, { size: number; weight: number; maxWidth: number }> = {
  thesis: { size: 15, weight: 700, maxWidth: 260 },
  claim: { size: 13, weight: 400, maxWidth: 200 },
  evidence: { size: 13, weight: 400, maxWidth: 200 },
  authority: { size: 12, weight: 400, maxWidth: 180 },
};

export const LINE_HEIGHT = 1.25;
/** Room between the label and the node's border. */
export const PADDING = { x: 14, y: 10 } as const;

export const fontOf = (kind: NodeKind): string =>
  `${LABEL_STYLE[kind].weight} ${LABEL_STYLE[kind].size}px ${FONT_FAMILY}`;

/** What the node shows: the holder's name first, a footnote marker for sources. */
export function displayLabel(node: Statement): string {
  const notes = footnotesOf(node.citation);
  const marker = notes.length > 0 ? `[${notes.join(', ')}] ` : '';
  const body = `${marker}${node.label}`;
  return isHeldByOthers(node) ? `${node.holder}:\n${body}` : body;
}

export interface NodeData {
  id: string;
  kind: NodeKind;
  label: string;
  width: number;
  height: number;
  /** Reading order, falling back to the node's position in the file. */
  order: number;
  section?: string;
  holder?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relation: 'supports' | 'opposes';
  scheme?: string;
}

/**
 * Maps a model to Cytoscape element definitions: a pure function, so the
 * same map always yields the same elements and the canvas only renders them.
 * Labels are wrapped here and each node is sized to its label, so dagre can
 * space nodes without overlaps before anything is drawn.
 */
export function toElements(
  map: ArgumentMap,
  measure: Measure = estimateWidth,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  for (const [index, node] of map.nodes.entries()) {
    const style = LABEL_STYLE[node.kind];
    const font = fontOf(node.kind);
    const lines = displayLabel(node)
      .split('\n')
      .flatMap((paragraph) => wrapText(paragraph, style.maxWidth, font, measure));
    const textWidth = Math.max(...lines.map((line) => measure(line, font)));
    const data: NodeData = {
      id: node.id,
      kind: node.kind,
      label: lines.join('\n'),
      width: Math.ceil(Math.max(textWidth, 60) + 2 * PADDING.x),
      height: Math.ceil(lines.length * style.size * LINE_HEIGHT + 2 * PADDING.y),
      order: node.order ?? index,
    };
    if (node.section !== undefined) data.section = node.section;
    if (node.holder !== undefined) data.holder = node.holder;
    const classes: string[] = [node.kind];
    if (isHeldByOthers(node)) classes.push(MARK.held);
    for (const tag of node.tags ?? []) if (TAG_MARKS.has(tag)) classes.push(tag);
    elements.push({ group: 'nodes', data, classes });
  }
  for (const edge of map.edges) {
    const data: EdgeData = {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      relation: edge.relation,
    };
    if (edge.scheme !== undefined) data.scheme = edge.scheme.replace(/-/g, ' ');
    elements.push({ group: 'edges', data, classes: [edge.relation] });
  }
  return elements;
}
