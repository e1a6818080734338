/**
 * yEd's graphics for GraphML (the yFiles `y:` extension): each statement a
 * `y:ShapeNode` in the app's colours, shape and size, placed where the app's
 * own dagre layout puts it, and each relation a `y:PolyLineEdge` in its
 * colour, line and arrowhead. Pure: the sizes come from `toElements` with the
 * canvas-free `estimateWidth` measure, and `runDagre` runs on a headless
 * Cytoscape, so the same map always gives the same file.
 */
import type { ArgumentEdge, ArgumentMap, NodeKind, Statement } from '../../model/types';
import { LABEL_STYLE, toElements, type JunctionData, type NodeData } from '../../graph/elements';
import { runDagre } from '../../graph/layout';
import { RELATION_STYLE } from '../../graph/palette';
import { estimateWidth } from '../../graph/text-metrics';
import { schemeWords } from '../../model/vocabulary';
import { escapeXml } from '../text';
import { statementLook, type BorderLine } from './look';

export const YED_NAMESPACE = 'http://www.yworks.com/xml/graphml';

/** Where and how large a statement is drawn, and its wrapped label. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

/** yEd's shapes for the canvas's; yEd has no cut-corner box, and its octagon is the nearest. */
const KIND_SHAPE: Readonly<Record<NodeKind, string>> = {
  thesis: 'roundrectangle',
  claim: 'roundrectangle',
  evidence: 'rectangle',
  authority: 'octagon',
};

/** yEd's ShapeNode borders are line, dashed, dotted or dashed_dotted: a double border becomes a heavier line. */
const BORDER_TYPE: Readonly<Record<BorderLine, string>> = {
  solid: 'line',
  double: 'line',
  dotted: 'dotted',
};

/** yEd calls a solid line `line`. */
const LINE_TYPE: Readonly<
  Record<(typeof RELATION_STYLE)[keyof typeof RELATION_STYLE]['line'], string>
> = { solid: 'line', dashed: 'dashed' };

const ARROW: Readonly<
  Record<(typeof RELATION_STYLE)[keyof typeof RELATION_STYLE]['arrow'], string>
> = { triangle: 'standard', tee: 't_shape' };

/** One decimal: yEd needs no more, and it keeps the file stable across platforms. */
const num = (value: number): string => value.toFixed(1);

/**
 * Every drawn node's box (statements by position in `map.nodes`, then the
 * junctions in edge order), laid out by the app's own layout. Layout ids are
 * indices, so ids that are odd, duplicated or named like `__proto__` cannot
 * upset Cytoscape; lines to missing nodes are left out of the layout only.
 */
export function layoutBoxes(map: ArgumentMap): Box[] {
  const elements = toElements(map, estimateWidth);
  const nodes = elements.filter((element) => element.group === 'nodes');
  const indexOf = new Map<string, number>();
  nodes.forEach((element, i) => {
    if (!indexOf.has(element.data.id!)) indexOf.set(element.data.id!, i);
  });
  const edges = elements.flatMap((element, i) => {
    if (element.group !== 'edges') return [];
    const source = indexOf.get(element.data.source as string);
    const target = indexOf.get(element.data.target as string);
    return source === undefined || target === undefined
      ? []
      : [{ id: `e${i}`, source: `n${source}`, target: `n${target}` }];
  });
  const sized = nodes.map((element) => element.data as NodeData | JunctionData);
  const positions = runDagre({
    nodes: sized.map((data, i) => ({
      id: `n${i}`,
      width: data.width,
      height: data.height,
      order: data.order,
    })),
    edges,
    direction: 'TB',
  });
  return sized.map((data, i) => {
    const centre = positions[`n${i}`] ?? { x: 0, y: 0 };
    return {
      x: centre.x - data.width / 2,
      y: centre.y - data.height / 2,
      width: data.width,
      height: data.height,
      label: 'label' in data ? data.label : '',
    };
  });
}

/** A junction's `y:ShapeNode`: a small dot in its relation's colour. */
export function junctionNode(edge: ArgumentEdge, box: Box, indent: string): string[] {
  const colour = RELATION_STYLE[edge.relation].colour;
  return [
    `${indent}<y:ShapeNode>`,
    `${indent}  <y:Geometry x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}"/>`,
    `${indent}  <y:Fill color="${colour}" transparent="false"/>`,
    `${indent}  <y:BorderStyle color="#FFFFFF" type="line" width="2.0"/>`,
    `${indent}  <y:Shape type="ellipse"/>`,
    `${indent}</y:ShapeNode>`,
  ];
}

/** The `y:ShapeNode` for one statement, indented to sit inside its `<data>`. */
export function shapeNode(node: Statement, box: Box, indent: string): string[] {
  const look = statementLook(node);
  const style = LABEL_STYLE[node.kind];
  return [
    `${indent}<y:ShapeNode>`,
    `${indent}  <y:Geometry x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}"/>`,
    `${indent}  <y:Fill color="${look.fill}" transparent="false"/>`,
    `${indent}  <y:BorderStyle color="${look.border}" type="${BORDER_TYPE[look.line]}" width="${num(look.width)}"/>`,
    `${indent}  <y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="${style.size}" fontStyle="${style.weight >= 700 ? 'bold' : 'plain'}" textColor="${look.text}" hasBackgroundColor="false" hasLineColor="false" modelName="internal" modelPosition="c" visible="true">${escapeXml(box.label)}</y:NodeLabel>`,
    `${indent}  <y:Shape type="${KIND_SHAPE[node.kind]}"/>`,
    `${indent}</y:ShapeNode>`,
  ];
}

/**
 * The `y:PolyLineEdge` for one drawn line, its scheme as a small label in the
 * relation's colour; a premise's line into a junction has no arrowhead.
 */
export function polyLineEdge(edge: ArgumentEdge, indent: string, intoJunction = false): string[] {
  const style = RELATION_STYLE[edge.relation];
  return [
    `${indent}<y:PolyLineEdge>`,
    `${indent}  <y:LineStyle color="${style.colour}" type="${LINE_TYPE[style.line]}" width="2.0"/>`,
    `${indent}  <y:Arrows source="none" target="${intoJunction ? 'none' : ARROW[style.arrow]}"/>`,
    ...(edge.scheme === undefined || intoJunction
      ? []
      : [
          `${indent}  <y:EdgeLabel fontFamily="Dialog" fontSize="10" fontStyle="plain" textColor="${style.colour}" hasBackgroundColor="true" backgroundColor="#FFFFFF" modelName="centered" modelPosition="center" visible="true">${escapeXml(schemeWords(edge.scheme))}</y:EdgeLabel>`,
        ]),
    `${indent}  <y:BendStyle smoothed="false"/>`,
    `${indent}</y:PolyLineEdge>`,
  ];
}
