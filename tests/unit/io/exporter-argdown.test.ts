import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argdownTitles,
  escapeArgdownText,
  exportArgdown,
} from '../../../src/lib/io/exporters/argdown';
import { oneLine, stripControlChars } from '../../../src/lib/io/text';
import type { ArgumentMap } from '../../../src/lib/model/types';
import {
  HOSTILE_LABELS,
  ROUND_TRIP_MAPS,
  hostileMap,
  loadValidMap,
  parseArgdown,
  relationSet,
} from './export-helpers';
import { runs } from '../../support/property';

const ARGDOWN_RELATION = { support: 'supports', attack: 'opposes' } as const;

/** Parses the export and checks it against the map: one statement per node, one relation per edge. */
function expectFaithful(map: ArgumentMap) {
  const text = exportArgdown(map);
  const parsed = parseArgdown(text);
  expect(parsed.errors).toEqual([]);
  const titles = argdownTitles(map);
  const nodeOf = new Map([...titles].map(([id, title]) => [title, id]));

  expect(parsed.statements.map((s) => s.title).sort()).toEqual([...titles.values()].sort());
  for (const node of map.nodes) {
    const statement = parsed.statements.find((s) => s.title === titles.get(node.id))!;
    expect(statement.text.trim(), node.id).toBe(oneLine(node.label));
    expect(statement.data.kind, node.id).toBe(node.kind);
    // Quotes keep their line breaks; only control characters are dropped.
    expect(statement.data.quote, node.id).toBe(
      node.quote === undefined ? undefined : stripControlChars(node.quote),
    );
  }
  const relations = parsed.relations.map((relation) => {
    expect(Object.keys(ARGDOWN_RELATION)).toContain(relation.type);
    return {
      from: nodeOf.get(relation.from) ?? `?${relation.from}`,
      to: nodeOf.get(relation.to) ?? `?${relation.to}`,
      relation: ARGDOWN_RELATION[relation.type as keyof typeof ARGDOWN_RELATION],
    };
  });
  expect(relationSet(relations)).toEqual(relationSet(map.edges));
  return parsed;
}

describe('argdown round trip: JSON → Argdown → @argdown/core', () => {
  for (const { file } of ROUND_TRIP_MAPS) {
    it(`${file} keeps every statement and relation`, async () => {
      expectFaithful(await loadValidMap(file));
    });
  }

  it('carries quote, holder, section and citation as statement data', async () => {
    const medium = await loadValidMap('tests/fixtures/maps/medium.json');
    const parsed = expectFaithful(medium);
    const data = (title: string) => parsed.statements.find((s) => s.title === title)!.data;
    expect(data('voices')).toEqual({
      kind: 'evidence',
      order: 5,
      section: 'Results',
      quote: 'Students & teachers alike say "we come back ready to learn."',
    });
    expect(data('childcare')).toMatchObject({ holder: 'Critics', section: 'Objections' });
    expect(data('missouri').citation).toBe(
      'Missouri Department of Elementary and Secondary Education, Four-Day School Week Attendance Report, State report (2019), https://example.org/missouri',
    );
    expect(parsed.frontMatter).toMatchObject({
      title: 'A four-day school week',
      author: 'Fixture Author',
      date: '2024-09',
    });
  });

  it('defines a statement reached twice once and refers to it after', async () => {
    const text = exportArgdown(await loadValidMap('tests/fixtures/maps/medium.json'));
    expect(text.match(/\[savings\]: /g)).toHaveLength(1);
    expect(text).toMatch(/^ {4}\+ \[savings\] \/\/ scheme: cause-to-effect$/m);
    expect(text.match(/\[rand\]/g)).toHaveLength(2);
  });
});

describe('argdown escaping', () => {
  it('parses hostile content to the same statements, texts and relations', () => {
    const map = hostileMap();
    const parsed = expectFaithful(map);
    expect(parsed.statements).toHaveLength(map.nodes.length);
  });

  it('never uses a title that breaks @argdown/core’s statement index', () => {
    const titles = [...argdownTitles(hostileMap()).values()];
    expect(titles).toContain('n__proto__');
    expect(titles).toContain('constructor-2');
    expect(titles).toContain('a-b');
    for (const title of titles) {
      expect(title).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
      expect(title in Object.prototype).toBe(false);
    }
  });

  it('leaves ordinary prose readable', () => {
    expect(escapeArgdownText('Mr. Smith said: yes, e.g. twice.')).toBe(
      'Mr. Smith said: yes, e\\.g. twice.',
    );
    expect(escapeArgdownText('a [b] #c')).toBe('a \\[b\\] \\#c');
  });

  it.each(HOSTILE_LABELS)('reads back exactly: %j', (label) => {
    const parsed = parseArgdown(`[t]: ${escapeArgdownText(label)}\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.statements.map((s) => s.text.trim())).toEqual([oneLine(label)]);
  });

  it('reads back exactly for arbitrary text (property test)', () => {
    const markup = fc.constantFrom(
      ...'\\[]<>{}#*_@/=.:-+()!&"\'`|~,; \n\t'.split(''),
      ':heart:',
      '.A.',
      '<!--',
      '-->',
      '//',
      '===',
      '**',
      '__',
      '](',
    );
    const text = fc
      .array(fc.oneof(markup, fc.string({ maxLength: 4 })), { maxLength: 24 })
      .map((parts) => parts.join(''))
      .filter((value) => oneLine(value) !== '');
    fc.assert(
      fc.property(text, (label) => {
        const parsed = parseArgdown(`[t]: ${escapeArgdownText(label)} {kind: "claim"}\n`);
        expect(parsed.errors).toEqual([]);
        expect(parsed.statements.map((s) => s.text.trim())).toEqual([oneLine(label)]);
      }),
      runs(300),
    );
  });
});
