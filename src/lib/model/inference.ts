/**
 * The structure of a map's inferences: which edges are aimed at statements
 * and which at other edges, what each inference finally concludes, and which
 * inferences are drawn as a junction. Ids are only ever used as `Map` keys.
 */
import { premisesOf, type ArgumentEdge, type ArgumentMap, type Statement } from './types';

export interface MapIndex {
  nodes: ReadonlyMap<string, Statement>;
  edges: ReadonlyMap<string, ArgumentEdge>;
  /** For each edge id, the edges aimed at that inference (undercuts and backings). */
  aimedAt: ReadonlyMap<string, readonly ArgumentEdge[]>;
}

/** First occurrence wins, as in the validator's duplicate-id report. */
export function indexMap(map: Pick<ArgumentMap, 'nodes' | 'edges'>): MapIndex {
  const nodes = new Map<string, Statement>();
  for (const node of map.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map<string, ArgumentEdge>();
  for (const edge of map.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  const aimedAt = new Map<string, ArgumentEdge[]>();
  for (const edge of map.edges) {
    if (nodes.has(edge.to) || !edges.has(edge.to)) continue;
    const list = aimedAt.get(edge.to);
    if (list === undefined) aimedAt.set(edge.to, [edge]);
    else list.push(edge);
  }
  return { nodes, edges, aimedAt };
}

/**
 * What an edge bears on.
 * - `statement`: an ordinary support or objection.
 * - `inference`: another edge; with `opposes` an undercut, with `supports` a backing.
 * - `missing`: nothing of that id (the validator reports it).
 */
export type Target =
  | { type: 'statement'; node: Statement }
  | { type: 'inference'; edge: ArgumentEdge }
  | { type: 'missing' };

export function targetOf(index: MapIndex, edge: ArgumentEdge): Target {
  const node = index.nodes.get(edge.to);
  if (node !== undefined) return { type: 'statement', node };
  const target = index.edges.get(edge.to);
  return target !== undefined ? { type: 'inference', edge: target } : { type: 'missing' };
}

/**
 * The statement an edge finally bears on: its own `to`, or, for an edge aimed
 * at an inference, that inference's conclusion. Undefined when the chain of
 * edges aimed at edges dangles or loops (both are validation problems).
 */
export function conclusionOf(index: MapIndex, edge: ArgumentEdge): Statement | undefined {
  let current = edge;
  // A chain longer than the number of edges must have gone round a loop.
  for (let hops = 0; hops <= index.edges.size; hops++) {
    const target = targetOf(index, current);
    if (target.type === 'statement') return target.node;
    if (target.type === 'missing') return undefined;
    current = target.edge;
  }
  return undefined;
}

/**
 * Whether the canvas draws this inference as a junction, where its premises
 * join before one arrow reaches the conclusion: when its premises are linked,
 * or when another edge needs a point on it to aim at.
 */
export const hasJunction = (index: MapIndex, edge: ArgumentEdge): boolean =>
  premisesOf(edge).length > 1 || index.aimedAt.has(edge.id);

/**
 * Every statement linked to each other by any edge, grouped into the map's
 * parts (connected components, ignoring direction). Statements in an edge
 * aimed at an inference belong with that inference's premises and conclusion.
 * Parts come in the order of their first statement in the map.
 */
export function partsOf(map: Pick<ArgumentMap, 'nodes' | 'edges'>): string[][] {
  const index = indexMap(map);
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path halving keeps later finds short.
    let step = id;
    while (parent.get(step) !== root) {
      const next = parent.get(step)!;
      parent.set(step, root);
      step = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const id of index.nodes.keys()) parent.set(id, id);
  for (const edge of index.edges.values()) {
    const ends = premisesOf(edge).filter((id) => index.nodes.has(id));
    const conclusion = conclusionOf(index, edge);
    if (conclusion !== undefined) ends.push(conclusion.id);
    for (let i = 1; i < ends.length; i++) union(ends[0]!, ends[i]!);
  }
  const parts = new Map<string, string[]>();
  for (const id of index.nodes.keys()) {
    const root = find(id);
    const part = parts.get(root);
    if (part === undefined) parts.set(root, [id]);
    else part.push(id);
  }
  return [...parts.values()];
}

/** How a reason reaches the statement it finally bears on. */
export type LinkKind =
  /** A plain support or objection. */
  | 'direct'
  /** One of several linked premises. */
  | 'linked'
  /** Through an edge aimed at an inference: an undercut (opposes) or a backing (supports). */
  | 'via-inference';

/** One reason → statement step, for the parts of the viewer that walk statements. */
export interface StatementLink {
  from: string;
  /** The statement the edge finally bears on (see `conclusionOf`). */
  to: string;
  edge: ArgumentEdge;
  kind: LinkKind;
}

/**
 * Every premise of every edge, paired with the statement the edge finally
 * bears on. Edges that dangle or loop give no links. Keyboard steps, focus
 * and the outline walk statements through these, so a junction or an
 * inference is never a place they can stop.
 */
export function statementLinks(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  index: MapIndex = indexMap(map),
): StatementLink[] {
  const links: StatementLink[] = [];
  for (const edge of index.edges.values()) {
    const conclusion = conclusionOf(index, edge);
    if (conclusion === undefined) continue;
    const premises = premisesOf(edge);
    const kind: LinkKind = !index.nodes.has(edge.to)
      ? 'via-inference'
      : premises.length > 1
        ? 'linked'
        : 'direct';
    for (const premise of premises) {
      if (index.nodes.has(premise)) links.push({ from: premise, to: conclusion.id, edge, kind });
    }
  }
  return links;
}

/** One line as drawn: a plain edge, a premise's line into a junction, or a junction's arrow. */
export interface DrawnLink {
  /** Unique among drawn links and statements: the edge's own id for a plain edge. */
  id: string;
  source: string;
  target: string;
  edge: ArgumentEdge;
  /** A premise's line into its junction, drawn without an arrowhead. */
  intoJunction: boolean;
}

/**
 * How the map is drawn in every picture of it (canvas, DOT, GraphML): each
 * inference is one line, unless `hasJunction`; then it is a junction node
 * (taking the edge's id), a line from each premise into it and one arrow out
 * of it. Lines aimed at an inference end on its junction. The lines of a
 * junction get ids with a `/`, which no model id can contain.
 */
export function drawnStructure(map: Pick<ArgumentMap, 'nodes' | 'edges'>): {
  junctions: ArgumentEdge[];
  links: DrawnLink[];
} {
  const index = indexMap(map);
  const junctions: ArgumentEdge[] = [];
  const links: DrawnLink[] = [];
  for (const edge of map.edges) {
    const premises = premisesOf(edge);
    if (!hasJunction(index, edge)) {
      links.push({ id: edge.id, source: premises[0]!, target: edge.to, edge, intoJunction: false });
      continue;
    }
    junctions.push(edge);
    premises.forEach((premise, k) =>
      links.push({
        id: `${edge.id}/from/${k}`,
        source: premise,
        target: edge.id,
        edge,
        intoJunction: true,
      }),
    );
    links.push({
      id: `${edge.id}/to`,
      source: edge.id,
      target: edge.to,
      edge,
      intoJunction: false,
    });
  }
  return { junctions, links };
}
