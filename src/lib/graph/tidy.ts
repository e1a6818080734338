/**
 * The post-pass after dagre: across positions for the primary forest that
 * keep every subtree together and centre each parent over its reasons, in the
 * manner of Reingold and Tilford's tidy trees, with node widths. Dagre has
 * chosen the ranks (the heights); this only moves nodes sideways.
 *
 * Each subtree keeps a contour (its left- and rightmost extent on every rank
 * it reaches); siblings are packed left to right as close as their contours
 * allow, and the parent is centred over its first and last child. A root is
 * centred over its whole tree, so the thesis sits in the middle of its part.
 */

import type { Stack } from './stacks';

export interface TidyNode {
  id: string;
  width: number;
  /** Dagre's rank, as the node's y: nodes on one rank share a y. */
  y: number;
}

export interface TidyOptions {
  /** Gap between neighbouring boxes on a rank. */
  nodeSep: number;
  /** Parents whose reasons hang in a column (see stacks.ts); their ranks are already set. */
  stacks?: ReadonlyMap<string, Stack>;
  /** Room between a column's line and its boxes (and the boxes beside it). */
  indent?: number;
}

/** One laid-out tree: its root and how wide it is across. */
export interface TidyTree {
  root: string;
  width: number;
}

/**
 * A subtree's outline: its extent on every rank it reaches, relative to its
 * root. `shift` is added to every stored value, so moving a whole outline is
 * one addition, and a parent with one child reuses the child's outline:
 * a chain of any length costs linear time.
 */
interface Contour {
  left: Map<number, number>;
  right: Map<number, number>;
  shift: number;
}

/**
 * Across positions for each tree of a forest, each tree measured from its own
 * left edge (so the caller can arrange the trees). `children` lists each
 * parent's children in the order they should stand; `roots` the trees. Nodes
 * not reachable from a root get no position; a node reachable twice stays
 * under the first parent found. Iterative, so a deep chain cannot overflow
 * the stack.
 */
export function tidyX(
  nodes: readonly TidyNode[],
  children: ReadonlyMap<string, readonly string[]>,
  roots: readonly string[],
  options: TidyOptions,
): { x: Map<string, number>; trees: TidyTree[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const ranks = [...new Set(nodes.map((node) => node.y))].sort((a, b) => a - b);
  const rankOf = new Map(ranks.map((y, i) => [y, i]));
  /** Each node's x relative to its parent's. */
  const offset = new Map<string, number>();
  const contours = new Map<string, Contour>();
  const kidsOf = new Map<string, string[]>();

  // Post-order without recursion: each node after all its children; a node reached twice is kept
  // under its first parent only.
  const postOrder: string[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    if (seen.has(root) || !byId.has(root)) continue;
    seen.add(root);
    const stack: [string, boolean][] = [[root, false]];
    while (stack.length > 0) {
      const [id, done] = stack.pop()!;
      if (done) {
        postOrder.push(id);
        continue;
      }
      stack.push([id, true]);
      const kids = (children.get(id) ?? []).filter((kid) => byId.has(kid) && !seen.has(kid));
      for (const kid of kids) seen.add(kid);
      kidsOf.set(id, kids);
      for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
    }
  }

  for (const id of postOrder) {
    const node = byId.get(id)!;
    const rank = rankOf.get(node.y)!;
    const kids = kidsOf.get(id)!;
    const stack = options.stacks?.get(id);
    if (stack !== undefined && kids.length > 0) {
      contours.set(id, stackedContour(node, rank, stack, byId, rankOf, offset, options));
      continue;
    }
    if (kids.length === 0) {
      contours.set(id, {
        left: new Map([[rank, -node.width / 2]]),
        right: new Map([[rank, node.width / 2]]),
        shift: 0,
      });
      continue;
    }
    // Pack the children's subtrees left to right, each as close as the ones before allow.
    const placed = contours.get(kids[0]!)!;
    contours.delete(kids[0]!);
    const at = [0];
    for (const kid of kids.slice(1)) {
      const contour = contours.get(kid)!;
      contours.delete(kid);
      let shift = -Infinity;
      for (const [r, left] of contour.left) {
        const right = placed.right.get(r);
        if (right !== undefined) {
          shift = Math.max(shift, right + placed.shift + options.nodeSep - (left + contour.shift));
        }
      }
      // Subtrees that share no rank (impossible for siblings, whose roots share one) stay apart.
      if (shift === -Infinity) shift = at[at.length - 1]!;
      at.push(shift);
      merge(placed, contour, shift);
    }
    const centre = (at[0]! + at[at.length - 1]!) / 2;
    kids.forEach((kid, i) => offset.set(kid, at[i]! - centre));
    placed.shift -= centre;
    merge(
      placed,
      {
        left: new Map([[rank, -node.width / 2]]),
        right: new Map([[rank, node.width / 2]]),
        shift: 0,
      },
      0,
    );
    contours.set(id, placed);
  }

  // Each tree from its own left edge, its root centred over the whole tree.
  const x = new Map<string, number>();
  const trees: TidyTree[] = [];
  for (const root of roots) {
    const contour = contours.get(root);
    if (contour === undefined || x.has(root)) continue;
    const left = Math.min(...contour.left.values()) + contour.shift;
    const right = Math.max(...contour.right.values()) + contour.shift;
    const origin = -left;
    // A root over a column stays on the column's line.
    x.set(root, options.stacks?.has(root) ? origin : origin + (left + right) / 2);
    const stack: [string, number][] = kidsOf
      .get(root)!
      .map((kid) => [kid, origin + offset.get(kid)!]);
    while (stack.length > 0) {
      const [id, at] = stack.pop()!;
      x.set(id, at);
      for (const kid of kidsOf.get(id)!) stack.push([kid, at + offset.get(kid)!]);
    }
    trees.push({ root, width: right - left });
  }
  return { x, trees };
}

/**
 * A parent over a column of its reasons: the parent's middle is the column's
 * line; the column hangs `indent` to its right, each box on its own rank;
 * the other reasons stand side by side, `indent` to its left.
 */
function stackedContour(
  node: TidyNode,
  rank: number,
  stack: Stack,
  byId: ReadonlyMap<string, TidyNode>,
  rankOf: ReadonlyMap<number, number>,
  offset: Map<string, number>,
  options: TidyOptions,
): Contour {
  const indent = options.indent ?? options.nodeSep;
  const contour: Contour = {
    left: new Map([[rank, -node.width / 2]]),
    right: new Map([[rank, node.width / 2]]),
    shift: 0,
  };
  const widen = (r: number, left: number, right: number) => {
    contour.left.set(r, Math.min(contour.left.get(r) ?? Infinity, left));
    contour.right.set(r, Math.max(contour.right.get(r) ?? -Infinity, right));
  };
  for (const kid of stack.column) {
    const box = byId.get(kid)!;
    offset.set(kid, indent + box.width / 2);
    widen(rankOf.get(box.y)!, indent, indent + box.width);
  }
  let edge = -indent;
  for (const kid of [...stack.beside].reverse()) {
    const box = byId.get(kid)!;
    offset.set(kid, edge - box.width / 2);
    widen(rankOf.get(box.y)!, edge - box.width, edge);
    edge -= box.width + options.nodeSep;
  }
  return contour;
}

/** Adds `from`, moved by `by`, into `into`: the outermost extent per rank wins. */
function merge(into: Contour, from: Contour, by: number): void {
  const delta = from.shift + by - into.shift;
  for (const [r, left] of from.left) {
    const current = into.left.get(r);
    into.left.set(r, current === undefined ? left + delta : Math.min(current, left + delta));
  }
  for (const [r, right] of from.right) {
    const current = into.right.get(r);
    into.right.set(r, current === undefined ? right + delta : Math.max(current, right + delta));
  }
}
