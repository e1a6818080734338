import {
  isLinked,
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Statement,
} from '../model/types';
import {
  conclusionOf,
  indexMap,
  statementLinks,
  type LinkKind,
  type MapIndex,
} from '../model/inference';
import { primaryTree } from './primary';

/**
 * Nodes in reading order: by `order`, nodes without one after those with one,
 * ties kept in array order (the sort is stable).
 */
export function byOrder(nodes: readonly Statement[]): Statement[] {
  const key = (node: Statement) =>
    typeof node.order === 'number' && Number.isFinite(node.order) ? node.order : Infinity;
  return [...nodes].sort((a, b) => key(a) - key(b));
}

/** A statement in the outline. */
export interface StatementEntry {
  kind: 'statement';
  node: Statement;
  /** 0 for a root. */
  depth: number;
  /**
   * The edge by which this statement bears on the entry it is listed under;
   * absent for roots. For linked premises, the group's edge (the group entry
   * above them names the relation).
   */
  edge?: ArgumentEdge;
  /**
   * The edge bears on an inference rather than a statement: an undercut, or
   * a backing of the step. It is listed under that step's premise, or after
   * the linked premises of the step.
   */
  onInference: boolean;
  /**
   * The node's own reasons are listed elsewhere: under its primary parent
   * when it bears on several statements, or further up when it is its own
   * ancestor (a cycle). Print a reference, not a subtree.
   */
  repeat: boolean;
  /**
   * For a repeat: the statement under which its reasons are listed, if it is
   * listed under one there (not as the root of a tree).
   */
  reasonsUnder?: Statement;
  /** The other statements it bears on, besides the one it is listed under here. */
  also: readonly AlsoLink[];
}

/** Another statement a reason bears on: "also supports …". */
export interface AlsoLink {
  node: Statement;
  edge: ArgumentEdge;
  kind: LinkKind;
}

/** Linked premises: a heading, with the premises listed one level deeper. */
export interface GroupEntry {
  kind: 'group';
  edge: ArgumentEdge & { from: string[] };
  depth: number;
  onInference: boolean;
}

/** One line of an outline of the map, read from the thesis down. */
export type TreeEntry = StatementEntry | GroupEntry;

type Work =
  | { type: 'node'; node: Statement; depth: number; edge?: ArgumentEdge; after?: ArgumentEdge }
  | { type: 'edge'; edge: ArgumentEdge; depth: number };

/**
 * Each statement's primary link: the edge it is listed under with its
 * reasons, as the canvas lays it out (see `primaryTree`): a reason shared by
 * several statements stays with the one from its own section, nearest in
 * reading order, instead of wherever a depth-first walk meets it first.
 */
function primaryEdges(index: MapIndex, rank: ReadonlyMap<string, number>) {
  const links = statementLinks({ nodes: [...index.nodes.values()], edges: [] }, index);
  const tree = primaryTree(
    [...index.nodes.values()].map((node) => ({
      id: node.id,
      order: rank.get(node.id)!,
      ...(node.section !== undefined ? { section: node.section } : {}),
    })),
    links.map((link) => ({ id: link.edge.id, source: link.from, target: link.to })),
  );
  return tree.edge;
}

export interface WalkOptions {
  /**
   * Where a statement with several parents is listed with its reasons: under
   * its primary parent (the default), or wherever the walk first meets it.
   */
  expandAt?: 'primary' | 'first';
}

/**
 * Outlines the map as a forest. Roots are the theses; under each statement
 * come the reasons that bear on it, in reading order: a plain reason on its
 * own; linked premises as a group entry with the premises one level deeper;
 * and under a reason (or a group) the undercuts and backings of its step.
 * A statement's own reasons are listed once, under its primary parent (see
 * `primaryEdges`, unless `options` ask for the first place the walk meets
 * it); everywhere else it is a `repeat` entry that says where.
 * So each line of the argument is read as a whole, without a shared reason
 * dragging its subtree into the first line that mentions it. Nodes no thesis
 * can be reached from start further trees, sinks first. Every node appears
 * at least once and every edge exactly once (edges that dangle or aim at
 * each other in a ring are skipped). Iterative, so deep chains cannot
 * overflow the stack.
 */
export function walkTree(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  options: WalkOptions = {},
): TreeEntry[] {
  const nodes = byOrder(map.nodes);
  const index = indexMap(map);
  const rank = new Map<string, number>();
  for (const node of nodes) if (!rank.has(node.id)) rank.set(node.id, rank.size);
  const primary: ReadonlyMap<string, string> =
    options.expandAt === 'first' ? new Map() : primaryEdges(index, rank);
  // Every statement's links out, for the "also supports" lines.
  const outgoing = new Map<string, AlsoLink[]>();
  for (const link of statementLinks(map, index)) {
    const list = outgoing.get(link.from) ?? [];
    list.push({ node: index.nodes.get(link.to)!, edge: link.edge, kind: link.kind });
    outgoing.set(link.from, list);
  }
  const firstRank = (edge: ArgumentEdge) =>
    Math.min(...premisesOf(edge).map((id) => rank.get(id) ?? Infinity));
  // Edges aimed directly at each statement and at each edge, in reading order of their premises.
  const incoming = new Map<string, ArgumentEdge[]>();
  const hasOutgoing = new Set<string>();
  for (const edge of index.edges.values()) {
    if (conclusionOf(index, edge) === undefined) continue;
    const premises = premisesOf(edge).filter((id) => index.nodes.has(id));
    if (premises.length === 0) continue;
    const list = incoming.get(edge.to) ?? [];
    list.push(edge);
    incoming.set(edge.to, list);
    for (const id of premises) hasOutgoing.add(id);
  }
  for (const list of incoming.values()) list.sort((a, b) => firstRank(a) - firstRank(b));

  const expanded = new Set<string>();
  const entries: TreeEntry[] = [];
  const visit = (root: Statement) => {
    const stack: Work[] = [{ type: 'node', node: root, depth: 0 }];
    const pushEdges = (edges: readonly ArgumentEdge[], depth: number) => {
      for (let i = edges.length - 1; i >= 0; i--) {
        stack.push({ type: 'edge', edge: edges[i]!, depth });
      }
    };
    for (let work = stack.pop(); work !== undefined; work = stack.pop()) {
      if (work.type === 'edge') {
        const { edge, depth } = work;
        const onInference = !index.nodes.has(edge.to);
        const premises = premisesOf(edge)
          .map((id) => index.nodes.get(id))
          .filter((node): node is Statement => node !== undefined);
        if (!isLinked(edge)) {
          stack.push({ type: 'node', node: premises[0]!, depth, edge, after: edge });
          continue;
        }
        entries.push({ kind: 'group', edge, depth, onInference });
        // The premises, then what is aimed at their joint step, one level down.
        pushEdges(incoming.get(edge.id) ?? [], depth + 1);
        for (let i = premises.length - 1; i >= 0; i--) {
          stack.push({ type: 'node', node: premises[i]!, depth: depth + 1, edge });
        }
        continue;
      }
      const { node, depth, edge } = work;
      const home = primary.get(node.id);
      // Expanded at its primary edge; a root, or a statement the loop cut left without one, at once.
      const repeat =
        expanded.has(node.id) || (edge !== undefined && home !== undefined && edge.id !== home);
      entries.push({
        kind: 'statement',
        node,
        depth,
        ...(edge !== undefined ? { edge } : {}),
        onInference: edge !== undefined && !index.nodes.has(edge.to),
        repeat,
        also: (outgoing.get(node.id) ?? []).filter((link) => link.edge.id !== edge?.id),
      });
      if (!repeat) {
        expanded.add(node.id);
        pushEdges(incoming.get(node.id) ?? [], depth + 1);
      }
      // The step from this premise is discussed under it, even when its own reasons are not.
      if (work.after !== undefined) pushEdges(incoming.get(work.after.id) ?? [], depth + 1);
    }
  };
  const unique = [...index.nodes.values()].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  for (const node of unique) if (node.kind === 'thesis' && !expanded.has(node.id)) visit(node);
  for (const node of unique) if (!hasOutgoing.has(node.id) && !expanded.has(node.id)) visit(node);
  // Roots of what is left (a loop cut leaves one without a primary parent) before the rest.
  for (const node of unique) if (!primary.has(node.id) && !expanded.has(node.id)) visit(node);
  for (const node of unique) if (!expanded.has(node.id)) visit(node);
  return withReasonsUnder(entries, index);
}

/** Points each repeat at the statement its reasons are listed under. */
function withReasonsUnder(entries: TreeEntry[], index: MapIndex): TreeEntry[] {
  const under = new Map<string, Statement>();
  for (const entry of entries) {
    if (entry.kind !== 'statement' || entry.repeat || entry.edge === undefined) continue;
    const parent = conclusionOf(index, entry.edge);
    if (parent !== undefined) under.set(entry.node.id, parent);
  }
  return entries.map((entry) => {
    if (entry.kind !== 'statement' || !entry.repeat) return entry;
    const parent = under.get(entry.node.id);
    return parent === undefined ? entry : { ...entry, reasonsUnder: parent };
  });
}

/** The statement entries alone, for consumers that list statements. */
export const statementEntries = (entries: readonly TreeEntry[]): StatementEntry[] =>
  entries.filter((entry): entry is StatementEntry => entry.kind === 'statement');
