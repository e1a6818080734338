/**
 * Warrant → Argdown → Warrant, through the Argdown exporter and importer:
 * the statements (ids, kinds, labels and their data), the linked groups and
 * every relation (with the ids of edges other edges aim at) come back, on
 * every fixture map, the letter's map, and generated maps.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportArgdown } from '../../../src/lib/io/exporters/argdown';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { oneLine, stripControlChars } from '../../../src/lib/io/text';
import { indexMap } from '../../../src/lib/model/inference';
import {
  RELATIONS,
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Statement,
} from '../../../src/lib/model/types';
import { validateMap } from '../../../src/lib/model/validate';
import {
  HOSTILE_LABELS,
  THREE_TAKEAWAYS,
  loadValidMap,
  relationSet,
  repoPath,
} from './export-helpers';

const RUNS = Number(process.env.FC_RUNS ?? 200);

const MAPS = [
  ...readdirSync(repoPath('tests/fixtures/maps'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `tests/fixtures/maps/${file}`),
  ...readdirSync(repoPath('tests/fixtures/v2'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `tests/fixtures/v2/${file}`),
  THREE_TAKEAWAYS,
];

async function roundTrip(map: ArgumentMap): Promise<ArgumentMap> {
  const result = await importArgdown(exportArgdown(map), { fileName: 'round-trip.argdown' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

/** A statement as Argdown carries it: the text fields on one line where Argdown has one line. */
const statementView = (map: ArgumentMap, node: Statement) => ({
  id: node.id,
  kind: node.kind,
  label: oneLine(node.label),
  text: node.text === undefined ? undefined : stripControlChars(node.text),
  quote: node.quote === undefined ? undefined : stripControlChars(node.quote),
  holder: node.holder === undefined ? undefined : stripControlChars(node.holder),
  implicit: node.implicit === true,
  order: node.order,
  section: map.sections.find((section) => section.id === node.section)?.title,
  tags: (node.tags ?? []).map(oneLine).sort(),
  citation: node.citation === undefined ? undefined : 'yes',
});

/** Edges other edges aim at keep their ids; the rest are compared by their ends. */
const inferenceView = (map: ArgumentMap, edge: ArgumentEdge) => {
  const index = indexMap(map);
  return {
    id: premisesOf(edge).length > 1 || index.aimedAt.has(edge.id) ? edge.id : '(plain)',
    from: [edge.from].flat().join(' + '),
    to: edge.to,
    relation: edge.relation,
    // An argument carries scheme and note; a plain relation has only a comment for them.
    ...(premisesOf(edge).length > 1 || index.aimedAt.has(edge.id)
      ? { scheme: edge.scheme, note: edge.note === undefined ? undefined : oneLine(edge.note) }
      : {}),
  };
};

function expectSameArgument(before: ArgumentMap, after: ArgumentMap) {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  expect([...after.nodes].sort(byId).map((node) => statementView(after, node))).toEqual(
    [...before.nodes].sort(byId).map((node) => statementView(before, node)),
  );
  expect(relationSet(after.edges)).toEqual(relationSet(before.edges));
  const linked = (map: ArgumentMap) =>
    relationSet(map.edges.filter((edge) => Array.isArray(edge.from)));
  expect(linked(after)).toEqual(linked(before));
  const key = (view: ReturnType<typeof inferenceView>) => JSON.stringify(view);
  expect(after.edges.map((edge) => key(inferenceView(after, edge))).sort()).toEqual(
    before.edges.map((edge) => key(inferenceView(before, edge))).sort(),
  );
}

describe('Warrant → Argdown → Warrant', () => {
  it.each(MAPS)('%s keeps its statements, linked groups and relations', async (file) => {
    const map = await loadValidMap(file);
    expectSameArgument(map, await roundTrip(map));
  });

  it('keeps the map’s title and description', async () => {
    const map = await loadValidMap('tests/fixtures/maps/medium.json');
    const back = await roundTrip(map);
    expect(back.title).toBe(map.title);
    expect(back.description).toBe(map.description);
  });
});

describe('Warrant → Argdown → Warrant on generated maps', () => {
  // Valid Warrant ids only: `__proto__` is not one, and importers never hand out `constructor`.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f_g', 'H', 'x.y', 'n-1', 'Z:9'];
  const label = fc.oneof(
    fc.constantFrom(...HOSTILE_LABELS),
    fc.string({ minLength: 1, maxLength: 30 }).filter((text) => oneLine(text) !== ''),
  );
  const edgeSpec = fc.record({
    premises: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
    target: fc.nat({ max: 30 }),
    relation: fc.constantFrom(...RELATIONS),
    linkedNote: fc.option(label, { nil: undefined }),
  });
  const mapSpec = fc.record({
    size: fc.integer({ min: 2, max: 10 }),
    labels: fc.array(label, { minLength: 10, maxLength: 10 }),
    implicit: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    edges: fc.array(edgeSpec, { maxLength: 8 }),
  });

  type MapSpec = typeof mapSpec extends fc.Arbitrary<infer T> ? T : never;

  /**
   * A valid map from the spec, or undefined when the spec breaks a rule (a
   * ring of edges aimed at edges). A repeated relation is skipped: Argdown
   * has one relation per pair and type, so the importer merges repeats.
   */
  function build(spec: MapSpec) {
    const nodes: Statement[] = ids.slice(0, spec.size).map((id, i) => ({
      id,
      kind: i === 0 ? 'thesis' : 'claim',
      label: oneLine(spec.labels[i]!).slice(0, 200) || id,
      ...(spec.implicit[i] && i > 0 ? { implicit: true } : {}),
    }));
    const edges: ArgumentEdge[] = [];
    const seen = new Set<string>();
    spec.edges.forEach((edgeSpec, i) => {
      const premises = [...new Set(edgeSpec.premises.map((n) => nodes[n % nodes.length]!.id))];
      const targets = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
      const to = targets[edgeSpec.target % targets.length]!;
      const key = JSON.stringify([[...premises].sort(), to, edgeSpec.relation]);
      if (premises.includes(to) || seen.has(key)) return;
      seen.add(key);
      edges.push({
        id: `e${i}`,
        from: premises.length === 1 ? premises[0]! : premises,
        to,
        relation: edgeSpec.relation,
        ...(edgeSpec.linkedNote !== undefined ? { note: edgeSpec.linkedNote } : {}),
      });
    });
    const map: ArgumentMap = {
      schemaVersion: 2,
      id: 'generated',
      title: 'Generated',
      sections: [],
      nodes,
      edges,
    };
    const checked = validateMap(map);
    return checked.ok ? checked.value : undefined;
  }

  it(
    'keeps statements, linked groups and relations',
    async () => {
      await fc.assert(
        fc.asyncProperty(mapSpec, async (spec) => {
          const map = build(spec);
          fc.pre(map !== undefined);
          expectSameArgument(map, await roundTrip(map));
        }),
        { numRuns: RUNS },
      );
    },
    10_000 + RUNS * 30,
  );
});
