/**
 * The Argdown importer on generated text: lines of Argdown syntax, hostile
 * titles, data, Markdown fences and control characters, in any order. It
 * must never throw, must answer each case within a second (the contract for
 * importers; a hang is what this catches), and must give either a valid map
 * or problems placed by line and column whose messages carry no control
 * characters. FC_RUNS raises the number of cases (default 200).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { validateMap } from '../../../src/lib/model/validate';

const RUNS = Number(process.env.FC_RUNS ?? 200);
/** A few milliseconds a case, generously: the per-case bound above is what matters. */
const TIMEOUT = 10_000 + RUNS * 20;

const title = fc.constantFrom(
  'A',
  'B',
  'Thesis 1',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Ökonomie',
  'x]y',
  '',
  ' ',
);

const text = fc.oneof(
  fc.constantFrom('some words', 'a claim #tag', '#(two words)', '**bold** _it_', ':heart: .A.'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

const element = fc.oneof(
  fc.tuple(title, text).map(([t, x]) => `[${t}]: ${x}`),
  fc.tuple(title, text).map(([t, x]) => `<${t}>: ${x}`),
  title.map((t) => `[${t}]`),
  title.map((t) => `<${t}>`),
  text,
);

const relation = fc.constantFrom('+', '-', '_', '+>', '->', '_>', '<+', '<-', '<_', '><');

const data = fc.oneof(
  fc.constantFrom(
    '{kind: "thesis"}',
    '{warrant: "placeholder"}',
    '{__proto__: {polluted: true}}',
    '{constructor: {prototype: {polluted: true}}}',
    '{uses: [1, 2]}',
    '{uses: [9, -1, "x"]}',
    '{scheme: "analogy"}',
    '{implicit: true, quote: "q"}',
    '{order: -3, citation: {title: 3}}',
    '{x: [1,}',
    '{',
  ),
  fc.json({ maxDepth: 2 }).map((json) => `{v: ${json}}`),
);

const line = fc.oneof(
  { weight: 4, arbitrary: element },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.nat({ max: 8 }), relation, element)
      .map(([indent, rel, el]) => `${' '.repeat(indent)}${rel} ${el}`),
  },
  { weight: 2, arbitrary: fc.tuple(element, data).map(([el, d]) => `${el} ${d}`) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.nat({ max: 12 }), element)
      .map(([n, el]) => `(${n}) ${el.replace(/^<[^>]*>: /, '')}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '----',
      '--',
      '-- Modus ponens --',
      '-- Argument from analogy {uses: [1]} --',
      '===',
      'title: x',
      'model:',
      '  mode: strict',
      '# Heading',
      '## Sub #tag',
      '@include(x.argdown)',
      '```argdown',
      '```',
      '~~~argdown-map',
      '// comment',
      '/* comment */',
      '<!-- html -->',
      '',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
);

const document = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

/**
 * Well-formed blocks over a few shared titles, so that statements meet
 * again across trees and structures, arguments undercut and back each
 * other, and the exporter's stand-ins turn up where they fold and where
 * they do not. Random line soup rarely parses; this reaches the mapping.
 */
const statementTitle = fc.constantFrom(
  'A',
  'B',
  'C',
  'D',
  '__proto__',
  'toString',
  'Ökonomie',
  'x y',
);
const argumentTitle = fc.constantFrom('P', 'Q', 'R', 'constructor', '__proto__');
const words = fc.constantFrom(
  'a reason',
  'a claim #tag',
  'text {kind: "evidence"}',
  'x {warrant: "placeholder"}',
  '',
);
const statementLine = fc
  .tuple(statementTitle, words)
  .map(([t, w]) => (w === '' ? `[${t}]` : `[${t}]: ${w}`));
const target = fc.oneof(
  statementLine,
  argumentTitle.map((t) => `<${t}>`),
);
const tree = fc
  .tuple(
    statementLine,
    fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), relation, target), { maxLength: 5 }),
  )
  .map(([root, children]) =>
    [root, ...children.map(([depth, rel, t]) => `${'  '.repeat(depth)}${rel} ${t}`)].join('\n'),
  );
const pcs = fc
  .tuple(
    argumentTitle,
    fc.array(fc.tuple(relation, target), { maxLength: 2 }),
    fc.array(
      fc.tuple(
        fc.array(statementLine, { minLength: 1, maxLength: 3 }),
        statementLine,
        fc.constantFrom(
          '----',
          '-- Modus ponens --',
          '-- {uses: [1]} --',
          '-- Argument from analogy --',
        ),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([title, relations, steps]) => {
    const lines = [`<${title}>`, ...relations.map(([rel, t]) => `  ${rel} ${t}`), ''];
    let n = 0;
    for (const [premises, conclusion, bar] of steps) {
      for (const premise of premises) lines.push(`(${++n}) ${premise}`);
      lines.push(bar, `(${++n}) ${conclusion}`);
    }
    return lines.join('\n');
  });
const structured = fc
  .array(fc.oneof(tree, pcs, fc.constantFrom('# Heading', '===\nmodel:\n  mode: strict\n===')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((blocks) => blocks.join('\n\n'));

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

async function check(input: string, fileName: string): Promise<void> {
  const started = performance.now();
  const result = await importArgdown(input, { fileName });
  expect(performance.now() - started).toBeLessThan(1000);
  if (result.ok) {
    const again = validateMap(structuredClone(result.value));
    expect(again.ok ? [] : again.problems).toEqual([]);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).toMatch(/^line \d+, column \d+$/);
      expect(problem.message).not.toMatch(CONTROL);
    }
  }
  expect('polluted' in Object.prototype).toBe(false);
}

describe('Argdown importer fuzz', () => {
  it(
    'never throws on generated Argdown, and answers with a map or placed problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(document, (input) => check(input, 'fuzz.argdown')),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'maps well-formed documents over shared titles to valid maps or placed problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(structured, (input) => check(input, 'fuzz.argdown')),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'does the same for Markdown with generated blocks',
    async () => {
      const markdown = fc
        .array(fc.tuple(fc.constantFrom('Prose.', '# Heading', ''), document, fc.boolean()), {
          maxLength: 4,
        })
        .map((blocks) =>
          blocks
            .map(
              ([prose, body, closed]) => `${prose}\n\`\`\`argdown\n${body}\n${closed ? '```' : ''}`,
            )
            .join('\n'),
        );
      await fc.assert(
        fc.asyncProperty(markdown, (input) => check(input, 'fuzz.md')),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
