/**
 * Arranges the trees of a map side by side. The largest tree (the main
 * argument) stands in the middle; every other tree stands on the side where
 * the statements it is linked to stand, nearest first, so a position the
 * argument answers sits beside the reasons that answer it. Trees linked to
 * nothing follow on the right in reading order.
 */
import { tidyX, type TidyNode, type TidyOptions } from './tidy';

export interface ForestOptions extends TidyOptions {
  /** Gap between neighbouring trees. */
  treeSep: number;
}

/**
 * Across positions for every node: `tidyX` for each tree, then the trees
 * arranged around the main one by where their secondary links lead.
 */
export function arrangeForest(
  nodes: readonly TidyNode[],
  children: ReadonlyMap<string, readonly string[]>,
  roots: readonly string[],
  links: readonly { source: string; target: string }[],
  options: ForestOptions,
): Map<string, number> {
  const { x, trees } = tidyX(nodes, children, roots, options);
  if (trees.length <= 1) return x;

  const treeOf = new Map<string, string>();
  for (const tree of trees) treeOf.set(tree.root, tree.root);
  // Every node's tree, found by walking the children from each root.
  for (const tree of trees) {
    const stack = [tree.root];
    while (stack.length > 0) {
      const id = stack.pop()!;
      for (const kid of children.get(id) ?? []) {
        if (!treeOf.has(kid) && x.has(kid)) {
          treeOf.set(kid, tree.root);
          stack.push(kid);
        }
      }
    }
  }
  const main = trees.reduce((a, b) => (b.width > a.width ? b : a));
  // Where, across the main tree, each other tree's links land.
  const pull = new Map<string, { sum: number; count: number }>();
  for (const { source, target } of links) {
    const a = treeOf.get(source);
    const b = treeOf.get(target);
    if (a === undefined || b === undefined || a === b) continue;
    const [other, anchor] = a === main.root ? [b, target] : b === main.root ? [a, source] : [];
    if (other === undefined || anchor === undefined) continue;
    const entry = pull.get(other) ?? { sum: 0, count: 0 };
    entry.sum += x.get(anchor)!;
    entry.count += 1;
    pull.set(other, entry);
  }
  const centre = main.width / 2;
  const at = (root: string) => {
    const entry = pull.get(root);
    return entry === undefined ? Infinity : entry.sum / entry.count;
  };
  const others = trees.filter((tree) => tree !== main);
  // Left of the main tree, the nearest to it stands last; right of it, first.
  const byPull = (a: { root: string }, b: { root: string }) =>
    at(a.root) === at(b.root) ? 0 : at(a.root) - at(b.root);
  const left = others.filter((tree) => at(tree.root) < centre).sort(byPull);
  const right = others.filter((tree) => at(tree.root) >= centre).sort(byPull);

  const shift = new Map<string, number>();
  let cursor = 0;
  for (const tree of [...left, main, ...right]) {
    shift.set(tree.root, cursor);
    cursor += tree.width + options.treeSep;
  }
  const placed = new Map<string, number>();
  for (const [id, value] of x) placed.set(id, value + shift.get(treeOf.get(id)!)!);
  return placed;
}
