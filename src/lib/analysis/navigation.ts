import type { ArgumentMap } from '../model/types';
import { statementLinks } from '../model/inference';

export type Step = 'parent' | 'child' | 'previous' | 'next';

/**
 * Incoming and outgoing neighbours of each statement, in reading order. Linked
 * premises and undercuts are walked through to the statement they bear on, so
 * a junction is never a place an arrow key can stop.
 */
export interface Adjacency {
  /** Nodes this one bears on (the edge's `to`). */
  targets: Map<string, string[]>;
  /** The reasons bearing on this one (the edge's `from`). */
  reasons: Map<string, string[]>;
}

export function buildAdjacency(map: ArgumentMap, visibleEdges?: ReadonlySet<string>): Adjacency {
  const order = new Map(map.nodes.map((node, i) => [node.id, node.order ?? i]));
  const targets = new Map<string, string[]>();
  const reasons = new Map<string, string[]>();
  for (const node of map.nodes) {
    targets.set(node.id, []);
    reasons.set(node.id, []);
  }
  for (const link of statementLinks(map)) {
    if (visibleEdges && !visibleEdges.has(link.edge.id)) continue;
    const up = targets.get(link.from);
    if (up !== undefined && !up.includes(link.to)) up.push(link.to);
    const down = reasons.get(link.to);
    if (down !== undefined && !down.includes(link.from)) down.push(link.from);
  }
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  for (const list of targets.values()) list.sort(byOrder);
  for (const list of reasons.values()) list.sort(byOrder);
  return { targets, reasons };
}

/**
 * Moves the selection one step along the argument: up to what a node bears on,
 * down to its first reason, or sideways among the reasons of the same target
 * (the one we came down from, when a node bears on several). Returns the node
 * itself when there is nowhere to go.
 */
export function step(
  adjacency: Adjacency,
  from: string,
  direction: Step,
  /** The statement we came down from: sideways steps stay among its reasons. */
  via?: string,
): string {
  const targets = adjacency.targets.get(from) ?? [];
  const parents = via !== undefined && targets.includes(via) ? [via] : targets;
  switch (direction) {
    case 'parent':
      return parents[0] ?? from;
    case 'child':
      return adjacency.reasons.get(from)?.[0] ?? from;
    case 'previous':
    case 'next': {
      const parent = parents[0];
      if (parent === undefined) return from;
      const siblings = adjacency.reasons.get(parent) ?? [];
      const index = siblings.indexOf(from);
      const delta = direction === 'next' ? 1 : -1;
      return siblings[(index + delta + siblings.length) % siblings.length] ?? from;
    }
  }
}

/**
 * Maps an arrow key to a step. The thesis sits on top (TB) or at the left (LR),
 * so "towards the thesis" is up or left.
 */
export function stepForKey(key: string, direction: 'TB' | 'LR'): Step | undefined {
  const vertical = direction === 'TB';
  switch (key) {
    case 'ArrowUp':
      return vertical ? 'parent' : 'previous';
    case 'ArrowDown':
      return vertical ? 'child' : 'next';
    case 'ArrowLeft':
      return vertical ? 'previous' : 'parent';
    case 'ArrowRight':
      return vertical ? 'next' : 'child';
    default:
      return undefined;
  }
}
