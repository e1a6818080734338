/**
 * The Kialo exporter, read back with the Kialo importer. What a round trip
 * keeps, and what these tests compare:
 * - every statement's label (the claim's text);
 * - every relation, as "label + label → label (relation)": each edge is the
 *   claim's place in the tree or a `-> See` link, one per premise; linked
 *   premises come back as one edge, and an edge aimed at an inference
 *   (undercut, backing) as one aimed at the edge with the same premises and
 *   conclusion ("x → [a → c] (opposes)"), from Warrant's remarks;
 * - the theses: the statements at the top of the outline (with several, the
 *   map's title is the question above them);
 * - authorities with a web address, as label and address; implicit premises;
 * - the title.
 * Everything else (text, quote, kinds of other statements, sections, ids…)
 * is lost, as the exporter's header says.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportKialo } from '../../../src/lib/io/exporters/kialo';
import { MAX_LEVEL } from '../../../src/lib/io/exporters/kialo-tree';
import { oneLine } from '../../../src/lib/io/text';
import { SCHEMA_VERSION, premisesOf, type ArgumentMap } from '../../../src/lib/model/types';
import { readMap } from '../../support/maps';
import { hostileMap, loadValidMap, repoPath } from './export-helpers';
import { KIALO_ROUND_TRIP_MAPS, kept, keptAfterImport, readBack } from './kialo-round-trip';

const RUNS = Number(process.env.FC_RUNS) || 200;

const seeLinks = (text: string) =>
  text.split('\n').filter((line) => / -> See \d/.test(line)).length;

describe('Warrant → Kialo → Warrant', () => {
  it.each(KIALO_ROUND_TRIP_MAPS)(
    '%s keeps the tree, the -> See links, linked premises, undercuts, backings, theses, linked sources and the title',
    async (file) => {
      const map = await loadValidMap(file);
      const text = exportKialo(map);
      const back = readBack(text);
      expect(keptAfterImport(back)).toEqual(kept(map));
      // Each statement is written once; each further premise of an edge is a link.
      const roots = kept(map).theses.length;
      const premises = map.edges.reduce((sum, edge) => sum + premisesOf(edge).length, 0);
      expect(seeLinks(text)).toBe(premises - (map.nodes.length - roots));
    },
  );

  it('writes a map with several theses as a question above them', () => {
    const text = exportKialo(readMap('tests/fixtures/v2/parts.json'));
    expect(text).toBe(
      [
        'Discussion Title: Shade and cost',
        '',
        '1. Shade and cost',
        '1.1. Thesis: Plant trees',
        '1.1.1. Pro: Trees cool streets',
        '1.2. Thesis: Build bike lanes',
        '1.2.1. Pro: Bike lanes cut traffic deaths',
        '1.3. Thesis: Parks are popular',
        '1.3.1. Pro: A survey found parks popular',
        '',
      ].join('\n'),
    );
    expect(readBack(text).nodes.filter((n) => n.kind === 'thesis')).toHaveLength(3);
  });

  it('writes linked premises under the conclusion, naming each other, and reads them back as one edge', () => {
    const text = exportKialo(readMap('tests/fixtures/v2/linked.json'));
    expect(text.split('\n').slice(2, 6)).toEqual([
      '1. Cities should plant oaks here',
      '1.1. Pro: Cities should plant the trees that suit their climate (Warrant map: linked premise, works only together with 1.2 and 1.3.)',
      "1.2. Pro: Oaks suit this city's climate (Warrant map: linked premise, works only together with 1.1 and 1.3.)",
      '1.3. Pro: [unstated premise] This city can afford oaks (Warrant map: linked premise, works only together with 1.1 and 1.2.)',
    ]);
    const back = readBack(text);
    expect(back.edges).toEqual([
      { id: 'e1.1', from: ['1.1', '1.2', '1.3'], to: '1', relation: 'supports' },
    ]);
    expect(back.nodes.find((n) => n.id === '1.3')).toMatchObject({
      implicit: true,
      label: 'This city can afford oaks',
    });
  });

  it('writes an undercut as a Con of the premise, saying which step it attacks, and reads it back', () => {
    const text = exportKialo(readMap('tests/fixtures/v2/undercut.json'));
    expect(text.split('\n').slice(2, 5)).toEqual([
      '1. The expulsions were justified',
      '1.1. Pro: The Bolsheviks expelled opponents',
      '1.1.1. Con: The Bolshevik precedent does not fit a different situation (Warrant map: undercut, objects to the step from 1.1 to 1, not to the claim above.)',
    ]);
    expect(readBack(text).edges.map((e) => `${String(e.from)} → ${e.to} ${e.relation}`)).toEqual([
      '1.1 → 1 supports',
      '1.1.1 → e1.1 opposes',
    ]);
  });

  it('writes what bears on the step of linked premises under the first premise', () => {
    const text = exportKialo(readMap('tests/fixtures/v2/backing.json'));
    expect(text.split('\n').slice(2, 7)).toEqual([
      '1. Plant trees',
      '1.1. Pro: Trees cool streets',
      '1.1.1. Pro: Cooling is a reason to plant (Warrant map: backing, supports the step from 1.1 to 1, not the claim above.)',
      '1.1.2. Con: Cooling is seasonal (Warrant map: linked premise, works only together with 1.1.3.) (Warrant map: undercut, objects to the step from 1.1 to 1, not to the claim above.)',
      '1.1.3. Con: Winters are long here (Warrant map: linked premise, works only together with 1.1.2.) (Warrant map: undercut, objects to the step from 1.1 to 1, not to the claim above.)',
    ]);
    expect(readBack(text).edges.map((e) => `${String(e.from)} → ${e.to} ${e.relation}`)).toEqual([
      '1.1 → 1 supports',
      '1.1.1 → e1.1 supports',
      '1.1.2,1.1.3 → e1.1 opposes',
    ]);
  });

  it('escapes a statement that reads like a remark, so it comes back as text', () => {
    const remark = (other: string) =>
      `(Warrant map: linked premise, works only together with ${other}.)`;
    const map: ArgumentMap = {
      schemaVersion: SCHEMA_VERSION,
      id: 'lookalike',
      title: 'Look-alike',
      sections: [],
      nodes: [
        { id: 't', kind: 'thesis', label: 'Plant trees' },
        { id: 'a', kind: 'claim', label: `Trees cool streets ${remark('1.2')}` },
        { id: 'b', kind: 'claim', label: `Shade saves energy ${remark('1.1')}` },
      ],
      edges: [
        { id: 'e1', from: 'a', to: 't', relation: 'supports' },
        { id: 'e2', from: 'b', to: 't', relation: 'supports' },
      ],
    };
    const text = exportKialo(map);
    expect(text).toContain(
      '1.1. Pro: Trees cool streets \\(Warrant map: linked premise, works only together with 1.2.\\)',
    );
    const back = readBack(text);
    expect(back.edges.map((e) => e.from)).toEqual(['1.1', '1.2']);
    expect(keptAfterImport(back)).toEqual(kept(map));
  });

  it('writes the remarks of -> See links on the claim above them, since a link has no text', () => {
    const map = readMap('tests/fixtures/kialo/maps/warrant-links.json');
    const text = exportKialo(map);
    expect(text.split('\n').slice(2, 10)).toEqual([
      '1. Plant trees',
      '1.1. Con: Cooling is seasonal',
      '1.2. Pro: Trees cool streets (Warrant map: 1.2.1: undercut, objects to the step from 1.2 to 1, not to the claim above.)',
      '1.2.1. Con: -> See 1.1.',
      '1.2.2. Pro: Heat harms health',
      '1.3. Pro: Trees improve health (Warrant map: 1.3.1: linked premise, works only together with 1.3.2.) (Warrant map: 1.3.2: linked premise, works only together with 1.3.1.)',
      '1.3.1. Pro: -> See 1.2.',
      '1.3.2. Pro: -> See 1.2.2.',
    ]);
    expect(keptAfterImport(readBack(text))).toEqual(kept(map));
  });
});

describe('Kialo → Warrant → Kialo → Warrant', () => {
  const folder = repoPath('tests/fixtures/kialo/real');
  const files = readdirSync(folder).filter(
    (name) => name !== 'SOURCES.txt' && !name.startsWith('quirk'),
  );

  it.each(files)('%s keeps its tree, links, sources and discussion links', (name) => {
    const first = readBack(readFileSync(`${folder}/${name}`, 'utf8'));
    const text = exportKialo(first);
    const second = readBack(text);
    expect(keptAfterImport(second)).toEqual(keptAfterImport(first));
    const notes = (map: ArgumentMap) => map.edges.flatMap((e) => (e.note ? [e.note] : [])).sort();
    expect(notes(second)).toEqual(notes(first));
    // Sibling order follows the statements' reading order, which an import
    // assigns to links and sources differently from claims; from the second
    // export on, a file written by Warrant reads back to the same bytes.
    const again = exportKialo(second);
    expect(exportKialo(readBack(again))).toBe(again);
  });
});

describe('hostile maps', () => {
  it('writes every statement on one well-formed line, and reads back', () => {
    const map = hostileMap();
    const text = exportKialo(map);
    const [heading, blank, ...entries] = text.trimEnd().split('\n');
    expect(heading).toBe('Discussion Title: Hostile ]]> <title> & "more" ===');
    expect(blank).toBe('');
    for (const line of entries) expect(line).toMatch(/^1(\.\d+)*\. ((Pro|Con|Thesis): )?\S/);
    const back = readBack(text);
    expect(back.nodes.map((n) => n.label).sort()).toEqual(
      map.nodes.map((n) => oneLine(n.label)).sort(),
    );
    expect(back.edges).toHaveLength(map.edges.length);
  });

  it(`starts a new thesis below level ${MAX_LEVEL}, so the output stays linear in size`, () => {
    const depth = 5000;
    const nodes = Array.from({ length: depth + 1 }, (_, i) => ({
      id: `n${i}`,
      kind: i === 0 ? ('thesis' as const) : ('claim' as const),
      label: `Level ${i}`,
    }));
    const edges = nodes.slice(1).map((node, i) => ({
      id: `e${i}`,
      from: node.id,
      to: `n${i}`,
      relation: 'supports' as const,
    }));
    const map: ArgumentMap = {
      schemaVersion: SCHEMA_VERSION,
      id: 'deep',
      title: 'Deep',
      sections: [],
      nodes,
      edges,
    };
    const text = exportKialo(map);
    // Numbers in the file: the question, a thesis, MAX_LEVEL levels, and a link below the last.
    const numbers = text.split('\n').map((line) => /^(\d+\.)+/.exec(line)?.[0] ?? '');
    const deepest = Math.max(...numbers.map((number) => number.split('.').length - 1));
    expect(deepest).toBe(MAX_LEVEL + 3);
    expect(text.length).toBeLessThan(3_000_000);
    expect(kept(readBack(text)).relations).toEqual(kept(map).relations);
  });

  it('reads back any label exactly, on one line', () => {
    const label = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 200 })
      .filter((text) => oneLine(text) !== '');
    fc.assert(
      fc.property(label, label, (thesis, reason) => {
        const map: ArgumentMap = {
          schemaVersion: SCHEMA_VERSION,
          id: 'fuzz',
          title: 'Fuzz',
          sections: [],
          nodes: [
            { id: 't', kind: 'thesis', label: thesis },
            { id: 'r', kind: 'claim', label: reason },
          ],
          edges: [{ id: 'e', from: 'r', to: 't', relation: 'opposes' }],
        };
        const back = readBack(exportKialo(map));
        expect(back.nodes.map((n) => n.label)).toEqual([oneLine(thesis), oneLine(reason)]);
        expect(back.edges.map((e) => e.relation)).toEqual(['opposes']);
      }),
      { numRuns: RUNS },
    );
  });
});
