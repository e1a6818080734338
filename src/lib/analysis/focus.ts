import type { ArgumentMap } from '../model/types';
import { statementLinks } from '../model/inference';
import { keptEdges, type Visible } from './filters';

/**
 * A statement's line of argument: the statement, everything it bears on up to
 * the thesis (following edges forward), and every reason beneath it
 * (following them backward). Siblings and cousins are left out, so a class can
 * look at one strand of the argument at a time. An undercut counts as a
 * reason beneath the conclusion of the inference it attacks.
 */
export function argumentLine(map: ArgumentMap, id: string): Set<string> {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const link of statementLinks(map)) {
    forward.set(link.from, [...(forward.get(link.from) ?? []), link.to]);
    backward.set(link.to, [...(backward.get(link.to) ?? []), link.from]);
  }
  const line = new Set<string>([id]);
  for (const links of [forward, backward]) {
    const stack = [id];
    const seen = new Set([id]);
    while (stack.length > 0) {
      for (const next of links.get(stack.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        line.add(next);
        stack.push(next);
      }
    }
  }
  return line;
}

/** Narrows what the filters show to one line of argument. */
export function narrowToLine(
  map: ArgumentMap,
  visible: Visible,
  line: ReadonlySet<string>,
): Visible {
  const nodes = new Set([...visible.nodes].filter((id) => line.has(id)));
  return { nodes, edges: keptEdges(map, nodes, (edge) => visible.edges.has(edge.id)) };
}

/**
 * The title and description of one line of argument on its own, for a
 * handout of it: "One line of the argument: <statement>", from the map's
 * title. Undefined when the map has no such statement.
 */
export function lineTitle(
  map: Pick<ArgumentMap, 'title' | 'nodes'>,
  id: string,
): { title: string; description: string } | undefined {
  const node = map.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) return undefined;
  return {
    title: `One line of the argument: ${node.label}`,
    description: `From “${map.title}”: this statement, what it leads to up to the thesis, and every reason beneath it.`,
  };
}
