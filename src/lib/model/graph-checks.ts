import type { ArgumentMap } from './types';
import type { Problem } from './problems';

/** Collapses runs of whitespace so that line-wrapping in a quote does not matter. */
export const normalizeWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The graph-level rules that a JSON Schema cannot express. */
export function checkGraph(map: ArgumentMap, sourceText?: string): Problem[] {
  const problems: Problem[] = [];
  const firstUse = new Map<string, string>();
  const claimId = (id: string, path: string) => {
    const earlier = firstUse.get(id);
    if (earlier !== undefined) {
      problems.push({ path, message: `duplicate id "${id}" (already used at ${earlier})` });
    } else {
      firstUse.set(id, path);
    }
  };

  const sectionIds = new Set<string>();
  map.sections.forEach((section, i) => {
    const path = `$.sections[${i}].id`;
    if (sectionIds.has(section.id)) {
      problems.push({ path, message: `duplicate section id "${section.id}"` });
    }
    sectionIds.add(section.id);
  });

  const nodeIds = new Set<string>();
  map.nodes.forEach((node, i) => {
    claimId(node.id, `$.nodes[${i}].id`);
    nodeIds.add(node.id);
    if (node.section !== undefined && !sectionIds.has(node.section)) {
      problems.push({
        path: `$.nodes[${i}].section`,
        message: `unknown section "${node.section}"`,
      });
    }
  });

  if (sourceText !== undefined) {
    const haystack = normalizeWhitespace(sourceText);
    map.nodes.forEach((node, i) => {
      if (node.quote === undefined) return;
      const needle = normalizeWhitespace(node.quote);
      // A blank quote would be "found" anywhere, so it proves nothing.
      if (needle === '') {
        problems.push({ path: `$.nodes[${i}].quote`, message: 'quote is blank' });
      } else if (!haystack.includes(needle)) {
        problems.push({
          path: `$.nodes[${i}].quote`,
          message: `quote is not verbatim in the source text: "${truncate(node.quote, 60)}"${divergence(haystack, needle)}`,
        });
      }
    });
  }

  map.edges.forEach((edge, i) => {
    claimId(edge.id, `$.edges[${i}].id`);
    for (const end of ['from', 'to'] as const) {
      if (!nodeIds.has(edge[end])) {
        problems.push({
          path: `$.edges[${i}].${end}`,
          message: `edge "${edge.id}" ${end === 'from' ? 'comes from' : 'points to'} missing node "${edge[end]}"`,
        });
      }
    }
    if (edge.from === edge.to) {
      problems.push({
        path: `$.edges[${i}]`,
        message: `edge "${edge.id}" is a self-loop on "${edge.from}"`,
      });
    }
  });

  problems.push(...findDisconnected(map, nodeIds));
  return problems;
}

/**
 * Reports every node outside the main component: the one holding the thesis,
 * or else the largest. A lone node map is trivially connected.
 */
function findDisconnected(map: ArgumentMap, nodeIds: Set<string>): Problem[] {
  if (map.nodes.length < 2) return [];
  const neighbours = new Map<string, string[]>();
  for (const id of nodeIds) neighbours.set(id, []);
  for (const edge of map.edges) {
    if (nodeIds.has(edge.from) && nodeIds.has(edge.to)) {
      neighbours.get(edge.from)!.push(edge.to);
      neighbours.get(edge.to)!.push(edge.from);
    }
  }
  const component = new Map<string, number>();
  const sizes: number[] = [];
  for (const start of nodeIds) {
    if (component.has(start)) continue;
    const index = sizes.length;
    let size = 0;
    const stack = [start];
    component.set(start, index);
    while (stack.length > 0) {
      const id = stack.pop()!;
      size++;
      for (const next of neighbours.get(id)!) {
        if (!component.has(next)) {
          component.set(next, index);
          stack.push(next);
        }
      }
    }
    sizes.push(size);
  }
  if (sizes.length < 2) return [];
  const thesis = map.nodes.find((node) => node.kind === 'thesis');
  const main = thesis !== undefined ? component.get(thesis.id)! : sizes.indexOf(Math.max(...sizes));
  const problems: Problem[] = [];
  map.nodes.forEach((node, i) => {
    if (component.get(node.id) !== main) {
      problems.push({
        path: `$.nodes[${i}]`,
        message: `node "${node.id}" is not connected to the rest of the map`,
      });
    }
  });
  return problems;
}

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** Where a quote stops matching the source, so a one-letter slip is easy to spot. */
function divergence(haystack: string, needle: string): string {
  // Every prefix of a found prefix is found too, so the longest one can be bisected.
  let low = 0;
  let high = needle.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return '';
  const matched = needle.slice(0, low);
  const shown = matched.length <= 40 ? matched : `…${matched.slice(-39)}`;
  return ` (it departs from the source after "${shown}")`;
}
