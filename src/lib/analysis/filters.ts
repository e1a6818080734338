import {
  NODE_KINDS,
  RELATIONS,
  type ArgumentMap,
  type NodeKind,
  type Relation,
} from '../model/types';

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
 * Applies filters to a map. A node is shown when its kind and section pass;
 * an edge when its relation passes and both ends are shown. When a relation is
 * hidden, nodes left without any shown edge are hidden too, so hiding
 * "opposes" leaves the supporting structure rather than floating objections.
 */
export function applyFilters(map: ArgumentMap, filters: Filters): Visible {
  const nodes = new Set<string>();
  for (const node of map.nodes) {
    const sectionOk =
      filters.sections.size === 0 ||
      (node.section !== undefined && filters.sections.has(node.section));
    if (filters.kinds.has(node.kind) && sectionOk) nodes.add(node.id);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of map.edges) {
    if (filters.relations.has(edge.relation) && nodes.has(edge.from) && nodes.has(edge.to)) {
      edges.add(edge.id);
      touched.add(edge.from);
      touched.add(edge.to);
    }
  }
  if (filters.relations.size < RELATIONS.length) {
    for (const id of nodes) if (!touched.has(id)) nodes.delete(id);
  }
  return { nodes, edges };
}

/**
 * The map cut down to some nodes: for laying out a focused line on its own,
 * or exporting only what is shown. Without an edge set, the edges kept are
 * those whose ends both stay.
 */
export function subMap(
  map: ArgumentMap,
  nodes: ReadonlySet<string>,
  edges?: ReadonlySet<string>,
): ArgumentMap {
  return {
    ...map,
    nodes: map.nodes.filter((node) => nodes.has(node.id)),
    edges: map.edges.filter((edge) =>
      edges ? edges.has(edge.id) : nodes.has(edge.from) && nodes.has(edge.to),
    ),
  };
}
