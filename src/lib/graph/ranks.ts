/**
 * Where each rank of the primary forest lies along the rank axis. Dagre
 * ranks each tree of a forest from its leaves up, so a small tree's root
 * would sit near the bottom of the map. Here every tree's root goes to the
 * top, except a tree linked to another (a position the argument answers),
 * whose root goes one rank above the highest statement it is linked to, so
 * it stands level with its answers. Ranks are then spaced by their tallest
 * node.
 */

export interface RankedNode {
  id: string;
  /** Extent along the rank axis (height top to bottom, width left to right). */
  depth: number;
  /** Dagre's coordinate along the rank axis: nodes of one rank share it. */
  rank: number;
}

/**
 * Coordinates along the rank axis, by node. `parent` is the primary forest;
 * `links` the edges outside it, which decide where the smaller trees stand.
 */
export function alignTrees(
  nodes: readonly RankedNode[],
  parent: ReadonlyMap<string, string>,
  links: readonly { source: string; target: string }[],
  rankSep: number,
  /** Stacked reasons: how far down its column each stands (see stacks.ts). */
  stacked: ReadonlyMap<string, number> = new Map(),
  /** The gap above a rank that only a column's boxes reach, not a tree edge. */
  stackSep = rankSep,
  /** The main argument's root; without one (or if it is not a root), the largest tree's. */
  main?: string,
): Map<string, number> {
  // Dagre's ranks as indices, the thesis side first.
  const coordinates = [...new Set(nodes.map((node) => node.rank))].sort((a, b) => a - b);
  const indexOf = new Map(coordinates.map((value, i) => [value, i]));
  const rootOf = new Map<string, string>();
  for (const { id } of nodes) {
    const path: string[] = [];
    let at = id;
    while (!rootOf.has(at) && parent.has(at)) {
      path.push(at);
      at = parent.get(at)!;
    }
    const top = rootOf.get(at) ?? at;
    rootOf.set(at, top);
    for (const step of path) rootOf.set(step, top);
  }
  const index = new Map(nodes.map((node) => [node.id, indexOf.get(node.rank)!]));
  // Each tree's members, and its shift so its root stands on rank 0.
  const members = new Map<string, string[]>();
  for (const { id } of nodes) {
    const root = rootOf.get(id)!;
    const list = members.get(root);
    if (list === undefined) members.set(root, [id]);
    else list.push(id);
  }
  const shift = new Map<string, number>();
  for (const root of members.keys()) shift.set(root, -index.get(root)!);
  const largest =
    main !== undefined && members.has(main)
      ? main
      : [...members].reduce((a, b) => (b[1].length > a[1].length ? b : a))[0];
  // Smaller trees: one rank above the highest node they are linked to in the largest tree.
  const wanted = new Map<string, number>();
  for (const { source, target } of links) {
    const a = rootOf.get(source);
    const b = rootOf.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    const [other, anchor] = a === largest ? [b, source] : b === largest ? [a, target] : [];
    if (other === undefined || anchor === undefined) continue;
    const at = index.get(anchor)! + shift.get(largest)! - 1;
    wanted.set(other, Math.min(wanted.get(other) ?? Infinity, at));
  }
  for (const [root, at] of wanted) shift.set(root, shift.get(root)! + Math.max(0, at));

  const level = new Map<string, number>();
  let levels = 0;
  for (const { id } of nodes) {
    const at = index.get(id)! + shift.get(rootOf.get(id)!)! + (stacked.get(id) ?? 0);
    level.set(id, at);
    levels = Math.max(levels, at + 1);
  }
  // A tree edge needs room to bend above the rank it reaches; a column's boxes need little.
  const treeGap = new Array<boolean>(levels).fill(false);
  for (const { id } of nodes) {
    if (parent.has(id) && !stacked.has(id)) treeGap[level.get(id)!] = true;
  }
  // Each level as deep as its deepest node, the levels rankSep apart.
  const extent = new Array<number>(levels).fill(0);
  for (const node of nodes) {
    const at = level.get(node.id)!;
    extent[at] = Math.max(extent[at]!, node.depth);
  }
  const centre: number[] = [];
  let cursor = 0;
  for (let at = 0; at < levels; at++) {
    if (at > 0) cursor += treeGap[at] ? rankSep : stackSep;
    centre.push(cursor + extent[at]! / 2);
    cursor += extent[at]!;
  }
  return new Map(nodes.map((node) => [node.id, centre[level.get(node.id)!]!]));
}
