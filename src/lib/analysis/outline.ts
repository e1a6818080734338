import type { ArgumentEdge, ArgumentMap, Statement } from '../model/types';

/**
 * Nodes in reading order: by `order`, nodes without one after those with one,
 * ties kept in array order (the sort is stable).
 */
export function byOrder(nodes: readonly Statement[]): Statement[] {
  const key = (node: Statement) =>
    typeof node.order === 'number' && Number.isFinite(node.order) ? node.order : Infinity;
  return [...nodes].sort((a, b) => key(a) - key(b));
}

/** One line of an outline of the map, read from the thesis down. */
export interface TreeEntry {
  node: Statement;
  /** 0 for a root. */
  depth: number;
  /** The edge from this node to the entry it is listed under; absent for roots. */
  edge?: ArgumentEdge;
  /**
   * The node's own reasons were already listed: it has two parents (a DAG
   * join) or it is its own ancestor (a cycle). Print a reference, not a subtree.
   */
  repeat: boolean;
}

/**
 * Outlines the map as a forest. Roots are the theses; under each statement
 * come the reasons that bear on it (its incoming edges), in reading order.
 * Each node's reasons are expanded once; later encounters are `repeat`
 * entries. Nodes no thesis can be reached from (a map without a thesis, or a
 * thesis that itself supports something) start further trees, sinks first.
 * Every node appears at least once and every edge exactly once (edges to
 * unknown nodes are skipped). Iterative, so deep chains cannot overflow the stack.
 */
export function walkTree(map: ArgumentMap): TreeEntry[] {
  const nodes = byOrder(map.nodes);
  const byId = new Map<string, Statement>();
  const rank = new Map<string, number>();
  for (const node of nodes) {
    if (!byId.has(node.id)) {
      byId.set(node.id, node);
      rank.set(node.id, rank.size);
    }
  }
  const incoming = new Map<string, ArgumentEdge[]>();
  const hasOutgoing = new Set<string>();
  for (const edge of map.edges) {
    if (!byId.has(edge.from) || !byId.has(edge.to)) continue;
    const list = incoming.get(edge.to) ?? [];
    list.push(edge);
    incoming.set(edge.to, list);
    hasOutgoing.add(edge.from);
  }
  for (const list of incoming.values()) {
    list.sort((a, b) => (rank.get(a.from) ?? 0) - (rank.get(b.from) ?? 0));
  }

  const expanded = new Set<string>();
  const entries: TreeEntry[] = [];
  const visit = (root: Statement) => {
    const stack: Omit<TreeEntry, 'repeat'>[] = [{ node: root, depth: 0 }];
    for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
      const repeat = expanded.has(item.node.id);
      entries.push({ ...item, repeat });
      if (repeat) continue;
      expanded.add(item.node.id);
      const reasons = incoming.get(item.node.id) ?? [];
      for (let i = reasons.length - 1; i >= 0; i--) {
        const edge = reasons[i]!;
        stack.push({ node: byId.get(edge.from)!, depth: item.depth + 1, edge });
      }
    }
  };
  const unique = [...byId.values()];
  for (const node of unique) if (node.kind === 'thesis' && !expanded.has(node.id)) visit(node);
  for (const node of unique) if (!hasOutgoing.has(node.id) && !expanded.has(node.id)) visit(node);
  for (const node of unique) if (!expanded.has(node.id)) visit(node);
  return entries;
}
