/**
 * Warrant → Kialo → Warrant on generated format-2 maps: linked premises,
 * undercuts and backings (also of each other), statements bearing on
 * several others (written once, linked with `-> See`) and rings, all come
 * back through Warrant's remarks; and on a chain deeper than the exporter
 * nests, whose structure at the bottom comes back too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKialo } from '../../../src/lib/io/exporters/kialo';
import { MAX_LEVEL } from '../../../src/lib/io/exporters/kialo-tree';
import { importKialo } from '../../../src/lib/io/importers/kialo';
import { oneLine } from '../../../src/lib/io/text';
import {
  RELATIONS,
  SCHEMA_VERSION,
  type ArgumentEdge,
  type ArgumentMap,
  type Statement,
} from '../../../src/lib/model/types';
import { validateMap } from '../../../src/lib/model/validate';
import { HOSTILE_LABELS } from './export-helpers';
import { kept, keptAfterImport, readBack } from './kialo-round-trip';

const RUNS = Number(process.env.FC_RUNS) || 200;

describe('Warrant → Kialo → Warrant on generated maps', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f_g', 'H', 'x.y', 'n-1', 'Z:9'];
  const label = fc.oneof(
    fc.constantFrom(
      ...HOSTILE_LABELS,
      '(Warrant map: linked premise, works only together with 1.1.)',
    ),
    fc.string({ maxLength: 30 }),
  );
  const edgeSpec = fc.record({
    premises: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
    target: fc.nat({ max: 30 }),
    relation: fc.constantFrom(...RELATIONS),
  });
  const mapSpec = fc.record({
    size: fc.integer({ min: 2, max: 10 }),
    labels: fc.array(label, { minLength: 10, maxLength: 10 }),
    theses: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    implicit: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    edges: fc.array(edgeSpec, { maxLength: 10 }),
  });

  type MapSpec = typeof mapSpec extends fc.Arbitrary<infer T> ? T : never;

  /**
   * A valid map from the spec, or undefined when the spec breaks a rule (a
   * ring of edges aimed at edges). Labels end in the statement's id, so
   * each is distinct and a relation rebuilt between the wrong statements
   * shows. A repeated relation is skipped: the importer merges repeats.
   */
  function build(spec: MapSpec): ArgumentMap | undefined {
    const nodes: Statement[] = ids.slice(0, spec.size).map((id, i) => ({
      id,
      kind: i === 0 || spec.theses[i] ? 'thesis' : 'claim',
      label: `${oneLine(spec.labels[i]!).slice(0, 150)} (${id})`.trim(),
      ...(spec.implicit[i] && i > 0 ? { implicit: true } : {}),
    }));
    const edges: ArgumentEdge[] = [];
    const seen = new Set<string>();
    spec.edges.forEach((edgeSpec, i) => {
      const premises = [...new Set(edgeSpec.premises.map((n) => nodes[n % nodes.length]!.id))];
      const targets = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
      const to = targets[edgeSpec.target % targets.length]!;
      const key = JSON.stringify([premises, to, edgeSpec.relation]);
      if (premises.includes(to) || seen.has(key)) return;
      seen.add(key);
      edges.push({
        id: `e${i}`,
        from: premises.length === 1 ? premises[0]! : premises,
        to,
        relation: edgeSpec.relation,
      });
    });
    const checked = validateMap({
      schemaVersion: SCHEMA_VERSION,
      id: 'generated',
      title: 'Generated',
      sections: [],
      nodes,
      edges,
    });
    return checked.ok ? checked.value : undefined;
  }

  it(
    'keeps statements, linked premises, undercuts, backings and relations',
    () => {
      fc.assert(
        fc.property(mapSpec, (spec) => {
          const map = build(spec);
          fc.pre(map !== undefined);
          expect(keptAfterImport(readBack(exportKialo(map)))).toEqual(kept(map));
        }),
        { numRuns: RUNS },
      );
    },
    10_000 + RUNS * 10,
  );

  // One change to an export's lines: what a hand edit or a partial copy does.
  const mutation = fc.record({
    kind: fc.constantFrom('drop', 'copy', 'digit', 'stance', 'cut'),
    line: fc.nat(),
    at: fc.nat(),
    digit: fc.integer({ min: 1, max: 4 }),
  });
  type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

  function mutate(lines: string[], { kind, line, at, digit }: Mutation): string[] {
    const i = 2 + (line % Math.max(1, lines.length - 2));
    const text = lines[i] ?? '';
    const digits = [...text.matchAll(/\d/g)].map((match) => match.index);
    const changed: Record<Mutation['kind'], () => string[]> = {
      drop: () => [text],
      copy: () => [text, text],
      digit: () => {
        const where = digits[at % Math.max(1, digits.length)];
        return [
          where === undefined ? text : `${text.slice(0, where)}${digit}${text.slice(where + 1)}`,
        ];
      },
      stance: () => [
        text.replace(/ (Pro|Con): /, (_, role) => (role === 'Pro' ? ' Con: ' : ' Pro: ')),
      ],
      cut: () => [text.slice(0, text.length - 1 - (at % 20))],
    };
    const replacement = kind === 'drop' ? [] : changed[kind]();
    return [...lines.slice(0, i), ...replacement, ...lines.slice(i + 1)];
  }

  it(
    'reads a damaged export into a valid map, whatever fits of its remarks',
    () => {
      fc.assert(
        fc.property(
          mapSpec,
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (spec, changes) => {
            const map = build(spec);
            fc.pre(map !== undefined);
            const lines = changes.reduce(mutate, exportKialo(map).split('\n'));
            const result = importKialo(lines.join('\n'));
            // Refused only when no claim is left; else read, and valid.
            if (!result.ok)
              expect(result.problems[0]!.message).toMatch(
                /^the discussion has a title but no claims/,
              );
            else expect(validateMap(result.value).ok).toBe(true);
            const problems = result.ok ? (result.warnings ?? []) : result.problems;
            for (const problem of problems) expect(problem.path).toMatch(/^line \d+$/);
          },
        ),
        { numRuns: RUNS },
      );
    },
    10_000 + RUNS * 10,
  );

  it(`keeps linked premises and an undercut below level ${MAX_LEVEL}, where claims start new theses`, () => {
    const depth = MAX_LEVEL;
    const nodes: Statement[] = Array.from({ length: depth + 1 }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? 'thesis' : 'claim',
      label: `Level ${i}`,
    }));
    nodes.push(
      { id: 'x', kind: 'claim', label: 'One linked premise' },
      { id: 'y', kind: 'claim', label: 'The other linked premise' },
      { id: 'u', kind: 'claim', label: 'An undercut' },
    );
    const edges: ArgumentEdge[] = nodes.slice(1, depth + 1).map((node, i) => ({
      id: `e${i}`,
      from: node.id,
      to: `n${i}`,
      relation: 'supports',
    }));
    edges.push(
      { id: 'g', from: ['x', 'y'], to: `n${depth}`, relation: 'opposes' },
      { id: 'cut', from: 'u', to: 'g', relation: 'opposes' },
    );
    const map: ArgumentMap = {
      schemaVersion: SCHEMA_VERSION,
      id: 'deep',
      title: 'Deep',
      sections: [],
      nodes,
      edges,
    };
    expect(validateMap(map).ok).toBe(true);
    const text = exportKialo(map);
    // The premises stand as theses of their own, linked from under their conclusion.
    expect(text).toMatch(/: One linked premise\n/);
    expect(text).toMatch(
      /\(Warrant map: [\d.]+: linked premise, works only together with [\d.]+\.\)/,
    );
    // Relations come back whole; the premises are theses now, as written.
    const back = readBack(text);
    expect(kept(back).relations).toEqual(kept(map).relations);
    expect(kept(back).relations).toContain(
      'An undercut → [One linked premise + The other linked premise → Level 64] (opposes)',
    );
  });
});
