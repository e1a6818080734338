import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/lib/io/parse-json';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { DEFAULT_MAX_ELEMENTS, validateMap } from '../../../src/lib/model/validate';

const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const invalidDir = join(fixtures, 'invalid');
const smallText = readFileSync(join(fixtures, 'maps/small.txt'), 'utf8');
const small = (): ArgumentMap =>
  JSON.parse(readFileSync(join(fixtures, 'maps/small.json'), 'utf8')) as ArgumentMap;

/** Validates a fixture the way the CLI does: parsed from text, quotes checked against its source. */
function validateFixture(name: string) {
  const file = join(invalidDir, name);
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  const sourcePath = (parsed.value as ArgumentMap).source?.text;
  const sourceText =
    sourcePath === undefined ? undefined : readFileSync(resolve(dirname(file), sourcePath), 'utf8');
  return validateMap(parsed.value, sourceText === undefined ? {} : { sourceText });
}

/** Each invalid fixture breaks exactly one rule; `malformed.json` is covered by parse-json.test.ts. */
const CASES: [file: string, path: string, message: string][] = [
  [
    'schema-kind-enum.json',
    '$.nodes[1].kind',
    'must be one of "thesis", "claim", "evidence", "authority" (found "premise")',
  ],
  ['missing-required.json', '$.nodes[1]', 'missing required property "label"'],
  ['unknown-property.json', '$.edges[2]', 'unknown property "weight"'],
  [
    'duplicate-node-id.json',
    '$.nodes[3].id',
    'duplicate id "cooling" (already used at $.nodes[1].id)',
  ],
  [
    'duplicate-node-edge-id.json',
    '$.edges[1].id',
    'duplicate id "heat-study" (already used at $.nodes[2].id)',
  ],
  ['edge-missing-node.json', '$.edges[1].to', 'edge "e5" points to missing node or edge "ghost"'],
  ['self-loop.json', '$.edges[4]', 'edge "e5" is a self-loop on "cooling"'],
  ['unknown-section.json', '$.nodes[4].section', 'unknown section "appendix"'],
  [
    'quote-not-verbatim.json',
    '$.nodes[1].quote',
    'quote is not verbatim in the source text: "Trees cool the streets in winter"' +
      ' (it departs from the source after "Trees cool the streets in ")',
  ],
  ['wrong-schema-version.json', '$.schemaVersion', 'must be 2 (found 99)'],
  ['edge-targets-itself.json', '$.edges[1].to', 'edge "e2" targets itself'],
  [
    'edge-cycle.json',
    '$.edges[1].to',
    'edges "e2" → "e3" aim at each other in a ring, so none reaches a statement',
  ],
  ['linked-repeat.json', '$.edges[0].from', 'item 2 repeats item 0 ("a")'],
  [
    'linked-too-few.json',
    '$.edges[0].from',
    'linked premises need at least 2 statements (found ["a"])',
  ],
  [
    'reason-is-edge.json',
    '$.edges[1].from[1]',
    'edge "e2" reasons from edge "e1"; a reason must be a statement',
  ],
  [
    'implicit-quote.json',
    '$.nodes[1].quote',
    'node "a" is an implicit premise, so it cannot quote the source',
  ],
  ['proto-key.json', '$.nodes[1]', 'unknown property "__proto__"'],
];

describe('invalid fixtures', () => {
  it.each(CASES)('%s is reported at %s', (file, path, message) => {
    expect(validateFixture(file)).toEqual({ ok: false, problems: [{ path, message }] });
  });

  it('covers every fixture in tests/fixtures/invalid', () => {
    const listed = [...CASES.map(([file]) => file), 'malformed.json'].sort();
    expect(
      readdirSync(invalidDir)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(listed);
  });

  it('the valid fixture passes, returning the input itself', () => {
    const map = small();
    expect(validateMap(map, { sourceText: smallText })).toEqual({ ok: true, value: map });
  });
});

describe('quotes', () => {
  const withQuote = (quote: string, sourceText = smallText) => {
    const map = small();
    map.nodes[1]!.quote = quote;
    return validateMap(map, { sourceText });
  };
  const quoteProblems = (quote: string, sourceText?: string) => {
    const result = withQuote(quote, sourceText);
    return result.ok ? [] : result.problems.filter((p) => p.path === '$.nodes[1].quote');
  };

  it('ignores how the quote wraps', () => {
    expect(withQuote('Trees cool\n      the streets\tin summer').ok).toBe(true);
    expect(withQuote('  summer, as the 2019\r\nheat study  ').ok).toBe(true);
    // Across a line break of the source.
    expect(withQuote('heat study showed. Some say').ok).toBe(true);
  });

  it('rejects a quote with one changed character', () => {
    expect(quoteProblems('Trees cool the streets in summex')).toEqual([
      {
        path: '$.nodes[1].quote',
        message:
          'quote is not verbatim in the source text: "Trees cool the streets in summex"' +
          ' (it departs from the source after "Trees cool the streets in summe")',
      },
    ]);
  });

  it('rejects whitespace inserted inside a word', () => {
    expect(quoteProblems('Trees co ol the streets')).toHaveLength(1);
  });

  it('treats typographic and straight apostrophes as different', () => {
    const source = 'Critics say trees don’t pay for themselves.';
    expect(quoteProblems('trees don’t pay', source)).toEqual([]);
    expect(quoteProblems("trees don't pay", source)[0]?.message).toContain(
      `not verbatim in the source text: "trees don't pay"`,
    );
    expect(quoteProblems('trees don’t pay', "trees don't pay")).toHaveLength(1);
  });

  it('rejects a blank quote, which would otherwise match any source', () => {
    expect(quoteProblems(' \n\t ')).toEqual([
      { path: '$.nodes[1].quote', message: 'quote is blank' },
    ]);
  });

  it('truncates a long quote in the message', () => {
    const message = quoteProblems('x'.repeat(500))[0]?.message ?? '';
    expect(message).toBe(`quote is not verbatim in the source text: "${'x'.repeat(59)}…"`);
  });

  it('does not check quotes without a source text', () => {
    const map = small();
    map.nodes[1]!.quote = 'nowhere in the source';
    expect(validateMap(map).ok).toBe(true);
  });
});

describe('__proto__ keys', () => {
  it('neither pollutes Object.prototype nor passes', () => {
    const text = JSON.stringify(small()).replace(/^\{/, '{"__proto__": {"polluted": true}, ');
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(true);
    const result = validateMap(parsed.ok ? parsed.value : null, { sourceText: smallText });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'unknown property "__proto__"' }],
    });
  });

  it('keeps the parsed node an ordinary object', () => {
    const parsed = parseJson(readFileSync(join(invalidDir, 'proto-key.json'), 'utf8'));
    const node = (parsed.ok ? (parsed.value as ArgumentMap).nodes[1] : undefined) as object;
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
    expect(Object.keys(node)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('maps in several parts', () => {
  it('accepts them, and warns under --strict only', () => {
    const file = join(fixtures, 'strict/disconnected-node.json');
    const input = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const sourceText = readFileSync(join(fixtures, 'maps/small.txt'), 'utf8');
    const loose = validateMap(input, { sourceText });
    expect(loose.ok && loose.warnings).toBe(undefined);
    const strict = validateMap(input, { sourceText, strict: true });
    expect(strict.ok).toBe(true);
    expect(strict.ok && strict.warnings).toEqual([
      { path: '$.nodes[5]', message: 'node "island" is not connected to the rest of the map' },
    ]);
  });

  it('warns of every node outside the thesis part, even when that part is smaller', () => {
    const map = small();
    // Cut e1 and e3: the thesis is alone, the other four form a larger part.
    map.edges = map.edges.filter((edge) => edge.to !== 'thesis');
    map.edges.push({ id: 'e5', from: 'cooling', to: 'cost-objection', relation: 'opposes' });
    const result = validateMap(map, { strict: true });
    expect(result.ok ? result.warnings?.map((p) => p.path) : result.problems).toEqual([
      '$.nodes[1]',
      '$.nodes[2]',
      '$.nodes[3]',
      '$.nodes[4]',
    ]);
  });

  it('without a thesis, keeps the largest part', () => {
    const map = small();
    map.nodes[0]!.kind = 'claim';
    map.edges = map.edges.filter((edge) => edge.id !== 'e3');
    expect(validateMap(map, { strict: true })).toEqual({
      ok: true,
      value: map,
      warnings: [
        {
          path: '$.nodes[3]',
          message: 'node "cost-objection" is not connected to the rest of the map',
        },
        { path: '$.nodes[4]', message: 'node "cheaper" is not connected to the rest of the map' },
      ],
    });
  });

  it('accepts a map whose only node is the thesis', () => {
    const map = small();
    map.nodes = [{ id: 'thesis', kind: 'thesis', label: 'Cities should plant more trees' }];
    map.edges = [];
    expect(validateMap(map, { strict: true })).toEqual({ ok: true, value: map });
  });

  it('counts a statement undercutting an inference as part of that inference', () => {
    const map = small();
    map.nodes.push({ id: 'doubt', kind: 'claim', label: 'The study measured one street' });
    map.edges.push({ id: 'u1', from: 'doubt', to: 'e2', relation: 'opposes' });
    expect(validateMap(map, { strict: true })).toEqual({ ok: true, value: map });
  });
});

describe('edges', () => {
  it('says an edge comes from a missing node', () => {
    const map = small();
    map.edges[0]!.from = 'ghost';
    const result = validateMap(map);
    expect(result.ok ? [] : result.problems[0]).toEqual({
      path: '$.edges[0].from',
      message: 'edge "e1" comes from missing node "ghost"',
    });
  });
});

describe('size limit', () => {
  const generated = (claims: number): ArgumentMap => ({
    ...small(),
    nodes: [
      { id: 'thesis', kind: 'thesis', label: 'T' },
      ...Array.from({ length: claims }, (_, i) => ({
        id: `c${i}`,
        kind: 'claim' as const,
        label: 'C',
      })),
    ],
    edges: Array.from({ length: claims }, (_, i) => ({
      id: `e${i}`,
      from: `c${i}`,
      to: 'thesis',
      relation: 'supports' as const,
    })),
  });

  it('fails fast on more than maxElements nodes and edges, giving the count', () => {
    expect(validateMap(generated(5), { maxElements: 10 })).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'has 11 nodes and edges; at most 10 are supported' }],
    });
    expect(validateMap(generated(5), { maxElements: 11 }).ok).toBe(true);
  });

  it('checks the count before the schema (else each null node would be a problem)', () => {
    const huge = { nodes: new Array(DEFAULT_MAX_ELEMENTS).fill(null), edges: [null] };
    expect(validateMap(huge)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'has 50001 nodes and edges; at most 50000 are supported' }],
    });
  });
});

describe('schema messages', () => {
  const problemsOf = (edit: (map: ArgumentMap & Record<string, unknown>) => void) => {
    const map = small() as ArgumentMap & Record<string, unknown>;
    edit(map);
    const result = validateMap(map);
    return result.ok ? [] : result.problems;
  };

  it('explain types, lengths, patterns and duplicates plainly', () => {
    expect(
      problemsOf((map) => {
        (map.nodes[0] as unknown as Record<string, unknown>).label = 7;
        map.nodes[1]!.label = '';
        map.nodes[2]!.label = 'x'.repeat(201);
        map.nodes[3]!.tags = ['cost', 'cost'];
        map.nodes[4]!.id = 'bad id';
        map.source!.date = 'January 2026';
        map.nodes[0]!.order = -1;
      }),
    ).toEqual([
      {
        path: '$.source.date',
        message: 'must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) (found "January 2026")',
      },
      { path: '$.nodes[0].label', message: 'must be a string (found 7)' },
      { path: '$.nodes[0].order', message: 'must be at least 0 (found -1)' },
      { path: '$.nodes[1].label', message: 'must not be empty' },
      { path: '$.nodes[2].label', message: 'must be at most 200 characters long (is 201)' },
      { path: '$.nodes[3].tags', message: 'item 1 repeats item 0 ("cost")' },
      {
        path: '$.nodes[4].id',
        message:
          'must be an identifier of letters, digits, "_", ".", ":" or "-", starting with a letter or digit (found "bad id")',
      },
    ]);
  });

  it('caps the report at 100 problems', () => {
    const problems = problemsOf((map) => {
      map.edges = Array.from({ length: 150 }, () => ({}) as ArgumentMap['edges'][number]);
    });
    expect(problems).toHaveLength(100);
    expect(problems[0]).toEqual({ path: '$.edges[0]', message: 'missing required property "id"' });
  });

  it('reports a non-object map at the root', () => {
    expect(validateMap([1])).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'must be an object (found [1])' }],
    });
  });
});
