/**
 * The AIF importer on hostile and broken input: arbitrary JSON, AIF-shaped
 * documents with colliding, numeric, huge and prototype-named ids, and
 * real files with random damage. It must never throw, must answer every
 * case within a second, and must either give a valid map or problems with
 * a JSON path, with no raw control character in any message.
 * FC_RUNS sets the number of runs (default 200).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAif, type AifFamily } from '../../../src/lib/io/importers/aif';
import type { Problem, Result } from '../../../src/lib/model/problems';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { validateMap } from '../../../src/lib/model/validate';
import { repoPath } from './export-helpers';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
/** Time for a property over real files: about 5 ms a run, measured, with room for a loaded machine. */
const LONG = 10_000 + RUNS.numRuns * 30;
/** IMPORTERS.md: nothing over a second per case. */
const CASE_LIMIT_MS = 1000;
// eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function wellFormed(run: () => Result<ArgumentMap>): void {
  const start = performance.now();
  const result = run();
  expect(performance.now() - start).toBeLessThan(CASE_LIMIT_MS);
  const said: Problem[] = result.ok ? (result.warnings ?? []) : result.problems;
  for (const { path, message } of said) {
    expect(path).toMatch(/^(\$|line \d+, column \d+)/);
    expect(message).toMatch(/\S/);
    expect(message).not.toMatch(RAW_CONTROL);
  }
  if (result.ok) {
    expect(validateMap(result.value).ok).toBe(true);
    expect(result.value.nodes.length).toBeGreaterThan(0);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(100);
  }
  expect(Object.prototype).not.toHaveProperty('polluted');
}

const FAMILIES: (AifFamily | undefined)[] = [undefined, 'aif', 'xaif', 'ova2', 'ova3'];

/** Id literals as JSON text: strings that break object keys, and numbers that break doubles. */
const ID_LITERALS = [
  '"1"',
  '1',
  '"2"',
  '2',
  '"__proto__"',
  '"constructor"',
  '"toString"',
  '""',
  '" "',
  '"a b/c"',
  '"\\u001b[31m"',
  '"\\u009b"',
  '9007199254740993',
  '9007199254740992',
  '1e309',
  '-0',
  '1.0',
  '3',
  '"3"',
  'null',
];
const TYPES = [
  'I',
  'I',
  'I',
  'RA',
  'RA',
  'CA',
  'CA',
  'MA',
  'PA',
  'L',
  'YA',
  'TA',
  '',
  '__proto__',
  'Event',
];

const idLiteral = fc.constantFrom(...ID_LITERALS);
/** The id an id literal stands for, so that `1` and `"1"` count as one. */
const idOf = (literal: string) => literal.replace(/^"(.*)"$/, '$1');
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('A : said', 'Participant Rachel: x', ''),
);

interface Shape {
  /** OVA2 names nodes `id` and nests node copies in edges; the rest say `nodeID`, `fromID`, `toID`. */
  ova2: boolean;
  wrapper: 'none' | 'xaif' | 'ova3';
}

const nodeText = (id: string, type: string, body: string, shape: Shape) =>
  `{"${shape.ova2 ? 'id' : 'nodeID'}": ${id}, "type": ${JSON.stringify(type)}, "text": ${JSON.stringify(body)}${shape.wrapper === 'ova3' ? ', "x": 1, "y": 2, "visible": true' : ''}}`;
const edgeText = (from: string, to: string, shape: Shape) =>
  shape.ova2
    ? `{"from": {"id": ${from}}, "to": {"id": ${to}}}`
    : `{"edgeID": 1, "fromID": ${from}, "toID": ${to}}`;

/**
 * AIF-family documents built as text, so that numeric ids keep their literal
 * form: mostly well-formed (distinct ids; each RA and CA node with premises
 * and a target among the nodes), with random extra edges, some to missing
 * nodes, and some repeated nodes.
 */
const aifDocument = fc
  .record({
    shape: fc.oneof(
      fc.constant<Shape>({ ova2: true, wrapper: 'none' }),
      fc.record({
        ova2: fc.constant(false),
        wrapper: fc.constantFrom<Shape['wrapper']>('none', 'xaif', 'ova3'),
      }),
    ),
    // Ids every node has; a missing or empty one is drawn by `anyId` below.
    ids: fc.uniqueArray(
      fc.constantFrom(...ID_LITERALS.filter((id) => id !== 'null' && id !== '""')),
      { selector: idOf, minLength: 1, maxLength: 20 },
    ),
  })
  .chain(({ shape, ids }) => {
    const known = fc.constantFrom(...ids);
    const anyId = fc.oneof({ weight: 9, arbitrary: known }, { weight: 1, arbitrary: idLiteral });
    const wiring = (id: string) =>
      fc
        .tuple(fc.array(known, { minLength: 1, maxLength: 3 }), known)
        .map(([premises, target]) => [
          ...premises.map((premise) => edgeText(premise, id, shape)),
          edgeText(id, target, shape),
        ]);
    return fc.record({
      shape: fc.constant(shape),
      nodes: fc.tuple(
        ...ids.map((id) =>
          fc.record({ type: fc.constantFrom(...TYPES), body: text }).chain(({ type, body }) =>
            (type === 'RA' || type === 'CA' ? wiring(id) : fc.constant([])).map((edges) => ({
              node: nodeText(id, type, body, shape),
              edges,
            })),
          ),
        ),
      ),
      repeats: fc.array(fc.nat(), { maxLength: 2 }),
      extraEdges: fc.array(
        fc.tuple(anyId, anyId).map(([from, to]) => edgeText(from, to, shape)),
        { maxLength: 10 },
      ),
      locutions: fc.array(
        fc
          .tuple(known, idLiteral)
          .map(([id, person]) => `{"nodeID": ${id}, "personID": ${person}}`),
        { maxLength: 5 },
      ),
      participants: fc.array(
        fc
          .record({ id: idLiteral, first: text, last: fc.constantFrom('None', 'Mo', '') })
          .map(
            ({ id, first, last }) =>
              `{"participantID": ${id}, "firstname": ${JSON.stringify(first)}, "surname": "${last}"}`,
          ),
        { maxLength: 3 },
      ),
    });
  })
  .map(({ shape, nodes, repeats, extraEdges, locutions, participants }) => {
    const all = [
      ...nodes.map(({ node }) => node),
      ...repeats.map((i) => nodes[i % nodes.length]!.node),
    ];
    const edges = [...nodes.flatMap((entry) => entry.edges), ...extraEdges];
    const body = `"nodes": [${all.join(',')}], "edges": [${edges.join(',')}], "locutions": [${locutions.join(',')}], "participants": [${participants.join(',')}]`;
    if (shape.wrapper === 'xaif') {
      return `{"AIF": {${body}}, "OVA": {"nodes": [], "edges": []}, "text": ""}`;
    }
    if (shape.wrapper === 'ova3') return `{${body}, "analysis": {"txt": ""}}`;
    return `{${body}}`;
  });

describe('AIF importer fuzzing', () => {
  it('survives arbitrary JSON values, read as each format', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...FAMILIES), (value, family) => {
        wellFormed(() => importAif(JSON.stringify(value), { family }));
      }),
      RUNS,
    );
  });

  it('survives AIF-shaped documents with hostile ids, types and edges', () => {
    fc.assert(
      fc.property(aifDocument, fc.constantFrom(...FAMILIES), (document, family) => {
        wellFormed(() => importAif(document, { family }));
      }),
      RUNS,
    );
  });

  it('survives any text, and any cut of a real file', () => {
    const real = readFileSync(repoPath('tests/fixtures/aif/real/papa_rebut_undercut.json'), 'utf8');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.nat({ max: real.length }).map((n) => real.slice(0, n)),
        ),
        (input) => wellFormed(() => importAif(input)),
      ),
      RUNS,
    );
  });

  it(
    'survives real files with nodes and edges removed, repeated or retyped',
    () => {
      const dir = repoPath('tests/fixtures/aif/real');
      // The files under 60 KB (33 of 38), so that many runs stay quick.
      const reals = readdirSync(dir)
        .filter((file) => file.endsWith('.json') && statSync(`${dir}/${file}`).size < 60_000)
        .map(
          (file) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>,
        )
        .filter((doc) =>
          Array.isArray((doc.AIF as Record<string, unknown> | undefined)?.nodes ?? doc.nodes),
        );
      const damage = fc.array(
        fc.record({
          list: fc.constantFrom('nodes', 'edges'),
          at: fc.nat(),
          how: fc.constantFrom('remove', 'repeat', 'retype', 'renumber', 'blank'),
          type: fc.constantFrom(...TYPES),
        }),
        { maxLength: 6 },
      );
      fc.assert(
        fc.property(fc.nat({ max: reals.length - 1 }), damage, (pick, harms) => {
          const doc = structuredClone(reals[pick]!);
          const root = (doc.AIF ?? doc) as Record<string, Record<string, unknown>[]>;
          for (const { list, at, how, type } of harms) {
            const items = root[list] ?? [];
            if (items.length === 0) continue;
            const i = at % items.length;
            const item = items[i]!;
            if (how === 'remove') items.splice(i, 1);
            else if (how === 'repeat') items.push(structuredClone(item));
            else if (how === 'retype') item.type = type;
            else if (how === 'renumber') item[list === 'nodes' ? 'nodeID' : 'toID'] = at;
            else item[list === 'nodes' ? 'text' : 'fromID'] = '';
          }
          wellFormed(() => importAif(JSON.stringify(doc)));
        }),
        RUNS,
      );
    },
    LONG,
  );

  it('refuses nesting too deep for an exact parse, in words', () => {
    const deep = `{"nodes": [{"nodeID": 1, "type": "I", "text": "x", "extra": ${'['.repeat(20_000)}${']'.repeat(20_000)}}], "edges": []}`;
    expect(importAif(deep)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'cannot read the numeric ids exactly: too deeply nested' }],
    });
    // With string ids the native parser alone reads it, at any depth it accepts.
    const stringIds = deep.replace('"nodeID": 1', '"nodeID": "1"');
    expect(importAif(stringIds).ok).toBe(true);
  });
});
