/**
 * What a Warrant → Kialo → Warrant round trip keeps, for the Kialo exporter's
 * tests (see exporter-kialo.test.ts for the list).
 */
import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { statementEntries, walkTree } from '../../../src/lib/analysis/outline';
import { isWebAddress } from '../../../src/lib/io/formats/kialo';
import { importKialo } from '../../../src/lib/io/importers/kialo';
import { oneLine } from '../../../src/lib/io/text';
import { premisesOf, type ArgumentEdge, type ArgumentMap } from '../../../src/lib/model/types';
import { THREE_TAKEAWAYS, repoPath } from './export-helpers';

/** Reads a Kialo export back, failing the test on any problem or warning. */
export function readBack(text: string): ArgumentMap {
  const result = importKialo(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.warnings).toBeUndefined();
  return result.value;
}

/** Every map with a file of its own that a round trip must keep. */
export const KIALO_ROUND_TRIP_MAPS = [
  ...['tests/fixtures/maps', 'tests/fixtures/v2', 'tests/fixtures/kialo/maps'].flatMap((folder) =>
    readdirSync(repoPath(folder))
      .filter((file) => file.endsWith('.json'))
      .map((file) => `${folder}/${file}`),
  ),
  THREE_TAKEAWAYS,
];

/**
 * An edge as "a + b → c (relation)"; one aimed at an inference names that
 * inference the same way, in brackets, since edge ids are not kept.
 */
export function relationsOf(map: ArgumentMap): string[] {
  const label = new Map(map.nodes.map((node) => [node.id, oneLine(node.label)]));
  const edges = new Map(map.edges.map((edge) => [edge.id, edge]));
  const step = (edge: ArgumentEdge, depth: number): string => {
    const target = edges.get(edge.to);
    const to =
      target !== undefined && depth < 10 ? `[${step(target, depth + 1)}]` : label.get(edge.to);
    return `${premisesOf(edge)
      .map((id) => label.get(id))
      .join(' + ')} → ${to}`;
  };
  return map.edges.map((edge) => `${step(edge, 0)} (${edge.relation})`).sort();
}

/** What a Warrant → Kialo → Warrant round trip keeps. */
export function kept(map: ArgumentMap) {
  // The exporter's walk (expanding where it first meets a statement) picks the roots of a ring.
  const roots = statementEntries(walkTree(map, { expandAt: 'first' })).filter(
    (entry) => entry.depth === 0,
  );
  return {
    title: oneLine(map.title),
    statements: map.nodes.map((node) => oneLine(node.label)).sort(),
    relations: relationsOf(map),
    theses: roots.map((entry) => oneLine(entry.node.label)).sort(),
    authorities: map.nodes
      .filter((node) => node.kind === 'authority' && isWebAddress(node.citation?.url ?? ''))
      .map((node) => `${oneLine(node.label)} <${node.citation!.url}>`)
      .sort(),
    implicit: map.nodes
      .filter((node) => node.implicit === true)
      .map((node) => node.label)
      .sort(),
  };
}

/** The same, of a map read from Kialo: its theses are the statements of kind thesis. */
export function keptAfterImport(map: ArgumentMap) {
  return {
    ...kept(map),
    theses: map.nodes
      .filter((node) => node.kind === 'thesis')
      .map((node) => node.label)
      .sort(),
  };
}
