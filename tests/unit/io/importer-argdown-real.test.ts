/**
 * Every real Argdown file in tests/fixtures/argdown/real (copied from the
 * collection in ../shared/interop/argdown, see SOURCES.txt there): which
 * import, with how many statements, relations (edges), linked groups and
 * theses, and which are refused with which first problem. A file that
 * should import and does not fails the test, and so does a file nobody
 * has put in the table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseImporter } from '../../../src/lib/io/importers/registry';
import { parseArgdown } from '../../../src/lib/io/importers/argdown-parse';
import type { Endpoint } from '../../../src/lib/io/importers/argdown-document';
import { repoPath } from './export-helpers';

type Expected =
  { statements: number; relations: number; linked: number; theses: number } | { refused: string };

const INCLUDE_REFUSED =
  'line 3, column 1: @include reads other files, which Warrant cannot do when it opens one file; paste the included text in its place';

const TABLE: Record<string, Expected> = {
  // A font demo: ligatures shown on lines that are not valid Argdown for @argdown/core.
  'ArgVu_demo.argdown': {
    refused:
      'line 10, column 8: Invalid statement content. An argument reference (<Argument Title>) or definition (<Argument Title>:) can not be used as premise or conclusion within a premise-conclusion-structure. Use statement references ([Statement Title]) or definitions ([Statement Title]:) instead.',
  },
  'Populism-Core-Argument-Argdown-Example.argdown': {
    statements: 79,
    relations: 41,
    linked: 17,
    theses: 1,
  },
  '_partial1.argdown': { refused: INCLUDE_REFUSED },
  '_partial2.argdown': { refused: INCLUDE_REFUSED },
  'argdown-primer.argdown': { statements: 20, relations: 11, linked: 1, theses: 2 },
  'argdown_core_export_fixture.argdown': { statements: 8, relations: 6, linked: 1, theses: 2 },
  'cli_include-test.argdown': { refused: INCLUDE_REFUSED },
  'greenspan-schefczyk_hardwrap.argdown': { statements: 38, relations: 11, linked: 5, theses: 2 },
  'legalisation-softdrugs.argdown': { statements: 18, relations: 19, linked: 0, theses: 1 },
  // Eight blocks of one debate growing, merged by title.
  'md_a-first-example.md': { statements: 45, relations: 31, linked: 10, theses: 2 },
  'semmelweis_betz.argdown': { statements: 32, relations: 22, linked: 10, theses: 7 },
  'state-censorship.argdown': { statements: 28, relations: 14, linked: 10, theses: 1 },
  'test_lexer-comment.argdown': { statements: 5, relations: 1, linked: 0, theses: 1 },
  'test_lexer-escaped-chars.argdown': { statements: 1, relations: 0, linked: 0, theses: 0 },
  // Written to test the lexer only: relations with no statement to hang from.
  'test_lexer-relations.argdown': {
    refused:
      'line 1, column 1: Invalid relation syntax. This may either be caused by a) an invalid relation parent or b) invalid indentation. a) Invalid relation parent: Only statements and arguments can have relations as child elements. b) Invalid Indentation tree: Please check that if there are preceding relations in this paragraph, there is at least one with equal or less indentation.',
  },
  'test_lexer-trailing-emptyline.argdown': { statements: 1, relations: 0, linked: 0, theses: 0 },
  'test_lexer-windows-line-endings.argdown': {
    statements: 4,
    relations: 2,
    linked: 0,
    theses: 2,
  },
  'test_model-escaped-chars.argdown': { statements: 1, relations: 0, linked: 0, theses: 0 },
  'test_parser-arguments.argdown': { statements: 12, relations: 7, linked: 3, theses: 3 },
  'test_parser-mix.argdown': { statements: 29, relations: 17, linked: 2, theses: 6 },
  'test_veggie_debate.argdown': { statements: 47, relations: 58, linked: 0, theses: 1 },
};

const dir = repoPath('tests/fixtures/argdown/real');
const files = readdirSync(dir)
  .filter((file) => /\.(argdown|md)$/.test(file))
  .sort();

describe('real Argdown files', () => {
  it('has a table entry for every file, and a file for every entry', () => {
    expect(files).toEqual(Object.keys(TABLE).sort());
  });

  it.each(files)('%s', async (file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const importer = chooseImporter(file, text);
    expect(importer?.id).toBe('argdown');
    const result = await importer!.run(text, file);
    const expected = TABLE[file]!;
    if ('refused' in expected) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        const [first] = result.problems;
        expect(`${first!.path}: ${first!.message}`).toBe(expected.refused);
      }
      return;
    }
    if (!result.ok) throw new Error(`${file} was refused: ${JSON.stringify(result.problems)}`);
    const map = result.value;
    expect({
      statements: map.nodes.length,
      relations: map.edges.length,
      linked: map.edges.filter((edge) => Array.isArray(edge.from)).length,
      theses: map.nodes.filter((node) => node.kind === 'thesis').length,
    }).toEqual(expected);
  });
});

describe('@argdown/core 1.7.5 against a 2.x JSON export', () => {
  // Warrant stays on 1.7.5 because 2.x needs Node 22; the model it builds must be the same.
  const core = (name: string) => repoPath(`tests/fixtures/argdown/core-json/${name}`);
  const exported = JSON.parse(readFileSync(core('argdown_core_export_fixture.json'), 'utf8')) as {
    statements: Record<string, unknown>;
    arguments: Record<string, { pcs: { title: string; role: string }[] }>;
    relations: {
      relationType: string;
      from: string;
      fromType: string;
      to: string;
      toType: string;
      conclusionIndex?: number;
    }[];
  };

  const TYPE_NAMES: Record<Endpoint['type'], string> = {
    statement: 'equivalence-class',
    argument: 'argument',
    inference: 'inference',
  };
  const describeEnd = (end: Endpoint) =>
    end.type === 'inference'
      ? { title: end.argument, type: TYPE_NAMES[end.type], index: end.index }
      : { title: end.title, type: TYPE_NAMES[end.type] };

  it('finds the same statements, structures and relations', async () => {
    const parsed = await parseArgdown(
      readFileSync(core('argdown_core_export_fixture.argdown'), 'utf8'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const doc = parsed.value;
    expect(doc.statements.map((s) => s.title)).toEqual(Object.keys(exported.statements));
    expect(
      Object.fromEntries(
        doc.arguments.map((a) => [a.title, a.pcs.map((line) => [line.title, line.role])]),
      ),
    ).toEqual(
      Object.fromEntries(
        Object.entries(exported.arguments).map(([title, a]) => [
          title,
          a.pcs.map((line) => [line.title, line.role]),
        ]),
      ),
    );
    expect(
      doc.relations.map((r) => ({
        type: r.type,
        from: describeEnd(r.from),
        to: describeEnd(r.to),
      })),
    ).toEqual(
      exported.relations.map((r) => ({
        type: r.relationType,
        from: { title: r.from, type: r.fromType },
        to: {
          title: r.to,
          type: r.toType,
          ...(r.conclusionIndex !== undefined ? { index: r.conclusionIndex } : {}),
        },
      })),
    );
  });
});
