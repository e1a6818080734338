/**
 * The primary tree of a map on the canvas: for every node, at most one
 * parent, so that the argument lays out as a forest and a reason that bears
 * on several statements sits under one of them and reaches the others by a
 * secondary curve, instead of being dragged between them.
 */

export interface TreeNode {
  id: string;
  /** Reading order: a reason sits under the statement it was written next to. */
  order: number;
  /** The section it belongs to, if any: a reason stays in its own part of the text. */
  section?: string;
  /**
   * A junction, where linked premises meet: a premise hangs under its
   * junction before any other parent in its section, so premises that only
   * work together stand side by side.
   */
  joint?: boolean;
}

export interface TreeEdge {
  id: string;
  /** The reason (child). */
  source: string;
  /** What it bears on (parent). */
  target: string;
}

/** A candidate parent's cost, compared in order: section, junction, reading distance. */
type Cost = [number, number, number];

export interface PrimaryTree {
  /** Each node's primary parent; roots are absent. */
  parent: ReadonlyMap<string, string>;
  /** The edge to the primary parent, by child. */
  edge: ReadonlyMap<string, string>;
  /** The ids of the primary edges. */
  primaryEdges: ReadonlySet<string>;
}

/**
 * Chooses a primary parent for every node that has one: the candidate in the
 * same section, then a junction it is a linked premise of, then the one
 * nearest in reading order, then the first edge.
 * Where the choices would form a loop (an argument that goes round in a
 * circle), the loop's most loosely attached link is cut, so the result is
 * always a forest.
 */
export function primaryTree(nodes: readonly TreeNode[], edges: readonly TreeEdge[]): PrimaryTree {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const cost = (child: TreeNode, parent: TreeNode): Cost => [
    // A junction has no section of its own: it counts as its premises'.
    parent.joint === true || (child.section !== undefined && child.section === parent.section)
      ? 0
      : 1,
    parent.joint === true ? 0 : 1,
    Math.abs(parent.order - child.order),
  ];
  const better = (a: Cost, b: Cost) =>
    a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];

  const parent = new Map<string, string>();
  const edge = new Map<string, string>();
  const best = new Map<string, Cost>();
  for (const candidate of edges) {
    const child = byId.get(candidate.source);
    const target = byId.get(candidate.target);
    if (child === undefined || target === undefined || child === target) continue;
    const score = cost(child, target);
    const current = best.get(child.id);
    if (current === undefined || better(score, current)) {
      best.set(child.id, score);
      parent.set(child.id, target.id);
      edge.set(child.id, candidate.id);
    }
  }

  // Cut loops: walk up from every node; a walk that meets itself is a loop.
  const state = new Map<string, 1 | 2>(); // 1: on the current walk, 2: known to reach a root
  for (const start of byId.keys()) {
    const walk: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && state.get(id) === undefined) {
      state.set(id, 1);
      walk.push(id);
      id = parent.get(id);
    }
    if (id !== undefined && state.get(id) === 1) {
      const loop = walk.slice(walk.indexOf(id));
      let weakest = loop[0]!;
      for (const member of loop)
        if (better(best.get(weakest)!, best.get(member)!)) weakest = member;
      parent.delete(weakest);
      edge.delete(weakest);
    }
    for (const member of walk) state.set(member, 2);
  }
  return { parent, edge, primaryEdges: new Set(edge.values()) };
}
