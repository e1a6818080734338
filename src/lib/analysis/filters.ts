import {
  NODE_KINDS,
  RELATIONS,
  isLinked,
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type NodeKind,
  type Relation,
} from '../model/types';
import { indexMap } from '../model/inference';

/** Which parts of the map are shown. An empty `sections` set means "all sections". */
export interface Filters {
  kinds: ReadonlySet<NodeKind>;
  relations: ReadonlySet<Relation>;
  sections: ReadonlySet<string>;
}

export const defaultFilters = (): Filters => ({
  kinds: new Set(NODE_KINDS),
  relations: new Set(RELATIONS),
  sections: new Set(),
});

export const isDefaultFilters = (filters: Filters): boolean =>
  filters.kinds.size === NODE_KINDS.length &&
  filters.relations.size === RELATIONS.length &&
  filters.sections.size === 0;

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Applies filters to a map. A statement is shown when its kind and section
 * pass. An inference is shown when its relation passes, what it bears on is
 * shown (a statement, or an inference in turn), and at least one of its
 * premises is shown: a linked group missing a hidden premise still shows the
 * others joining. When a relation is hidden, statements left without any
 * shown inference are hidden too, so hiding "opposes" leaves the supporting
 * structure rather than floating objections.
 */
export function applyFilters(map: ArgumentMap, filters: Filters): Visible {
  const nodes = new Set<string>();
  for (const node of map.nodes) {
    const sectionOk =
      filters.sections.size === 0 ||
      (node.section !== undefined && filters.sections.has(node.section));
    if (filters.kinds.has(node.kind) && sectionOk) nodes.add(node.id);
  }
  const edges = keptEdges(map, nodes, (edge) => filters.relations.has(edge.relation));
  if (filters.relations.size < RELATIONS.length) {
    const touched = new Set<string>();
    const index = indexMap(map);
    for (const id of edges) {
      const edge = index.edges.get(id)!;
      for (const premise of premisesOf(edge)) touched.add(premise);
      touched.add(edge.to);
    }
    for (const id of nodes) if (!touched.has(id)) nodes.delete(id);
  }
  return { nodes, edges };
}

/**
 * The edges that survive when only `nodes` stay: each passes `accept`, keeps
 * at least one premise, and bears on a statement that stays or an edge that
 * survives in turn. Edges aimed at edges are resolved once each, so a ring
 * (which the validator forbids) cannot loop.
 */
export function keptEdges(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  nodes: ReadonlySet<string>,
  accept: (edge: ArgumentEdge) => boolean = () => true,
): Set<string> {
  const index = indexMap(map);
  const decided = new Map<string, boolean>();
  const keep = (first: ArgumentEdge): boolean => {
    // Follow the chain of edges aimed at edges, then settle it from the far end.
    const chain: ArgumentEdge[] = [];
    let edge: ArgumentEdge | undefined = first;
    let verdict: boolean | undefined;
    while (edge !== undefined) {
      const known = decided.get(edge.id);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      decided.set(edge.id, false); // provisional: a ring resolves to "dropped"
      chain.push(edge);
      if (!accept(edge) || !premisesOf(edge).some((id) => nodes.has(id))) {
        verdict = false;
        break;
      }
      if (index.nodes.has(edge.to)) {
        verdict = nodes.has(edge.to);
        break;
      }
      edge = index.edges.get(edge.to);
    }
    verdict ??= false;
    // Everything up the chain from a dropped edge is dropped; a kept end keeps those that passed.
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      const passes = accept(link) && premisesOf(link).some((id) => nodes.has(id));
      verdict = verdict && passes;
      decided.set(link.id, verdict);
    }
    return decided.get(first.id)!;
  };
  const kept = new Set<string>();
  for (const edge of index.edges.values()) if (keep(edge)) kept.add(edge.id);
  return kept;
}

/**
 * The map cut down to some statements (and, when given, some edges): for
 * laying out a focused line on its own, or exporting only what is shown.
 * Linked premises that leave are dropped from their group, and a group left
 * with one premise becomes a plain edge, so the result is a valid map.
 */
export function subMap(
  map: ArgumentMap,
  nodes: ReadonlySet<string>,
  edges?: ReadonlySet<string>,
): ArgumentMap {
  const kept = keptEdges(map, nodes, edges ? (edge) => edges.has(edge.id) : undefined);
  return {
    ...map,
    nodes: map.nodes.filter((node) => nodes.has(node.id)),
    edges: map.edges
      .filter((edge) => kept.has(edge.id))
      .map((edge) => {
        if (!isLinked(edge)) return edge;
        const from = edge.from.filter((id) => nodes.has(id));
        return from.length === edge.from.length
          ? edge
          : { ...edge, from: from.length === 1 ? from[0]! : from };
      }),
  };
}
