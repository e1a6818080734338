/**
 * The Kialo importer on small fixtures, one per construct, each compared
 * byte for byte with a reviewed golden map. Goldens are rewritten only on request:
 *   UPDATE_GOLDENS=1 npx vitest run --project unit tests/unit/io/importer-kialo.test.ts
 * then read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/lib/io/exporters/json';
import { importKialo } from '../../../src/lib/io/importers/kialo';
import { partsOf } from '../../../src/lib/model/inference';
import type { Problem } from '../../../src/lib/model/problems';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { repoPath } from './export-helpers';

const UPDATE = process.env.UPDATE_GOLDENS === '1';
const fixture = (name: string) => readFileSync(repoPath(`tests/fixtures/kialo/${name}`), 'utf8');

function imported(name: string): { map: ArgumentMap; warnings: Problem[] } {
  const result = importKialo(fixture(name), { id: name.replace(/\.txt$/, '') });
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.problems)}`);
  return { map: result.value, warnings: result.warnings ?? [] };
}

const edgesFrom = (map: ArgumentMap, id: string) => map.edges.filter((e) => e.from === id);

const FIXTURES = [
  'numbered.txt',
  'see-links.txt',
  'question.txt',
  'implicit.txt',
  'tolerated.txt',
  'indented.txt',
  'indented-question.txt',
  'real-religion-excerpt.txt',
  'real-hate-speech-excerpt.txt',
  'warrant-linked.txt',
  'warrant-undercut.txt',
  'warrant-backing.txt',
  'warrant-links.txt',
  'lookalike.txt',
  'misfit.txt',
];

describe('Kialo fixtures', () => {
  it.each(FIXTURES)('%s matches its golden map', (name) => {
    const file = repoPath(`tests/fixtures/kialo/golden/${name.replace(/\.txt$/, '.json')}`);
    const output = exportJson(imported(name).map);
    if (UPDATE) writeFileSync(file, output, 'utf8');
    if (!existsSync(file))
      throw new Error(`missing golden ${file}; create it with UPDATE_GOLDENS=1`);
    expect(output).toBe(readFileSync(file, 'utf8'));
  });

  it.each(FIXTURES.filter((name) => name !== 'tolerated.txt' && name !== 'misfit.txt'))(
    '%s imports without warnings',
    (name) => {
      expect(imported(name).warnings).toEqual([]);
    },
  );
});

describe('the numbered layout', () => {
  const { map } = imported('numbered.txt');

  it('makes the root the thesis, Pro a support and Con an objection, from child to parent', () => {
    expect(map.title).toBe('Should cities plant more street trees?');
    expect(map.nodes.find((n) => n.id === '1')).toMatchObject({ kind: 'thesis' });
    expect(map.edges.find((e) => e.id === 'e1.1')).toMatchObject({
      from: '1.1',
      to: '1',
      relation: 'supports',
    });
    expect(map.edges.find((e) => e.id === 'e1.2')).toMatchObject({
      from: '1.2',
      to: '1',
      relation: 'opposes',
    });
    expect(map.edges.find((e) => e.id === 'e1.1.1.1')).toMatchObject({
      from: '1.1.1.1',
      to: '1.1.1',
      relation: 'opposes',
    });
  });

  it('resolves escapes and keeps link text in the claim', () => {
    expect(map.nodes.find((n) => n.id === '1.1')!.label).toBe(
      'Trees cool streets by several degrees (see the heat study).',
    );
    expect(map.nodes.find((n) => n.id === '1.1.1.1')!.label).toBe(
      'Summers are getting longer [citation needed].',
    );
    // A backslash before a letter is no escape.
    expect(map.nodes.find((n) => n.id === '1.2.1')!.label).toContain('C:\\temp or a\\nb');
  });

  it('joins a continuation line to its claim, keeping the break in the text', () => {
    const node = map.nodes.find((n) => n.id === '1.1.2')!;
    expect(node.label).toBe(
      'Shade also protects pavement, so roads last longer and need fewer repairs; the city saves on maintenance.',
    );
    expect(node.text).toBe(
      'Shade also protects pavement, so roads last longer\nand need fewer repairs; the city saves on maintenance.',
    );
  });

  it('makes one authority per web address, supporting every claim that links it', () => {
    const heat = map.nodes.filter((n) => n.citation?.url === 'https://example.org/heat_(2019)');
    expect(heat).toHaveLength(1);
    expect(heat[0]).toMatchObject({
      kind: 'authority',
      label: 'heat study',
      citation: { title: 'heat study' },
    });
    expect(edgesFrom(map, heat[0]!.id).map((e) => [e.to, e.relation])).toEqual([
      ['1.1', 'supports'],
      ['1.2.1', 'supports'],
    ]);
    // An autolink is a citation too; a mailto: link stays text.
    expect(map.nodes.some((n) => n.citation?.url === 'https://example.org/roots')).toBe(true);
    expect(map.nodes.find((n) => n.id === '1.2')!.label).toContain(
      'the council (mailto:council@example.org)',
    );
  });

  it('cuts a long claim at a word to at most 200 characters and keeps it whole in text', () => {
    const node = map.nodes.find((n) => n.id === '1.3')!;
    expect(node.label.length).toBeLessThanOrEqual(200);
    expect(node.label).toMatch(/ several surveys of…$/);
    expect(node.text).toMatch(/^Street trees raise property values.*where they live\.$/);
  });

  it('reads CRLF exactly as LF', () => {
    const crlf = importKialo(fixture('numbered.txt').replace(/\n/g, '\r\n'), { id: 'numbered' });
    expect(crlf).toEqual(importKialo(fixture('numbered.txt'), { id: 'numbered' }));
    const lf = importKialo(fixture('indented.txt').replace(/\r\n/g, '\n'), { id: 'indented' });
    expect(lf).toEqual(importKialo(fixture('indented.txt'), { id: 'indented' }));
  });
});

describe('-> See links', () => {
  const { map } = imported('see-links.txt');

  it('become edges to the claim already there, not copies of it', () => {
    expect(map.nodes.map((n) => n.id)).toEqual([
      '1',
      '1.1',
      '1.1.1',
      '1.2',
      '1.2.3',
      '1.2.4',
      '1.3',
      '1.3.1',
    ]);
    expect(edgesFrom(map, '1.1.1').map((e) => `${e.id} → ${e.to} ${e.relation}`)).toEqual([
      'e1.1.1 → 1.1 supports',
      'e1.2.1 → 1.2 opposes',
      'e1.2.2 → 1.2 supports',
      'e1.3.2 → 1.3 supports',
    ]);
    // A link forwards (1.1.2 → 1.3.1) and a link to a link (1.2.2 → 1.2.1 → 1.1.1).
    expect(edgesFrom(map, '1.3.1').map((e) => e.to)).toEqual(['1.1', '1.3']);
    expect(map.edges.find((e) => e.id === 'e1.2.2')).toMatchObject({
      from: '1.1.1',
      to: '1.2',
      relation: 'supports',
    });
  });

  it('to another discussion become a claim with a note', () => {
    expect(map.nodes.find((n) => n.id === '1.2.3')!.label).toBe(
      'Trust at work comes from results, not presence',
    );
    expect(map.edges.find((e) => e.id === 'e1.2.3')).toMatchObject({
      relation: 'opposes',
      note: 'Kialo: see discussion #4242',
    });
    expect(map.nodes.find((n) => n.id === '1.2.4')!.label).toBe('Kialo discussion #77');
  });
});

describe('a question with several theses', () => {
  it('becomes a map in several parts, titled by the question (numbered layout)', () => {
    const { map } = imported('question.txt');
    expect(map.title).toBe('What should replace the old bridge?');
    expect(map.nodes.some((n) => n.id === '1')).toBe(false);
    expect(map.nodes.filter((n) => n.kind === 'thesis').map((n) => n.label)).toEqual([
      'A new road bridge.',
      'A footbridge and a ferry.',
      'Nothing: the river is the border.',
    ]);
    // The footbridge thesis shares an objection with the road bridge, so two parts.
    expect(partsOf(map)).toHaveLength(2);
  });

  it('becomes a map in several parts, titled by the question (newer layout)', () => {
    const { map } = imported('indented-question.txt');
    expect(map.title).toBe('Which energy source should the town invest in?');
    expect(map.nodes.filter((n) => n.kind === 'thesis')).toHaveLength(2);
    expect(partsOf(map)).toHaveLength(2);
  });
});

describe('the newer layout', () => {
  const { map } = imported('indented.txt');

  it('reads role lines, indented text and the thesis', () => {
    expect(map.title).toBe('Should governments provide a universal basic income?');
    expect(map.nodes[0]).toMatchObject({
      id: '1',
      kind: 'thesis',
      label: 'Governments should provide a universal basic income (UBI).',
    });
    expect(map.edges.find((e) => e.id === 'e1.1.1.1')).toMatchObject({
      to: '1.1.1',
      relation: 'supports',
    });
  });

  it('turns each [n] source into an authority supporting the claims that cite it', () => {
    const source = map.nodes.find((n) => n.id === 'source-2')!;
    expect(source).toMatchObject({ kind: 'authority', label: '[2] cnbc.com' });
    expect(source.citation).toMatchObject({
      footnote: 2,
      title: 'cnbc.com',
      url: 'https://www.cnbc.com/2021/05/18/20-companies-responsible-for-55percent-of-single-use-plastic-waste-study.html',
    });
    expect(source.citation!.note).toMatch(/^"Single-use plastics.*\n\nThe study says .*waste\."$/s);
    expect(edgesFrom(map, 'source-2').map((e) => [e.to, e.relation])).toEqual([
      ['1.1.1.1', 'supports'],
    ]);
    // The marker stays in the claim, so the reader can match it.
    expect(map.nodes.find((n) => n.id === '1.1.1.1')!.label).toContain('externalities [2]');
  });

  it('keeps a source without an address, and cites one source from two claims once each', () => {
    const { map: question } = imported('indented-question.txt');
    expect(question.nodes.find((n) => n.id === 'source-3')!.citation).toEqual({
      footnote: 3,
      title: 'Regional wind atlas, 2021 edition',
      note: '"Mean wind speed on the ridge: 7.2 m/s."\n\n"Measured at 80 m."',
    });
    expect(edgesFrom(question, 'source-1').map((e) => e.to)).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('implicit premises', () => {
  it('are read from the marker the exporter writes, and only from the unescaped one', () => {
    const { map } = imported('implicit.txt');
    expect(map.nodes.find((n) => n.id === '1.2')).toMatchObject({
      label: 'This city can afford oaks',
      implicit: true,
    });
    expect(map.nodes.find((n) => n.id === '1.2.1')!.implicit).toBeUndefined();
  });
});

describe('tolerated mistakes', () => {
  it('are warnings with their line, and nothing is dropped', () => {
    const { map, warnings } = imported('tolerated.txt');
    expect(warnings).toEqual([
      {
        path: 'line 5',
        message:
          'claim number 1.1. is used again (first at line 4); claims numbered below it belong to the first',
      },
      {
        path: 'line 7',
        message:
          'claim 1.2. links to 1.9., which is not in the file; kept as a claim with its text',
      },
      {
        path: 'line 10',
        message:
          'claim 1.5. is part of a ring of "-> See" links that never reaches a claim; kept as a claim with its text',
      },
      { path: 'line 8', message: 'claim 1.3. links to its own parent; that relation is left out' },
      {
        path: 'line 11',
        message: 'claim 1.6.1. has no parent 1.6. in the file; kept as a separate part',
      },
      {
        path: 'line 12',
        message: 'thesis 1.1.2. is not right under the question; kept as a separate part',
      },
    ]);
    expect(map.nodes.find((n) => n.id === '1.2')!.label).toBe('-> See 1.9.');
    expect(map.nodes.find((n) => n.id === '1.1-2')).toMatchObject({
      label: 'The same number again.',
    });
    expect(map.edges.find((e) => e.from === '1.1-2')).toMatchObject({
      to: '1',
      relation: 'opposes',
    });
  });
});

describe('refused files', () => {
  const refuse = (text: string) => {
    const result = importKialo(text);
    if (result.ok) throw new Error('imported');
    return result.problems;
  };

  it('names what is wrong with a text that is not Kialo', () => {
    expect(refuse(fixture('not-kialo.txt'))).toEqual([
      {
        path: 'line 1',
        message:
          'this text is not a Kialo discussion export: its first line should start with "Discussion Title:" or "Discussion Name:"',
      },
    ]);
    expect(refuse('')).toEqual([
      {
        path: 'line 1',
        message:
          'this text is not a Kialo discussion export: its first line should start with "Discussion Title:" or "Discussion Name:"',
      },
    ]);
  });

  it('names a tab-separated table of claims for what it is', () => {
    expect(refuse('1.1.\tCon:\tA claim.\n1.1.1.\tPro:\tAnother.\n')[0]!.message).toMatch(
      /^this is a tab-separated table of Kialo claims/,
    );
  });

  it('refuses a title without claims, at the title', () => {
    expect(refuse(fixture('no-claims.txt'))).toEqual([
      {
        path: 'line 1',
        message:
          'the discussion has a title but no claims: expected numbered lines such as "1. …" and "1.1. Pro: …" after it',
      },
    ]);
  });

  it('refuses more claims than it reads, naming the limit', () => {
    const lines = ['Discussion Title: Many', '', '1. Thesis'];
    for (let i = 1; i <= 10_000; i++) lines.push(`1.${i}. Pro: Reason ${i}`);
    expect(refuse(lines.join('\n'))).toEqual([
      {
        path: 'line 10003',
        message: 'the discussion has more than 10000 claims; at most 10000 are read',
      },
    ]);
  });
});
