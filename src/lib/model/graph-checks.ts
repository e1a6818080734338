import { isLinked, premisesOf, type ArgumentMap } from './types';
import type { Problem } from './problems';
import { partsOf } from './inference';
import { checkTeaching } from './teaching-checks';

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

  const edgeIds = new Set<string>();
  map.edges.forEach((edge) => edgeIds.add(edge.id));
  map.edges.forEach((edge, i) => {
    claimId(edge.id, `$.edges[${i}].id`);
    const premises = premisesOf(edge);
    premises.forEach((premise, k) => {
      const path = isLinked(edge) ? `$.edges[${i}].from[${k}]` : `$.edges[${i}].from`;
      if (nodeIds.has(premise)) return;
      problems.push({
        path,
        message: edgeIds.has(premise)
          ? `edge "${edge.id}" reasons from edge "${premise}"; a reason must be a statement`
          : `edge "${edge.id}" comes from missing node "${premise}"`,
      });
    });
    if (!nodeIds.has(edge.to) && !edgeIds.has(edge.to)) {
      problems.push({
        path: `$.edges[${i}].to`,
        message: `edge "${edge.id}" points to missing node or edge "${edge.to}"`,
      });
    }
    if (edge.to === edge.id) {
      problems.push({ path: `$.edges[${i}].to`, message: `edge "${edge.id}" targets itself` });
    } else if (premises.includes(edge.to)) {
      problems.push({
        path: `$.edges[${i}]`,
        message: `edge "${edge.id}" is a self-loop on "${edge.to}"`,
      });
    }
  });
  problems.push(...findEdgeCycles(map, nodeIds));

  map.nodes.forEach((node, i) => {
    if (node.implicit === true && node.quote !== undefined) {
      problems.push({
        path: `$.nodes[${i}].quote`,
        message: `node "${node.id}" is an implicit premise, so it cannot quote the source`,
      });
    }
  });
  problems.push(...checkTeaching(map));
  return problems;
}

/**
 * Edges aimed at edges must end, after some hops, at a statement. A ring of
 * them (e1 aims at e2, e2 at e1) has no conclusion; each ring is reported once.
 */
function findEdgeCycles(map: ArgumentMap, nodeIds: ReadonlySet<string>): Problem[] {
  const position = new Map<string, number>();
  map.edges.forEach((edge, i) => {
    if (!position.has(edge.id)) position.set(edge.id, i);
  });
  const next = (i: number): number | undefined => {
    const edge = map.edges[i]!;
    return nodeIds.has(edge.to) || edge.to === edge.id ? undefined : position.get(edge.to);
  };
  // 0: unvisited, 1: on the current path, 2: done. Each edge has one target, so a walk is a path.
  const state = new Uint8Array(map.edges.length);
  const problems: Problem[] = [];
  for (let start = 0; start < map.edges.length; start++) {
    const path: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = next(i);
    }
    if (i !== undefined && state[i] === 1) {
      const ring = path.slice(path.indexOf(i));
      problems.push({
        path: `$.edges[${ring[0]}].to`,
        message: `edges ${ring.map((k) => `"${map.edges[k]!.id}"`).join(' → ')} aim at each other in a ring, so none reaches a statement`,
      });
    }
    for (const k of path) state[k] = 2;
  }
  return problems;
}

/**
 * Reports every statement outside the main part: the one holding the
 * thesis, or else the largest. Several parts are allowed in a map; this is
 * the `--strict` warning for hand-modeled maps that should be one argument.
 */
export function findDisconnected(map: ArgumentMap): Problem[] {
  const parts = partsOf(map);
  if (parts.length < 2) return [];
  const thesis = map.nodes.find((node) => node.kind === 'thesis');
  const main =
    parts.find((part) => thesis !== undefined && part.includes(thesis.id)) ??
    parts.reduce((a, b) => (b.length > a.length ? b : a));
  const inMain = new Set(main);
  const problems: Problem[] = [];
  map.nodes.forEach((node, i) => {
    if (!inMain.has(node.id)) {
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
