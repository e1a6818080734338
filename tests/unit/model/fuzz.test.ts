import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/io/parse-json';
import type { ArgumentEdge, ArgumentMap, Statement } from '../../../src/lib/model/types';
import { validateMap } from '../../../src/lib/model/validate';
import type { Result } from '../../../src/lib/model/problems';
import { runs } from '../../support/property';
import { binaryString } from '../../support/arbitraries';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/maps');
const smallJson = readFileSync(resolve(fixtures, 'small.json'), 'utf8');
const sourceText = readFileSync(resolve(fixtures, 'small.txt'), 'utf8');
const small = () => JSON.parse(smallJson) as unknown;
const RUNS = runs(200);

/** A result is either ok with the input itself, or carries problems located by JSONPath. */
function expectWellFormed(input: unknown, result: Result<ArgumentMap>): void {
  if (result.ok) {
    expect(result.value).toBe(input);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(100);
  for (const problem of result.problems) {
    expect(problem.path).toMatch(/^\$/);
    expect(problem.message).toMatch(/\S/);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Location = { path: string; parent: Json[] | Record<string, Json>; key: string | number };

/** Every value inside `root` (not the root itself), with its JSONPath and its container. */
function locations(root: Json, path = '$'): Location[] {
  if (root === null || typeof root !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root);
  return entries.flatMap(([key, value]) => {
    const child = typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`;
    return [{ path: child, parent: root, key }, ...locations(value, child)];
  });
}

/** The required properties of the object at `path` of a map, after the schema. */
function requiredAt(path: string): string[] {
  if (path === '$') return ['schemaVersion', 'id', 'title', 'sections', 'nodes', 'edges'];
  if (path === '$.source') return ['title'];
  if (/^\$\.sections\[\d+\]$/.test(path)) return ['id', 'title'];
  if (/^\$\.nodes\[\d+\]$/.test(path)) return ['id', 'kind', 'label'];
  if (/^\$\.nodes\[\d+\]\.citation$/.test(path)) return ['title'];
  if (/^\$\.edges\[\d+\]$/.test(path)) return ['id', 'from', 'to', 'relation'];
  return [];
}

describe('validateMap never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(value, validateMap(value, { sourceText }));
      }),
      RUNS,
    );
  });

  it('on arbitrary values in place of the map parts', () => {
    const part = fc.constantFrom('source', 'sections', 'nodes', 'edges', 'id', 'schemaVersion');
    fc.assert(
      fc.property(part, fc.jsonValue(), (key, value) => {
        const map = { ...(small() as Record<string, unknown>), [key]: value };
        expectWellFormed(map, validateMap(map, { sourceText }));
      }),
      RUNS,
    );
  });

  it('on small.json with one property dropped, reporting a dropped required one', () => {
    const count = locations(small() as Json).filter((l) => !Array.isArray(l.parent)).length;
    fc.assert(
      fc.property(fc.nat(count - 1), (index) => {
        const map = small() as Json;
        const target = locations(map).filter((l) => !Array.isArray(l.parent))[index]!;
        delete (target.parent as Record<string, Json>)[target.key];
        const parentPath = target.path.slice(0, target.path.lastIndexOf('.'));
        const result = validateMap(map, { sourceText });
        expectWellFormed(map, result);
        if (requiredAt(parentPath).includes(String(target.key))) {
          expect(result.ok ? [] : result.problems).toContainEqual({
            path: parentPath,
            message: `missing required property "${String(target.key)}"`,
          });
        }
      }),
      RUNS,
    );
  });

  it('on small.json with one value replaced by an arbitrary JSON value', () => {
    const count = locations(small() as Json).length;
    fc.assert(
      fc.property(fc.nat(count - 1), fc.jsonValue(), (index, replacement) => {
        const map = small() as Json;
        const target = locations(map)[index]!;
        (target.parent as Record<string | number, Json>)[target.key] = replacement as Json;
        expectWellFormed(map, validateMap(map, { sourceText }));
      }),
      RUNS,
    );
  });
});

describe('parseJson never throws', () => {
  const checkParse = (text: string) => {
    let expected: unknown;
    let valid = true;
    try {
      expected = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      valid = false;
    }
    const result = parseJson(text);
    if (valid) {
      expect(result).toEqual({ ok: true, value: expected });
    } else {
      // Every syntax error is located, whatever V8 says.
      expect(result.ok ? [] : result.problems).toEqual([
        {
          path: expect.stringMatching(/^line [1-9]\d*, column [1-9]\d*$/),
          message: expect.stringMatching(/^invalid JSON: \S/),
        },
      ]);
    }
  };

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), checkParse), RUNS);
    fc.assert(fc.property(binaryString(), checkParse), RUNS);
  });

  it('on small.json with a character deleted, inserted or replaced', () => {
    const edit = fc.record({
      at: fc.nat(smallJson.length - 1),
      remove: fc.integer({ min: 0, max: 2 }),
      insert: fc.string({ unit: fc.constantFrom(...'{}[],:"\\ \n0-etx'.split('')), maxLength: 2 }),
    });
    fc.assert(
      fc.property(edit, ({ at, remove, insert }) => {
        checkParse(smallJson.slice(0, at) + insert + smallJson.slice(at + remove));
      }),
      RUNS,
    );
  });

  it('on serialized JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => checkParse(JSON.stringify(value, null, 2))),
      RUNS,
    );
  });
});

/** A random valid tree: a thesis, then claims each bearing on an earlier node. */
const validMap = fc
  .array(
    fc.record({
      parent: fc.nat(),
      kind: fc.constantFrom('claim', 'evidence', 'authority'),
      relation: fc.constantFrom('supports', 'opposes'),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .map((claims): ArgumentMap => {
    const nodes: Statement[] = [{ id: 'thesis', kind: 'thesis', label: 'The thesis' }];
    const edges: ArgumentEdge[] = [];
    claims.forEach((claim, i) => {
      const id = `n${i + 1}`;
      nodes.push({ id, kind: claim.kind, label: `Statement ${i + 1}` });
      const to = nodes[claim.parent % (i + 1)]!.id;
      edges.push({ id: `e${i + 1}`, from: id, to, relation: claim.relation });
    });
    return { ...(small() as ArgumentMap), nodes, edges };
  });

describe('generated maps', () => {
  it('valid trees always validate', () => {
    fc.assert(
      fc.property(validMap, (map) => {
        expect(validateMap(map, { sourceText })).toEqual({ ok: true, value: map });
      }),
      RUNS,
    );
  });

  it("removing an edge's target node always yields a missing node problem", () => {
    fc.assert(
      fc.property(validMap, fc.nat(), (map, pick) => {
        const index = pick % map.edges.length;
        const target = map.edges[index]!.to;
        map.nodes = map.nodes.filter((node) => node.id !== target);
        const result = validateMap(map);
        expect(result.ok ? [] : result.problems).toContainEqual({
          path: `$.edges[${index}].to`,
          message: `edge "e${index + 1}" points to missing node or edge "${target}"`,
        });
      }),
      RUNS,
    );
  });

  it('quotes match however their whitespace is rewrapped', () => {
    const words = sourceText.split(/\s+/).filter(Boolean);
    const quote = fc.tuple(fc.nat(words.length - 1), fc.nat(words.length - 1)).chain(([a, b]) => {
      const slice = words.slice(Math.min(a, b), Math.max(a, b) + 1);
      const gaps = fc.array(fc.stringMatching(/^[ \t\r\n]{1,3}$/), {
        minLength: slice.length,
        maxLength: slice.length,
      });
      return gaps.map((gap) => slice.map((word, i) => word + gap[i]).join(''));
    });
    fc.assert(
      fc.property(validMap, quote, (map, text) => {
        map.nodes[0]!.quote = text;
        expect(validateMap(map, { sourceText }).ok).toBe(true);
        map.nodes[0]!.quote = `${text}\u2019`;
        expect(validateMap(map, { sourceText }).ok).toBe(false);
      }),
      RUNS,
    );
  });
});
