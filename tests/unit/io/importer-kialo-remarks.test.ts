/**
 * The remarks Warrant's Kialo export writes where Kialo cannot hold the
 * structure (formats/kialo-remarks.ts), read back by the Kialo importer:
 * linked premises, undercuts and backings, also of `-> See` links; Kialo
 * claims that merely look like a remark are not read as one; remarks that
 * do not fit the tree stay in the text with a warning. The fixtures' golden
 * maps are compared in importer-kialo.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportKialo } from '../../../src/lib/io/exporters/kialo';
import { importKialo } from '../../../src/lib/io/importers/kialo';
import type { Problem } from '../../../src/lib/model/problems';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { readMap } from '../../support/maps';
import { repoPath } from './export-helpers';

const fixture = (name: string) => readFileSync(repoPath(`tests/fixtures/kialo/${name}`), 'utf8');

function imported(name: string): { map: ArgumentMap; warnings: Problem[] } {
  const result = importKialo(fixture(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return { map: result.value, warnings: result.warnings ?? [] };
}

const parentOf = (id: string) => id.slice(0, id.lastIndexOf('.'));

describe("Warrant's remarks", () => {
  const relations = (map: ArgumentMap) =>
    map.edges.map((e) => `${e.id}: ${[e.from].flat().join(' + ')} → ${e.to} (${e.relation})`);

  it.each([
    ['warrant-linked.txt', 'tests/fixtures/v2/linked.json'],
    ['warrant-undercut.txt', 'tests/fixtures/v2/undercut.json'],
    ['warrant-backing.txt', 'tests/fixtures/v2/backing.json'],
    ['warrant-links.txt', 'tests/fixtures/kialo/maps/warrant-links.json'],
  ])('%s is exactly what the exporter writes for its map', (name, map) => {
    expect(fixture(name)).toBe(exportKialo(readMap(map)));
  });

  it('make linked premises one edge, and take the remark out of the text', () => {
    const { map } = imported('warrant-linked.txt');
    expect(relations(map)).toEqual(['e1.1: 1.1 + 1.2 + 1.3 → 1 (supports)']);
    expect(map.nodes.map((n) => n.label)).toEqual([
      'Cities should plant oaks here',
      'Cities should plant the trees that suit their climate',
      "Oaks suit this city's climate",
      'This city can afford oaks',
    ]);
  });

  it('aim an undercut and a backing at the edge of the step they name', () => {
    expect(relations(imported('warrant-undercut.txt').map)).toEqual([
      'e1.1: 1.1 → 1 (supports)',
      'e1.1.1: 1.1.1 → e1.1 (opposes)',
    ]);
    expect(relations(imported('warrant-backing.txt').map)).toEqual([
      'e1.1: 1.1 → 1 (supports)',
      'e1.1.1: 1.1.1 → e1.1 (supports)',
      'e1.1.2: 1.1.2 + 1.1.3 → e1.1 (opposes)',
    ]);
  });

  it('of -> See links, written on the claim above, apply to the links', () => {
    const { map } = imported('warrant-links.txt');
    expect(relations(map)).toEqual([
      'e1.1: 1.1 → 1 (opposes)',
      'e1.2: 1.2 → 1 (supports)',
      'e1.2.2: 1.2.2 → 1.2 (supports)',
      'e1.3: 1.3 → 1 (supports)',
      'e1.3.1: 1.2 + 1.2.2 → 1.3 (supports)',
      'e1.2.1: 1.1 → e1.2 (opposes)',
    ]);
    expect(map.nodes.find((n) => n.id === '1.3')!.label).toBe('Trees improve health');
  });

  it('follow the title of a -> See discussion entry, and come back off it', () => {
    const map = readMap('tests/fixtures/v2/undercut.json');
    map.edges = map.edges.map((edge) => ({ ...edge, note: 'Kialo: see discussion #7' }));
    const text = exportKialo(map);
    expect(text).toContain(
      '1.1.1. Con: -> See discussion #7: The Bolshevik precedent does not fit a different situation (Warrant map: undercut, objects to the step from 1.1 to 1, not to the claim above.)',
    );
    const result = importKialo(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.warnings).toBeUndefined();
    expect(relations(result.value)).toEqual([
      'e1.1: 1.1 → 1 (supports)',
      'e1.1.1: 1.1.1 → e1.1 (opposes)',
    ]);
    expect(result.value.nodes.find((n) => n.id === '1.1.1')!.label).toBe(
      'The Bolshevik precedent does not fit a different situation',
    );
    expect(result.value.edges.map((e) => e.note)).toEqual([
      'Kialo: see discussion #7',
      'Kialo: see discussion #7',
    ]);
  });

  it('are not read from a Kialo claim that merely looks like one', () => {
    const { map, warnings } = imported('lookalike.txt');
    expect(warnings).toEqual([]);
    expect(map.edges.every((e) => typeof e.from === 'string' && e.to === parentOf(e.from))).toBe(
      true,
    );
    const text = fixture('lookalike.txt');
    // Each label is the claim's text, parentheses and all (escapes resolved).
    for (const node of map.nodes.filter((n) => n.id !== '1')) {
      const line = text.split('\n').find((l) => l.startsWith(`${node.id}. `))!;
      expect(node.label).toBe(line.replace(/^[\d.]+ (Pro|Con): /, '').replace(/\\([()])/g, '$1'));
    }
  });

  it('that do not fit the tree stay in the text, with a warning each', () => {
    const { map, warnings } = imported('misfit.txt');
    const reasons = warnings.map(
      (w) => `${w.path}: ${w.message.replace(/^.*does not fit here: /, '')}`,
    );
    expect(reasons).toEqual([
      'line 15: claim 1.9.1. links to its own parent; that relation is left out',
      "line 3: the claim is no Pro or Con of another claim; it stays in the claim's text",
      "line 4: the linked premises it names are not Pros or Cons of one claim that each name all the others; it stays in the claim's text",
      "line 6: an undercut must be a Con, and a backing a Pro; it stays in the claim's text",
      "line 7: no step of this discussion is made of the entries it names, next to where it stands; it stays in the claim's text",
      'line 8: the entry it names is no "-> See" link right under the claim; it stays in the claim\'s text',
      "line 9: no step of this discussion is made of the entries it names, next to where it stands; it stays in the claim's text",
      "line 11: the steps it names bear on each other in a ring; it stays in the claim's text",
      "line 12: the steps it names bear on each other in a ring; it stays in the claim's text",
      "line 13: an earlier remark already says this of the same entry; it stays in the claim's text",
      "line 14: one of the linked premises it names is the claim they stand under; it stays in the claim's text",
      "line 14: one of the linked premises it names is the claim they stand under; it stays in the claim's text",
    ]);
    expect(warnings[1]!.message).toBe(
      'claim 1. ends with a remark of Warrant\'s Kialo export ("linked premise") that does not fit here: the claim is no Pro or Con of another claim; it stays in the claim\'s text',
    );
    // What fits is still read: the first of 1.8's two undercuts of the step 1.2 → 1.
    expect(relations(map)).toContain('e1.8: 1.8 → e1.2 (opposes)');
    expect(map.nodes.find((n) => n.id === '1.8')!.label).toBe(
      'Summers are short. (Warrant map: undercut, objects to the step from 1.2 to 1, not to the claim above.)',
    );
    expect(map.nodes.find((n) => n.id === '1.4')!.label).toMatch(/ \(Warrant map: undercut, .*\)$/);
  });
});
