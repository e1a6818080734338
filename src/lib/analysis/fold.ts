/**
 * Folding: a statement's reasons can be folded away behind it, as Kialo,
 * MindMup and Rationale readers expect. Folding hides exactly the statements
 * that can only be reached through folded statements: a reason that also
 * bears on a statement still in view stays in view. Pure; ids are only ever
 * `Map`/`Set` keys.
 */
import { NODE_KINDS, type ArgumentMap, type NodeKind } from '../model/types';
import { statementLinks } from '../model/inference';

export interface FoldSummary {
  /** How many hidden statements lie beneath this fold (one may lie beneath several). */
  count: number;
  byKind: Record<NodeKind, number>;
}

export interface FoldView {
  /** The statements in view. */
  shown: Set<string>;
  /** For each folded statement in view that hides anything: what it hides. */
  summaries: Map<string, FoldSummary>;
}

/** Each statement's reasons (statements bearing on it, through any inference), in map order. */
export function reasonsIndex(map: Pick<ArgumentMap, 'nodes' | 'edges'>): Map<string, string[]> {
  const reasons = new Map<string, string[]>();
  for (const node of map.nodes) reasons.set(node.id, []);
  for (const { from, to } of statementLinks(map)) {
    const list = reasons.get(to)!;
    if (!list.includes(from)) list.push(from);
  }
  return reasons;
}

/**
 * The statements from which the map is read: those that bear on nothing (the
 * theses, and positions the argument answers), then, for parts that go round
 * in a circle, the first statement of each such part.
 */
export function readingRoots(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  reasons: ReadonlyMap<string, readonly string[]> = reasonsIndex(map),
): string[] {
  const bearsOnSomething = new Set(statementLinks(map).map((link) => link.from));
  const roots = map.nodes.map((node) => node.id).filter((id) => !bearsOnSomething.has(id));
  const reached = walk(roots, reasons, () => true);
  for (const node of map.nodes) {
    if (reached.has(node.id)) continue;
    roots.push(node.id);
    for (const id of walk([node.id], reasons, () => true)) reached.add(id);
  }
  return roots;
}

/** Everything reachable down the reasons from `starts`, expanding only where `open` says. */
function walk(
  starts: readonly string[],
  reasons: ReadonlyMap<string, readonly string[]>,
  open: (id: string) => boolean,
): Set<string> {
  const seen = new Set(starts);
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (!open(id)) continue;
    for (const reason of reasons.get(id) ?? []) {
      if (seen.has(reason)) continue;
      seen.add(reason);
      stack.push(reason);
    }
  }
  return seen;
}

/** What is in view with `folded` folded, and what each fold in view hides. */
export function foldView(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  folded: ReadonlySet<string>,
): FoldView {
  const reasons = reasonsIndex(map);
  const roots = readingRoots(map, reasons);
  const shown = walk(roots, reasons, (id) => !folded.has(id));
  const kindOf = new Map(map.nodes.map((node) => [node.id, node.kind]));
  const summaries = new Map<string, FoldSummary>();
  for (const id of folded) {
    if (!shown.has(id)) continue;
    const hidden = [...walk([id], reasons, () => true)].filter((other) => !shown.has(other));
    if (hidden.length === 0) continue;
    const byKind = Object.fromEntries(NODE_KINDS.map((kind) => [kind, 0])) as Record<
      NodeKind,
      number
    >;
    for (const other of hidden) byKind[kindOf.get(other)!]++;
    summaries.set(id, { count: hidden.length, byKind });
  }
  return { shown, summaries };
}

/** Each statement's depth: 0 for the roots, one more for each reason down (the shortest way). */
export function depths(map: Pick<ArgumentMap, 'nodes' | 'edges'>): Map<string, number> {
  const reasons = reasonsIndex(map);
  const depth = new Map<string, number>();
  let level = readingRoots(map, reasons);
  for (const id of level) depth.set(id, 0);
  for (let d = 1; level.length > 0; d++) {
    const next: string[] = [];
    for (const id of level) {
      for (const reason of reasons.get(id) ?? []) {
        if (depth.has(reason)) continue;
        depth.set(reason, d);
        next.push(reason);
      }
    }
    level = next;
  }
  return depth;
}

/**
 * The folds that show `depth` levels below the roots: every statement from
 * the last level down that has reasons. Folding the deeper ones too means
 * that unfolding a statement shows one more level, each reason folded in
 * turn, as Kialo and MindMup readers expect, not its whole branch at once.
 */
export function foldBelow(map: Pick<ArgumentMap, 'nodes' | 'edges'>, depth: number): Set<string> {
  const reasons = reasonsIndex(map);
  const folded = new Set<string>();
  for (const [id, d] of depths(map)) {
    if (d >= depth && (reasons.get(id)?.length ?? 0) > 0) folded.add(id);
  }
  return folded;
}

/**
 * The folds to remove so that `id` comes into view: every folded statement
 * it can be reached from. Unfolding them all is more than the least needed
 * when several ways lead to it, but it never leaves the statement hidden.
 */
export function unfoldToReveal(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  folded: ReadonlySet<string>,
  id: string,
): Set<string> {
  const bearsOn = new Map<string, string[]>();
  for (const { from, to } of statementLinks(map)) {
    const list = bearsOn.get(from);
    if (list === undefined) bearsOn.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  }
  const above = walk([id], bearsOn, () => true);
  above.delete(id);
  return new Set([...folded].filter((fold) => !above.has(fold)));
}
