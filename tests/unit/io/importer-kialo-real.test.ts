/**
 * Every real Kialo file in tests/fixtures/kialo/real (copies of
 * shared/interop/kialo, origins in its SOURCES.txt), opened the way the app
 * opens a file: the registry picks the importer by content, then by ending.
 * The table says what each gives; a file that should import and does not,
 * or a file missing from the table, fails the test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseImporter } from '../../../src/lib/io/importers/registry';
import { repoPath } from './export-helpers';

type Expected =
  | {
      /** Statements: theses, claims and authorities (one per linked address or source). */
      statements: number;
      theses: number;
      authorities: number;
      supports: number;
      opposes: number;
      /** Statements with more than one parent claim: Kialo's `-> See` links. */
      sharedClaims: number;
    }
  | { refused: string };

/**
 * Claims in a file = statements − authorities + `-> See 1.x` entries; e.g.
 * 10223 has 780 entries, 61 of them `-> See` links, so 719 claims, and 271
 * links to 238 distinct addresses. Opposes = Con entries; supports = Pro
 * entries plus one per citation.
 */
const TABLE: Record<string, Expected> = {
  'arguebuf_can-religious-faith-and-science-co-exist-10223.txt': {
    statements: 956,
    theses: 1,
    authorities: 238,
    supports: 596,
    opposes: 451,
    sharedClaims: 54,
  },
  'edo_free-speech-internet-white-supremacists-2867.txt': {
    statements: 1268,
    theses: 1,
    authorities: 430,
    supports: 1029,
    opposes: 430,
    sharedClaims: 87,
  },
  'edo_should-hate-speech-be-illegal-6148_CRLF.txt': {
    statements: 112,
    theses: 1,
    authorities: 7,
    supports: 49,
    opposes: 63,
    sharedClaims: 1,
  },
  'edo_should-hate-speech-be-legally-protected-10134.txt': {
    statements: 630,
    theses: 1,
    authorities: 119,
    supports: 319,
    opposes: 348,
    sharedClaims: 27,
  },
  // A plain Kialo export saved with a .csv ending: found by its content.
  'franz_did-the-exodus-really-happen-14445.csv': {
    statements: 147,
    theses: 1,
    authorities: 55,
    supports: 105,
    opposes: 58,
    sharedClaims: 6,
  },
  // Not an export: a tab-separated table made from one (no title, root removed).
  'quirk_edo_10134_forToneAnalyzer_TSV.txt': {
    refused:
      'line 1: this is a tab-separated table of Kialo claims (number, stance, text), not a Kialo discussion export: it has no "Discussion Title:" line and no thesis; export the discussion from Kialo again',
  },
  // The newer layout: 106 claims, 103 [n] sources each cited once.
  'samvalli_newformat_should-governments-provide-a-universal-basic-income-14053.txt': {
    statements: 209,
    theses: 1,
    authorities: 103,
    supports: 154,
    opposes: 54,
    sharedClaims: 0,
  },
};

const folder = repoPath('tests/fixtures/kialo/real');
const files = readdirSync(folder).filter((name) => name !== 'SOURCES.txt');

describe('real Kialo files', () => {
  it('are all in the table, and the table names no file that is missing', () => {
    expect(files.sort()).toEqual(Object.keys(TABLE).sort());
  });

  it.each(files)('%s', async (name) => {
    const text = readFileSync(`${folder}/${name}`, 'utf8');
    const importer = chooseImporter(name, text);
    const expected = TABLE[name];
    if (expected === undefined) throw new Error(`${name} is not in the table`);
    if ('refused' in expected) {
      expect(importer?.id).toBe('kialo');
      const result = await importer!.run(text, name);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([expected.refused]);
      return;
    }
    expect(importer?.id).toBe('kialo');
    const result = await importer!.run(text, name);
    if (!result.ok) throw new Error(`${name} should import: ${JSON.stringify(result.problems)}`);
    expect(result.warnings).toBeUndefined();
    const map = result.value;
    const parents = new Map<string, number>();
    for (const edge of map.edges) {
      if (map.nodes.find((n) => n.id === edge.from)?.kind === 'authority') continue;
      parents.set(edge.from as string, (parents.get(edge.from as string) ?? 0) + 1);
    }
    expect({
      statements: map.nodes.length,
      theses: map.nodes.filter((n) => n.kind === 'thesis').length,
      authorities: map.nodes.filter((n) => n.kind === 'authority').length,
      supports: map.edges.filter((e) => e.relation === 'supports').length,
      opposes: map.edges.filter((e) => e.relation === 'opposes').length,
      sharedClaims: [...parents.values()].filter((count) => count > 1).length,
    }).toEqual(expected);
    // Every authority keeps a real web address, and labels stay within the schema.
    for (const node of map.nodes) {
      expect(node.label.length).toBeLessThanOrEqual(200);
      if (node.kind === 'authority' && node.citation?.url !== undefined) {
        expect(node.citation.url).toMatch(/^https?:\/\//);
      }
    }
  });
});
