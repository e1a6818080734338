/**
 * The Kialo importer against size, depth and arbitrary input: bounded work,
 * no recursion, messages that never carry raw control characters, and a map
 * that always validates when the import succeeds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKialo } from '../../../bench/generate-kialo';
import { looksLikeKialo } from '../../../src/lib/io/formats/kialo';
import { importKialo } from '../../../src/lib/io/importers/kialo';
import { readMarkdown, unescapePlain } from '../../../src/lib/io/importers/kialo-text';
import { chooseImporter } from '../../../src/lib/io/importers/registry';
import type { Problem } from '../../../src/lib/model/problems';
import { validateMap } from '../../../src/lib/model/validate';

const RUNS = Number(process.env.FC_RUNS) || 200;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** What every result must satisfy, whatever the input. */
function expectWellFormed(text: string) {
  const started = performance.now();
  const result = importKialo(text);
  expect(performance.now() - started).toBeLessThan(1000);
  const problems: Problem[] = result.ok ? (result.warnings ?? []) : result.problems;
  for (const problem of problems) {
    expect(problem.path).toMatch(/^line \d+$/);
    expect(problem.message).not.toMatch(CONTROL);
    expect(problem.message.length).toBeLessThan(400);
  }
  if (result.ok) expect(validateMap(result.value).ok).toBe(true);
  return result;
}

describe('choosing the Kialo importer', () => {
  const kialo = 'Discussion Title: T\n\n1. A thesis\n';

  it('sniffs both headings, after a byte-order mark or blank lines, and nothing else', () => {
    expect(looksLikeKialo(kialo)).toBe(true);
    expect(looksLikeKialo('\uFEFF\r\n\r\nDiscussion Name:\r\nT\r\n')).toBe(true);
    expect(looksLikeKialo('Notes\nDiscussion Title: T\n')).toBe(false);
    expect(looksLikeKialo('{"schemaVersion": 2}')).toBe(false);
  });

  it('goes by content first, then by the ending', () => {
    expect(chooseImporter('a.txt', kialo)?.id).toBe('kialo');
    expect(chooseImporter('a.csv', kialo)?.id).toBe('kialo');
    expect(chooseImporter('a.json', kialo)?.id).toBe('kialo');
    // A .txt that is not Kialo is still Kialo's to refuse: no other format claims .txt.
    expect(chooseImporter('a.txt', 'Shopping list')?.id).toBe('kialo');
    expect(chooseImporter('a.json', '{"schemaVersion": 2}')?.id).toBe('warrant');
    expect(chooseImporter('a.csv', 'a,b,c')).toBeUndefined();
  });
});

describe('size and depth', () => {
  it('reads a generated 2,800-entry discussion completely', () => {
    const { text, counts } = generateKialo(2800, 7);
    const result = expectWellFormed(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Every entry but the `-> See` links is a statement, and each address an authority.
    expect(result.value.nodes).toHaveLength(counts.entries - counts.links + counts.addresses);
    for (const warning of result.warnings ?? []) {
      expect(warning.message).toMatch(/links to its own parent/);
    }
  });

  it('reads a chain of claims 2,000 levels deep without recursion', () => {
    const lines = ['Discussion Title: Deep', '', '1. Root'];
    let key = '1';
    for (let i = 0; i < 2000; i++) {
      key += '.1';
      lines.push(`${key}. ${i % 2 === 0 ? 'Pro' : 'Con'}: Level ${i + 2}`);
    }
    const result = expectWellFormed(lines.join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.nodes).toHaveLength(2001);
    expect(result.value.edges).toHaveLength(2000);
  });

  it('keeps a claim numbered 100,000 levels deep, abridging its number in the warning', () => {
    const text = `Discussion Title: x\n\n1. Root\n1.${'1.'.repeat(100_000)} Pro: Deep\n`;
    const result = expectWellFormed(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.nodes).toHaveLength(2);
    expect(result.warnings).toEqual([
      {
        path: 'line 4',
        message:
          'claim 1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1. (100001 levels deep) has no parent 1.1.1.1.1.1.1.1.1.1.….1.1.1.1.1.1. (100000 levels deep) in the file; kept as a separate part',
      },
    ]);
  });

  it('reads 300 linked premises that each name the 299 others (0.9 MB) into one edge', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `1.${i + 1}`);
    const lines = ['Discussion Title: Linked', '', '1. A thesis'];
    for (const key of keys) {
      const partners = keys.filter((other) => other !== key).join(' and ');
      lines.push(
        `${key}. Pro: P${key} (Warrant map: linked premise, works only together with ${partners}.)`,
      );
    }
    const result = expectWellFormed(lines.join('\n'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toBeUndefined();
    expect(result.value.edges).toEqual([{ id: 'e1.1', from: keys, to: '1', relation: 'supports' }]);
  });

  it('keeps 5,000 remarks about links that are not there as text, warning about the first 100', () => {
    const remarks = Array.from(
      { length: 5000 },
      (_, i) =>
        ` (Warrant map: 1.1.${i + 1}: undercut, objects to the step from 1.1 to 1, not to the claim above.)`,
    );
    const text = `Discussion Title: Many\n\n1. Root\n1.1. Pro: A claim${remarks.join('')}\n`;
    const result = expectWellFormed(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.nodes.find((n) => n.id === '1.1')!.text).toBe(`A claim${remarks.join('')}`);
    expect(result.warnings).toHaveLength(101);
    expect(result.warnings!.at(-1)!.message).toBe('and 4900 more warnings like these');
  });

  it('follows a chain of 5,000 -> See links, and stops at a ring', () => {
    const lines = ['Discussion Title: Links', '', '1. Root', '1.1. Pro: A claim'];
    for (let i = 2; i <= 5000; i++) lines.push(`1.${i}. Con: -> See 1.${i - 1}.`);
    const chained = expectWellFormed(lines.join('\n'));
    if (!chained.ok) throw new Error(JSON.stringify(chained.problems));
    expect(chained.value.nodes.map((n) => n.id)).toEqual(['1', '1.1']);
    expect(chained.value.edges.map((e) => `${String(e.from)} → ${e.to} ${e.relation}`)).toEqual([
      '1.1 → 1 supports',
      '1.1 → 1 opposes',
    ]);
    lines[3] = '1.1. Pro: -> See 1.5000.';
    const ring = expectWellFormed(lines.join('\n'));
    expect(ring.ok && ring.warnings?.map((w) => w.message)).toEqual([
      'claim 1.2. is part of a ring of "-> See" links that never reaches a claim; kept as a claim with its text',
    ]);
  });
});

describe('arbitrary input', () => {
  const number = fc
    .array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 6 })
    .map((parts) => `${parts.join('.')}.`);
  const words = fc.string({ unit: 'binary', maxLength: 40 });
  const line = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', '  ', '\t'),
        number,
        fc.constantFrom('Pro: ', 'Con: ', 'Thesis: ', 'Question: ', 'Pro:', ''),
        words,
      )
      .map(([indent, n, role, text]) => `${indent}${n} ${role}${text}`),
    fc.tuple(number, number).map(([n, target]) => `${n} Con: -> See ${target}`),
    fc.tuple(number, fc.nat(99)).map(([n, d]) => `${n} Pro: -> See discussion #${d}: x`),
    fc
      .tuple(words, fc.webUrl(), words)
      .map(([a, url, b]) => `${a}[${b}](${url}) [${a.length % 4}]`),
    fc.constantFrom('Sources:', '', '[1] https://example.org/a', '[2] not an address', '"quote"'),
    words,
  );
  const document = fc
    .tuple(
      fc.constantFrom('Discussion Title: T', 'Discussion Name:', 'Discussion Title:', ''),
      fc.array(line, { maxLength: 40 }),
      fc.constantFrom('\n', '\r\n', '\r'),
    )
    .map(([heading, lines, eol]) => [heading, ...lines].join(eol));

  it('never throws, and a map it returns always validates', () => {
    fc.assert(
      fc.property(document, (text) => {
        expectWellFormed(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('survives any text after a heading', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (rest) => {
        expectWellFormed(`Discussion Title: T\n\n1. A\n${rest}`);
        expectWellFormed(rest);
      }),
      { numRuns: RUNS },
    );
  });

  it(
    "never lets Warrant's remarks, with any numbers, break a map",
    () => {
      // Small numbers, so that remarks often name entries that are there.
      const key = fc
        .array(fc.integer({ min: 1, max: 3 }), { minLength: 0, maxLength: 2 })
        .map((parts) => ['1', ...parts].join('.'));
      const list = fc.array(key, { minLength: 1, maxLength: 3 }).map((keys) => keys.join(' and '));
      const remark = fc
        .tuple(
          fc.option(key, { nil: undefined }),
          fc.oneof(
            list.map((partners) => `linked premise, works only together with ${partners}.`),
            fc
              .tuple(list, key)
              .map(
                ([step, to]) =>
                  `undercut, objects to the step from ${step} to ${to}, not to the claim above.`,
              ),
            fc
              .tuple(list, key)
              .map(
                ([step, to]) =>
                  `backing, supports the step from ${step} to ${to}, not the claim above.`,
              ),
          ),
        )
        .map(
          ([subject, words]) =>
            ` (Warrant map: ${subject !== undefined ? `${subject}: ` : ''}${words})`,
        );
      const entry = fc
        .tuple(
          key.filter((k) => k !== '1'),
          fc.constantFrom('Pro', 'Con'),
          fc.oneof(
            fc.constantFrom('A claim', 'B'),
            key.map((k) => `-> See ${k}.`),
          ),
          fc.array(remark, { maxLength: 3 }),
        )
        .map(([k, role, text, remarks]) =>
          text.startsWith('->')
            ? `${k}. ${role}: ${text}`
            : `${k}. ${role}: ${text}${remarks.join('')}`,
        );
      const discussion = fc
        .tuple(fc.array(remark, { maxLength: 2 }), fc.array(entry, { maxLength: 25 }))
        .map(([rootRemarks, lines]) =>
          ['Discussion Title: T', '', `1. Root${rootRemarks.join('')}`, ...lines].join('\n'),
        );
      fc.assert(
        fc.property(discussion, (text) => {
          expectWellFormed(text);
        }),
        { numRuns: RUNS * 5 },
      );
    },
    10_000 + RUNS * 20,
  );

  it('reads a claim without links the same with and without markdown-it', () => {
    const piece = fc.constantFrom(
      '\\',
      '(',
      ')',
      ']',
      '*',
      '_',
      '&',
      'a',
      ' ',
      '\n',
      '!',
      '`',
      '{',
      'é',
      '#',
      '\t',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        // As the line reader gives it: lines trimmed, no CR.
        const body = pieces
          .join('')
          .split('\n')
          .map((line) => line.trim())
          .join('\n');
        expect(unescapePlain(body).trim()).toBe(readMarkdown(body, []).trim());
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
