import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, searchNodes, type SearchHit } from '../../../src/lib/analysis/search';
import type { ArgumentMap, Statement } from '../../../src/lib/model/types';

const small = JSON.parse(
  readFileSync(new URL('../../fixtures/maps/small.json', import.meta.url), 'utf8'),
) as ArgumentMap;

const node = (id: string, fields: Partial<Statement> = {}): Statement => ({
  id,
  kind: 'claim',
  label: `node ${id}`,
  ...fields,
});

/** `[id, field]` pairs, in result order. */
const summary = (hits: SearchHit[]) => hits.map((hit) => [hit.node.id, hit.field]);

describe('fold', () => {
  it.each([
    ['Marx’s', "marx's"],
    ['‘quoted’ ‛x′', "'quoted' 'x'"],
    ['“Marxist” „sects“', '"marxist" "sects"'],
    ['Café Müller naïve Ångström', 'cafe muller naive angstrom'],
    ['long‐term – long—term ― x ‑ ‒', 'long-term - long-term - x - -'],
    ['ﬁne ﬂow', 'fine flow'],
    ['ÉCOLE', 'ecole'],
    ['plain ascii 123', 'plain ascii 123'],
    // A double prime must fold before NFKD splits it into two primes.
    ['″', '"'],
  ])('folds %j to %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fold(fold(text))).toBe(fold(text));
      }),
    );
  });
});

describe('searchNodes', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(searchNodes(small.nodes, '')).toEqual([]);
    expect(searchNodes(small.nodes, '   \t\n ')).toEqual([]);
  });

  it('finds every node containing the word, in reading order', () => {
    expect(summary(searchNodes(small.nodes, 'trees'))).toEqual([
      ['thesis', 'label'],
      ['cooling', 'label'],
      ['cost-objection', 'label'],
    ]);
  });

  it('ignores case in the query and the text', () => {
    const lower = summary(searchNodes(small.nodes, 'trees'));
    expect(summary(searchNodes(small.nodes, 'TREES'))).toEqual(lower);
    expect(summary(searchNodes(small.nodes, 'TrEeS'))).toEqual(lower);
  });

  it('returns the node object itself', () => {
    const [hit] = searchNodes(small.nodes, 'upkeep');
    expect(hit?.node).toBe(small.nodes[4]);
  });

  it('folds diacritics, typographic quotes and dashes on both sides', () => {
    const nodes = [
      node('a', { label: 'Marx’s theory of value' }),
      node('b', { label: 'Café Müller is naïve' }),
      node('c', { label: 'A long‐term — view' }),
      node('d', { label: 'Leaders of “Marxist” sects' }),
    ];
    const ids = (query: string) => searchNodes(nodes, query).map((hit) => hit.node.id);
    expect(ids("marx's")).toEqual(['a']);
    expect(ids('MARX’S')).toEqual(['a']);
    expect(ids('cafe muller naive')).toEqual(['b']);
    expect(ids('CAFÉ')).toEqual(['b']);
    expect(ids('long-term')).toEqual(['c']);
    expect(ids('long–term')).toEqual(['c']);
    expect(ids('"marxist"')).toEqual(['d']);
    expect(ids('marx')).toEqual(['a', 'd']);
  });

  it('matches substrings, not only whole words', () => {
    expect(searchNodes(small.nodes, 'condition').map((hit) => hit.node.id)).toEqual(['cheaper']);
  });

  it('requires every word (AND), each possibly in a different field', () => {
    // "trees" is in cooling's label, "evaporation" only in its text.
    expect(summary(searchNodes(small.nodes, 'trees evaporation'))).toEqual([['cooling', 'label']]);
    // "shade" is in cooling's text and in heat-study's citation; "summer" only in cooling.
    expect(summary(searchNodes(small.nodes, 'shade summer'))).toEqual([['cooling', 'label']]);
    // Each word matches some node, but no node has both.
    expect(searchNodes(small.nodes, 'evaporation upkeep')).toEqual([]);
    expect(searchNodes(small.nodes, 'trees zebra')).toEqual([]);
  });

  it('does not match a word across two fields', () => {
    const nodes = [node('a', { label: 'foo', text: 'bar' })];
    expect(searchNodes(nodes, 'foobar')).toEqual([]);
    expect(searchNodes(nodes, 'foo bar')).toHaveLength(1);
  });

  it('reports each node once, under its best field', () => {
    const nodes = [
      node('a', {
        label: 'river',
        holder: 'river people',
        text: 'river text',
        quote: 'river quote',
        citation: { title: 'River book', author: 'River' },
      }),
    ];
    expect(summary(searchNodes(nodes, 'river'))).toEqual([['a', 'label']]);
  });

  it.each([
    ['label', { label: 'needle here' }],
    ['holder', { holder: 'Needle Party' }],
    ['text', { text: 'a needle in text' }],
    ['quote', { quote: 'the needle quoted' }],
    ['citation', { citation: { title: 'On Needles' } }],
  ] as const)('reports a hit in the %s field', (field, fields) => {
    const hits = searchNodes([node('x', { label: 'other', ...fields })], 'needle');
    expect(summary(hits)).toEqual([['x', field]]);
  });

  it('ranks label > holder > text > quote > citation, regardless of reading order', () => {
    const nodes = [
      node('cit', { order: 1, citation: { title: 'needle' } }),
      node('quo', { order: 2, quote: 'needle' }),
      node('txt', { order: 3, text: 'needle' }),
      node('hol', { order: 4, holder: 'needle' }),
      node('lab', { order: 5, label: 'needle' }),
    ];
    expect(summary(searchNodes(nodes, 'needle'))).toEqual([
      ['lab', 'label'],
      ['hol', 'holder'],
      ['txt', 'text'],
      ['quo', 'quote'],
      ['cit', 'citation'],
    ]);
  });

  it('breaks ties by `order`, then by position; nodes without order come last', () => {
    const nodes = [
      node('none1', { label: 'needle' }),
      node('third', { label: 'needle', order: 3 }),
      node('first', { label: 'needle', order: 1 }),
      node('none2', { label: 'needle' }),
      node('second-a', { label: 'needle', order: 2 }),
      node('second-b', { label: 'needle', order: 2 }),
    ];
    expect(searchNodes(nodes, 'needle').map((hit) => hit.node.id)).toEqual([
      'first',
      'second-a',
      'second-b',
      'third',
      'none1',
      'none2',
    ]);
  });

  it('searches the holder', () => {
    const [hit, ...rest] = searchNodes(small.nodes, 'critics');
    expect(rest).toEqual([]);
    expect(hit).toEqual({ node: small.nodes[3], field: 'holder', excerpt: 'Some critics' });
  });

  it.each([
    ['author', 'researcher'],
    ['title', 'urban'],
    ['publication', 'journal of streets'],
    ['url', 'example.org/heat-study'],
    ['pages', '10-12'],
  ])('searches the citation %s', (_part, query) => {
    expect(summary(searchNodes(small.nodes, query))).toEqual([['heat-study', 'citation']]);
  });

  it('excerpts the whole citation, joined with middots, cut at 80 characters after the match', () => {
    const [hit] = searchNodes(small.nodes, 'researcher');
    expect(hit?.excerpt).toBe(
      'A. Researcher · Urban Heat & Shade · Journal of Streets · 2019 · 10-12 · https://ex…',
    );
  });

  it('gives the whole field as the excerpt when it is short', () => {
    const [hit] = searchNodes(small.nodes, 'evaporation');
    expect(hit).toMatchObject({ field: 'text' });
    expect(hit?.excerpt).toBe('Shade and evaporation lower street temperatures on hot days.');
  });

  it('excerpts 40 characters before and 80 after the first match, with ellipses', () => {
    const text = `${'a'.repeat(100)} needle ${'b'.repeat(100)}`;
    const [hit] = searchNodes([node('x', { label: 'other', text })], 'needle');
    expect(hit?.excerpt).toBe(`…${'a'.repeat(39)} needle ${'b'.repeat(73)}…`);
  });

  it('puts an ellipsis only on the side that was cut', () => {
    const head = `needle ${'b'.repeat(200)}`;
    const tail = `${'a'.repeat(200)} needle`;
    const [atHead] = searchNodes([node('x', { label: 'x', text: head })], 'needle');
    const [atTail] = searchNodes([node('x', { label: 'x', text: tail })], 'needle');
    expect(atHead?.excerpt).toBe(`${head.slice(0, 80)}…`);
    expect(atTail?.excerpt).toBe(`…${'a'.repeat(39)} needle`);
  });

  it('centres the excerpt on the earliest matching word in the best field', () => {
    const text = `${'x'.repeat(60)} alpha ${'y'.repeat(60)} beta`;
    const [hit] = searchNodes([node('n', { label: 'other', text })], 'beta alpha');
    expect(hit?.excerpt.startsWith(`…${'x'.repeat(39)} alpha`)).toBe(true);
  });

  it('excerpts the original text, not the folded one', () => {
    const [hit] = searchNodes([node('a', { label: 'Marx’s Café' })], 'cafe');
    expect(hit?.excerpt).toBe('Marx’s Café');
  });

  it('stops at the limit, keeping the best hits', () => {
    const nodes = Array.from({ length: 80 }, (_, i) =>
      node(`n${i}`, { label: 'needle', order: 80 - i }),
    );
    expect(searchNodes(nodes, 'needle')).toHaveLength(50);
    const three = searchNodes(nodes, 'needle', 3).map((hit) => hit.node.id);
    expect(three).toEqual(['n79', 'n78', 'n77']);
    expect(searchNodes(nodes, 'needle', 0)).toEqual([]);
  });

  it('never reports a node twice and only reports nodes that contain every word', () => {
    const words = ['trees', 'cool', 'cost', 'heat', 'shade', 'cheaper', 'the', 'e', 'zzz'];
    fc.assert(
      fc.property(fc.subarray(words, { minLength: 1 }), (chosen) => {
        const hits = searchNodes(small.nodes, chosen.join(' '));
        const ids = hits.map((hit) => hit.node.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const hit of hits) {
          const all = fold(JSON.stringify(hit.node));
          for (const word of chosen) expect(all).toContain(word);
        }
      }),
    );
  });
});
