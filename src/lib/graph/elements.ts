import type { ElementDefinition } from 'cytoscape';
import {
  footnotesOf,
  isHeldByOthers,
  isImplicit,
  premisesOf,
  type ArgumentMap,
  type NodeKind,
  type Relation,
  type Statement,
} from '../model/types';
import { drawnStructure } from '../model/inference';
import { FOLDED, FOLD_BADGE, JUNCTION, MARK, PREMISE_LINK, TAG_MARKS } from './classes';
import type { FoldSummary } from '../analysis/fold';
import type { Label } from '../analysis/evaluation';
import { countWords, schemeWords } from '../model/vocabulary';
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

/** What the node shows: the holder's name or an "unstated" mark first, a footnote marker for sources. */
export function displayLabel(node: Statement): string {
  const notes = footnotesOf(node.citation);
  const marker = notes.length > 0 ? `[${notes.join(', ')}] ` : '';
  const body = `${marker}${node.label}`;
  if (isImplicit(node)) return `${UNSTATED_MARK}\n${body}`;
  return isHeldByOthers(node) ? `${node.holder}:\n${body}` : body;
}

/** The first line of an implicit premise: it is the analyst's, not the author's. */
export const UNSTATED_MARK = '(unstated premise)';

/** A statement on the canvas. */
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
  // Teaching overlays (./overlays.ts) set these at run time; `toElements` never does.
  /** While the what-if overlay is on: the statement's label under the evaluation. */
  evaluation?: Label;
  /** While a quiz hides the statement: its box number, and where it sits in the box. */
  quizNumber?: string;
  quizDx?: number;
  quizDy?: number;
}

/**
 * The point where an inference's premises join before one arrow reaches its
 * conclusion (as Rationale and AIF's RA nodes draw it), and where edges
 * aimed at that inference end. It takes the inference's id.
 */
export interface JunctionData {
  id: string;
  /** The edge (inference) this junction stands for: its own id. */
  inference: string;
  relation: Relation;
  width: number;
  height: number;
  order: number;
  /** While the critical-question layer is on (./overlays.ts): the badge, e.g. "?2". */
  questionBadge?: string;
  /** …and the count of open questions it shows. */
  openQuestions?: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  relation: Relation;
  /** The model edge this canvas edge draws (one model edge may draw as several). */
  inference: string;
  scheme?: string;
  /** While the critical-question layer is on (./overlays.ts): the badge, and its count. */
  questionBadge?: string;
  openQuestions?: number;
}

export interface ElementOptions {
  /** Statements whose reasons are folded away, with what each hides: they get a badge. */
  folds?: ReadonlyMap<string, FoldSummary>;
}

/**
 * The badge of a folded statement: "+12: 8 claims, 3 evidence, 1 source",
 * along the inside of the statement's bottom border. It takes no part in the layout: the view
 * places it once its statement is placed. It takes the statement's id and `/fold`.
 */
export interface BadgeData {
  id: string;
  /** The folded statement. */
  owner: string;
  label: string;
  width: number;
  height: number;
}

export const BADGE = {
  /** Label size of a badge. */
  size: 11,
  /** Extra height a folded statement gets: the badge's, and a little more. */
  room: 24,
  height: 18,
  /** Room on each side of the badge's text, and between it and its statement's border. */
  padding: 8,
  inset: 6,
} as const;

export const badgeId = (owner: string): string => `${owner}/fold`;

export const badgeLabel = (fold: FoldSummary): string =>
  `+${fold.count}: ${countWords(fold.byKind)}`;

function badgeOf(owner: string, fold: FoldSummary, measure: Measure): ElementDefinition {
  const label = badgeLabel(fold);
  const width = Math.ceil(measure(label, `700 ${BADGE.size}px ${FONT_FAMILY}`) + 2 * BADGE.padding);
  const data: BadgeData = { id: badgeId(owner), owner, label, width, height: BADGE.height };
  return { group: 'nodes', data, classes: [FOLD_BADGE], selectable: false };
}

/** Diameter of a junction dot. */
export const JUNCTION_SIZE = 14;

/**
 * Maps a model to Cytoscape element definitions: a pure function, so the
 * same map always yields the same elements and the canvas only renders them.
 * Labels are wrapped here and each node is sized to its label, so dagre can
 * space nodes without overlaps before anything is drawn.
 *
 * An inference is one edge, unless it has linked premises or another edge
 * aims at it: then it is a junction node, a link from each premise to it
 * (no arrowhead) and one arrow from it to the conclusion. Edges aimed at an
 * inference end on its junction.
 */
export function toElements(
  map: ArgumentMap,
  measure: Measure = estimateWidth,
  options: ElementOptions = {},
): ElementDefinition[] {
  const nodes: ElementDefinition[] = [];
  const badges: ElementDefinition[] = [];
  const order = new Map<string, number>();
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
    order.set(node.id, data.order);
    if (node.section !== undefined) data.section = node.section;
    if (node.holder !== undefined) data.holder = node.holder;
    const classes: string[] = [node.kind];
    const fold = options.folds?.get(node.id);
    if (fold !== undefined) {
      classes.push(FOLDED);
      // The badge sits inside the statement's box, under its label.
      const badge = badgeOf(node.id, fold, measure);
      data.height += BADGE.room;
      data.width = Math.max(data.width, (badge.data as BadgeData).width + 2 * BADGE.inset);
      badges.push(badge);
    }
    if (isHeldByOthers(node)) classes.push(MARK.held);
    if (isImplicit(node)) classes.push(MARK.implicit);
    for (const tag of node.tags ?? []) if (TAG_MARKS.has(tag)) classes.push(tag);
    nodes.push({ group: 'nodes', data, classes });
  }

  const { junctions, links } = drawnStructure(map);
  for (const edge of junctions) {
    const junction: JunctionData = {
      id: edge.id,
      inference: edge.id,
      relation: edge.relation,
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
      order: Math.min(...premisesOf(edge).map((id) => order.get(id) ?? Infinity)),
    };
    nodes.push({
      group: 'nodes',
      data: junction,
      classes: [JUNCTION, edge.relation],
      selectable: false,
    });
  }
  const edges: ElementDefinition[] = links.map((link) => {
    const { edge } = link;
    const data: EdgeData = {
      id: link.id,
      source: link.source,
      target: link.target,
      relation: edge.relation,
      inference: edge.id,
    };
    // The scheme is named on the arrow, not on each premise's line.
    if (edge.scheme !== undefined && !link.intoJunction) data.scheme = schemeWords(edge.scheme);
    const classes = link.intoJunction ? [edge.relation, PREMISE_LINK] : [edge.relation];
    return { group: 'edges', data, classes };
  });
  // Nodes first, so any slice of the list finds both ends of its edges already added.
  return [...nodes, ...badges, ...edges];
}
