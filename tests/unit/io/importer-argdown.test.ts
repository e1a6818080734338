/**
 * The Argdown importer on fixtures written for each construct, and on two
 * real files, each compared byte for byte with a reviewed golden map.
 * Goldens are rewritten only on request:
 *   UPDATE_GOLDENS=1 npx vitest run --project unit tests/unit/io/importer-argdown.test.ts
 * then read the diff before committing it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { chooseImporter } from '../../../src/lib/io/importers/registry';
import { toPrettyJson } from '../../../src/lib/io/text';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { repoPath } from './export-helpers';

const UPDATE = process.env.UPDATE_GOLDENS === '1';

const FIXTURES = [
  'statements.argdown',
  'pcs.argdown',
  'relations.argdown',
  'strict.argdown',
  'sections.argdown',
  'placeholder.argdown',
  'markdown.md',
  'real/argdown_core_export_fixture.argdown',
  'real/test_parser-arguments.argdown',
];

const read = (name: string) => readFileSync(repoPath(`tests/fixtures/argdown/${name}`), 'utf8');

async function importFixture(name: string): Promise<ArgumentMap> {
  const result = await importArgdown(read(name), {
    fileName: name,
    id: basename(name).replace(/\.\w+$/, ''),
  });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems, null, 2)}`);
  return result.value;
}

const loaded = new Map<string, ArgumentMap>();
for (const name of FIXTURES) loaded.set(name, await importFixture(name));
const fixture = (name: string): ArgumentMap => loaded.get(name)!;

/** `a + b → c (relation)` for every edge, sorted. */
const relations = (map: ArgumentMap): string[] =>
  map.edges.map((e) => `${[e.from].flat().join(' + ')} → ${e.to} (${e.relation})`).sort();

const node = (map: ArgumentMap, id: string) => map.nodes.find((n) => n.id === id);
const edge = (map: ArgumentMap, id: string) => map.edges.find((e) => e.id === id);

describe('golden maps of the Argdown fixtures', () => {
  it.each(FIXTURES)('%s matches its golden map', (name) => {
    const dir = repoPath('tests/fixtures/argdown/golden');
    const file = `${dir}/${basename(name).replace(/\.\w+$/, '')}.json`;
    const output = toPrettyJson(fixture(name));
    if (UPDATE) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, output, 'utf8');
    }
    if (!existsSync(file)) {
      throw new Error(`missing golden ${file}; create it with UPDATE_GOLDENS=1 and review it`);
    }
    expect(output).toBe(readFileSync(file, 'utf8'));
  });
});

describe('Argdown statements', () => {
  const map = fixture('statements.argdown');

  it('keeps titles as ids, made valid where they are not', () => {
    expect(map.nodes.map((n) => n.id)).toEqual([
      'Plain',
      'Thesis-1',
      'Okonomie',
      'proto__',
      'toString-2',
      'Untitled-1',
      'Long',
      'Data',
      'Gap',
      'Only-title',
    ]);
  });

  it('reads [toString] and [__proto__] as ordinary statements with their relations', () => {
    expect(node(map, 'toString-2')?.label).toBe('So is this one.');
    expect(relations(map)).toContain('proto__ → toString-2 (supports)');
    expect('polluted' in Object.prototype).toBe(false);
  });

  it('takes the label from the text, cut at 200 characters with the whole text kept', () => {
    const long = node(map, 'Long')!;
    expect(long.label.length).toBeLessThanOrEqual(200);
    expect(long.label.endsWith('…')).toBe(true);
    expect(long.text).toMatch(/every last word of it\.$/);
    expect(node(map, 'Only-title')?.label).toBe('Only title');
  });

  it('reads tags and the inline data Warrant writes', () => {
    expect(node(map, 'Thesis-1')?.tags).toEqual(['core', 'two words']);
    expect(node(map, 'Data')).toEqual({
      id: 'Data',
      kind: 'evidence',
      label: 'Inline data Warrant writes is read back.',
      order: 7,
      text: 'A longer paraphrase.',
      holder: 'Critics',
      quote: 'verbatim words',
      citation: {
        title: 'A Study',
        author: 'A. Author',
        url: 'https://example.org',
        date: '2019',
        footnote: [3, 4],
      },
      tags: ['concession'],
      section: 'Evidence',
    });
    expect(node(map, 'Gap')?.implicit).toBe(true);
  });

  it('makes theses of statements that something bears on and that bear on nothing', () => {
    expect(map.nodes.filter((n) => n.kind === 'thesis').map((n) => n.id)).toEqual([
      'toString-2',
      'Only-title',
    ]);
  });
});

describe('Argdown premise–conclusion structures', () => {
  const map = fixture('pcs.argdown');

  it('makes linked premises of several premises, with the argument title as edge id', () => {
    expect(edge(map, 'Linked')).toEqual({
      id: 'Linked',
      from: ['Rule', 'Case'],
      to: 'Plant-oaks',
      relation: 'supports',
      scheme: 'principle',
      note: 'Two premises that only work together.',
    });
  });

  it('chains inferences through intermediary conclusions, keeping rules as notes', () => {
    expect(edge(map, 'Chain.1')).toMatchObject({
      from: ['P1', 'P2'],
      to: 'C1',
      note: 'Inference: Modus ponens',
    });
    expect(edge(map, 'Chain')).toMatchObject({ from: ['C1', 'P3'], to: 'C2' });
  });

  it('follows an inference’s uses, and reads a scheme from its data', () => {
    expect(edge(map, 'Uses.1')).toMatchObject({ from: 'U1', to: 'U3' });
    expect(edge(map, 'Uses')).toMatchObject({ from: ['U2', 'U3'], to: 'U4', scheme: 'analogy' });
  });

  it('puts statements under their heading', () => {
    expect(map.sections).toEqual([
      { id: 'Premises-and-conclusions', title: 'Premises and conclusions' },
    ]);
    expect(new Set(map.nodes.map((n) => n.section))).toEqual(new Set(['Premises-and-conclusions']));
  });
});

describe('Argdown relations', () => {
  const map = fixture('relations.argdown');

  it('maps every relation type, aiming undercuts and relations to an argument at its inference', () => {
    expect(relations(map)).toEqual(
      [
        'R1 + R2 → T (supports)',
        'X1 → Not-T (supports)',
        'S → T (supports)',
        'A → T (opposes)',
        // Contradiction: both ways.
        'A → Contra (opposes)',
        'Contra → A (opposes)',
        'NoPcs → T (supports)',
        'Against-NoPcs → NoPcs (opposes)',
        // From a reconstructed argument: from its conclusion.
        'Not-T → T (opposes)',
        // Undercut, backing and attack on the argument as a whole: at its edge.
        'Undercutter → Reconstructed (opposes)',
        'Backer → Reconstructed (supports)',
        'W → Reconstructed (opposes)',
      ].sort(),
    );
  });

  it('makes claims of arguments without a structure', () => {
    expect(node(map, 'NoPcs')).toMatchObject({
      kind: 'claim',
      label: 'An argument with only a description.',
    });
  });

  it('reads strict mode: entailment supports, contrariety opposes both ways', () => {
    expect(relations(fixture('strict.argdown'))).toEqual([
      'C → T (opposes)',
      'E → T (supports)',
      'T → C (opposes)',
    ]);
  });
});

describe('Argdown documents', () => {
  it('turns headings into flat sections and reads the front matter', () => {
    const map = fixture('sections.argdown');
    expect(map.sections.map((s) => s.title)).toEqual(['Part one', 'A subsection', 'Part two']);
    expect(node(map, 'C')?.section).toBe('A-subsection');
    expect(node(map, 'D')?.tags).toEqual(['important']);
    expect(map.title).toBe('Sections and front matter');
    expect(map.description).toBe('Headings become sections; nesting is flattened.');
    expect(map.source).toEqual({
      title: 'A fixture for headings',
      author: 'First Author, Second Author',
      date: '2024-05-01',
    });
  });

  it('folds the exporter’s stand-in conclusions, and keeps one that is more', () => {
    const map = fixture('placeholder.argdown');
    expect(relations(map)).toEqual(
      [
        'p → c (supports)',
        'x + y → e1 (opposes)',
        'x + z → c (opposes)',
        'y → kept.conclusion (supports)',
        'k → kept.conclusion (supports)',
        'kept.conclusion → c (opposes)',
      ].sort(),
    );
    expect(map.nodes.map((n) => n.id)).not.toContain('u1.conclusion');
  });

  it('reads the Argdown blocks of Markdown as one document, later text winning', () => {
    const map = fixture('markdown.md');
    expect(map.title).toBe('Two blocks of one debate');
    expect(node(map, 'T')?.label).toBe('The thesis, restated in the second block.');
    expect(node(map, 'O')?.tags).toEqual(['rebuttal']);
    expect(map.nodes.map((n) => n.id)).toEqual(['T', 'R', 'Untitled-1', 'O', 'Untitled-2.1']);
    expect(map.nodes.some((n) => n.label.includes('Ignored'))).toBe(false);
  });
});

describe('registry', () => {
  it('picks the Argdown importer for .argdown, and for Markdown with an argdown block', () => {
    expect(chooseImporter('map.argdown', '[A]: a')?.id).toBe('argdown');
    expect(chooseImporter('notes.md', read('markdown.md'))?.id).toBe('argdown');
    expect(chooseImporter('notes.MD', '# just prose')?.id).toBe('argdown');
    expect(chooseImporter('map.json', '{"schemaVersion": 2}')?.id).toBe('warrant');
  });

  it('runs through the registry with the file name as map id', async () => {
    const importer = chooseImporter('Censorship Debate.argdown', read('strict.argdown'))!;
    const result = await importer.run(read('strict.argdown'), 'Censorship Debate.argdown');
    expect(result.ok && result.value.id).toBe('Censorship-Debate');
  });
});
