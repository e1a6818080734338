import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseImporter, importers } from '../../../src/lib/io/importers/registry';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const chosen = (fileName: string, text: string) => chooseImporter(fileName, text)?.id;

const WARRANT = '{"schemaVersion": 1, "id": "m", "nodes": []}';
const AIF = '{"nodes": [{"nodeID": "1", "text": "t", "type": "I"}], "edges": []}';

describe('importers', () => {
  it('lists Warrant JSON, the AIF family, Kialo and Argdown, each with the endings it claims', () => {
    expect(importers.map(({ id, extensions }) => `${id}: ${extensions.join(' ')}`)).toEqual([
      'warrant: json',
      'aif: json',
      'xaif: json',
      'ova2: json',
      'ova3: json',
      'kialo: txt',
      'argdown: argdown md markdown',
    ]);
  });
});

describe('chooseImporter', () => {
  it('tells Warrant JSON from AIF JSON by content', () => {
    expect(chosen('map.json', WARRANT)).toBe('warrant');
    expect(chosen('map.json', AIF)).toBe('aif');
    expect(chosen('small.json', fixture('maps/small.json'))).toBe('warrant');
    expect(chosen('nodeset.json', fixture('aif/araucariadb_nodeset10.json'))).toBe('aif');
    expect(chosen('x.json', '{"AIF": {"nodes": []}}')).toBe('xaif');
  });

  it('goes by content, not by the name', () => {
    expect(chosen('aif-export.json', WARRANT)).toBe('warrant');
    expect(chosen('warrant.json', AIF)).toBe('aif');
  });

  it('reads the ending case-insensitively', () => {
    expect(chosen('MAP.JSON', AIF)).toBe('aif');
    expect(chosen('map.Json', WARRANT)).toBe('warrant');
  });

  it('prefers Warrant JSON when the text looks like both or neither', () => {
    expect(chosen('x.json', '{"schemaVersion": 1, "nodes": [{"nodeID": "1"}]}')).toBe('warrant');
    expect(chosen('x.json', '{}')).toBe('warrant');
    expect(chosen('x.json', 'not json at all')).toBe('warrant');
  });

  it('reads a cut-off AIF file as AIF, by the keys before the cut', () => {
    const cut = (name: string, at: number) => fixture(`aif/real/${name}`).slice(0, at);
    // AIFdb's edges come first: 11 KB of "fromID" and "toID" before the first "nodeID".
    expect(chosen('x.json', cut('cea_qt30_nodeset17919.json', 16_000))).toBe('aif');
    expect(chosen('x.json', cut('cea_qt30_nodeset17919.json', 400))).toBe('aif');
    expect(chosen('x.json', cut('ach_corp_esp_schemes.json', 200))).toBe('aif');
    expect(chosen('x.json', cut('ova3_internal_db_22303.json', 7000))).toBe('ova3');
    expect(chosen('x.json', cut('microtexts_nodeset6361_ova2.json', 3000))).toBe('ova2');
  });

  it('judges AIF by the shape of the whole document, however far in its nodes begin', () => {
    const late = `{${' '.repeat(5000)}"nodes": [{"nodeID": "1", "text": "t", "type": "I"}], "edges": []}`;
    expect(chosen('x.json', late)).toBe('aif');
  });

  it('goes by content when the ending is not one the format claims, and by ending last', () => {
    expect(chosen('map.txt', WARRANT)).toBe('warrant');
    expect(chosen('map.json.txt', AIF)).toBe('aif');
    expect(chosen('notes.txt', 'Discussion Title: Q\n\n1. Thesis\n')).toBe('kialo');
    expect(chosen('notes.txt', 'just some text')).toBe('kialo');
    expect(chosen('map.', 'just some text')).toBeUndefined();
    expect(chosen('', 'just some text')).toBeUndefined();
  });
});

describe('telling Argdown from other text', () => {
  it('knows Argdown by what only Argdown writes, whatever the ending', () => {
    const cases = [
      '[Thesis]: Cities should plant trees.\n  + <Shade>: Trees cool streets.\n',
      'Another statement\r\n  + An argument\r\n\r\n(1) A\r\n----\r\n(2) B\r\n',
      '<Argument>\n\n(1) All trees give shade.\n(2) Oaks are trees.\n-- Modus ponens --\n(3) Oaks give shade.\n',
      'First line of the main file\n\n@include(_partial1.argdown)\n',
    ];
    for (const text of cases) {
      for (const name of ['x.argdown', 'x.txt', 'x.json', 'x'])
        expect(chosen(name, text), name).toBe('argdown');
    }
  });

  it('leaves numbered notes and Markdown rules to the ending', () => {
    const notes = '(1) Buy milk.\n(2) Call Anna.\n\n----\n\n(3) Later.\n';
    expect(chosen('notes.txt', notes)).toBe('kialo');
    expect(chosen('notes.txt', 'Results (2019):\n---\n(1) done\n')).toBe('kialo');
  });
});

describe('the AIF importer', () => {
  it('names the map after the file, made safe for an id', async () => {
    const aif = importers.find((importer) => importer.id === 'aif')!;
    const text = fixture('aif/araucariadb_nodeset10.json');
    const ids = await Promise.all(
      ['nodeset10.json', 'My map (v2).json', '(draft) map.json', '---.json', '.json'].map(
        async (name) => {
          const result = await aif.run(text, name);
          expect(result.ok, name).toBe(true);
          return result.ok ? result.value.id : undefined;
        },
      ),
    );
    expect(ids).toEqual(['nodeset10', 'My-map-v2-', 'draft-map', 'imported-map', 'imported-map']);
  });
});
