/**
 * The outline's entries as a tree, for views that nest them (nested lists,
 * which screen readers announce with their level), and the words for a
 * reason's other targets. The walk itself is in ./outline.ts.
 */
import { RELATION_WORDS } from '../model/vocabulary';
import type { AlsoLink, TreeEntry } from './outline';

export interface OutlineNode {
  entry: TreeEntry;
  /** Unique in one outline: each edge is walked once, and a root has no edge. */
  key: string;
  /** 1 for a root, as `aria-level` counts. */
  level: number;
  children: OutlineNode[];
}

const keyOf = (entry: TreeEntry): string =>
  entry.kind === 'group'
    ? `group:${entry.edge.id}`
    : entry.edge === undefined
      ? `root:${entry.node.id}`
      : `${entry.node.id}@${entry.edge.id}`;

/**
 * Nests a walk's entries by depth: each under the nearest entry before it
 * that is less deep. Entries may have been filtered out, so a depth can skip
 * a level; the entry then nests one level under what is left above it.
 * Linked-premise groups left with no premise are dropped. Iterative, so a
 * deep chain cannot overflow the stack.
 */
export function nestEntries(entries: readonly TreeEntry[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: { depth: number; node: OutlineNode }[] = [];
  for (const entry of entries) {
    while (open.length > 0 && open.at(-1)!.depth >= entry.depth) open.pop();
    const parent = open.at(-1)?.node;
    const node: OutlineNode = {
      entry,
      key: keyOf(entry),
      level: (parent?.level ?? 0) + 1,
      children: [],
    };
    (parent?.children ?? roots).push(node);
    open.push({ depth: entry.depth, node });
  }
  return withoutEmptyGroups(roots);
}

function withoutEmptyGroups(roots: OutlineNode[]): OutlineNode[] {
  // Post-order without recursion: children are pruned before their parent is looked at.
  const order: OutlineNode[] = [];
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    order.push(node);
    stack.push(...node.children);
  }
  const empty = (node: OutlineNode) => node.entry.kind === 'group' && node.children.length === 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    node.children = node.children.filter((child) => !empty(child));
  }
  return roots.filter((root) => !empty(root));
}

/** "supports", or "undercuts the step to": how a reason bears on another statement. */
export function alsoVerb(link: AlsoLink): string {
  const words = RELATION_WORDS[link.edge.relation];
  return link.kind === 'via-inference' ? `${words.stepVerb} the step to` : words.verb;
}
