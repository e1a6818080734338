import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateMap } from '../../../src/lib/model/validate';
import {
  footnotesOf,
  premisesOf,
  type ArgumentMap,
  type Statement,
} from '../../../src/lib/model/types';
import { statementLinks } from '../../../src/lib/model/inference';
import { normalizeWhitespace } from '../../../src/lib/model/graph-checks';

const read = (path: string): string =>
  readFileSync(new URL(`../../../data/${path}`, import.meta.url), 'utf8');

const map = JSON.parse(read('maps/three-takeaways.json')) as ArgumentMap;
const sourceText = read('sources/three-takeaways.txt');

const byId = new Map(map.nodes.map((node) => [node.id, node]));
const node = (id: string): Statement => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no node "${id}"`);
  return found;
};
const thesis = map.nodes.filter((n) => n.kind === 'thesis');
const authorities = map.nodes.filter((n) => n.kind === 'authority');
const authoritiesFor = (footnote: number): Statement[] =>
  authorities.filter((n) => footnotesOf(n.citation).includes(footnote));
const tagged = (tag: string): Statement[] => map.nodes.filter((n) => n.tags?.includes(tag));

/** Ids of every node from which `target` is reachable, following edges forward or in both directions. */
function reaching(target: string, directed: boolean): Set<string> {
  const back = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    if (!back.has(a)) back.set(a, []);
    back.get(a)!.push(b);
  };
  for (const { from, to } of statementLinks(map)) {
    link(to, from);
    if (!directed) link(from, to);
  }
  const seen = new Set([target]);
  const stack = [target];
  while (stack.length > 0) {
    for (const next of back.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

describe('three-takeaways map: validity', () => {
  it('passes validateMap with every quote proven verbatim', () => {
    const result = validateMap(map, { sourceText });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('points at the source text and describes the letter', () => {
    expect(map.id).toBe('three-takeaways');
    expect(map.schemaVersion).toBe(2);
    expect(map.source).toMatchObject({
      author: 'Stephen Thompson',
      date: '2026-06-28',
      publication: 'Cosmonaut Magazine',
      text: '../sources/three-takeaways.txt',
    });
  });

  it('has a plausible size', () => {
    expect(map.nodes.length).toBeGreaterThanOrEqual(80);
    expect(map.nodes.length).toBeLessThanOrEqual(150);
  });
});

describe('three-takeaways map: structure', () => {
  it('has exactly one thesis', () => {
    expect(thesis.map((n) => n.id)).toEqual(['thesis']);
  });

  it('has the four sections and every node belongs to one', () => {
    expect(map.sections.map((s) => s.id)).toEqual(['intro', 't1', 't2', 't3']);
    const sections = new Set(map.sections.map((s) => s.id));
    const missing = map.nodes.filter((n) => n.section === undefined || !sections.has(n.section));
    expect(missing.map((n) => n.id)).toEqual([]);
  });

  it('gives every node a unique reading order', () => {
    const orders = map.nodes.map((n) => n.order);
    expect(orders.every((o) => typeof o === 'number')).toBe(true);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('orders sections in reading order: intro < t1 < t2 < t3', () => {
    const ids = map.sections.map((s) => s.id);
    for (let i = 0; i + 1 < ids.length; i++) {
      const current = map.nodes.filter((n) => n.section === ids[i]).map((n) => n.order!);
      const next = map.nodes.filter((n) => n.section === ids[i + 1]).map((n) => n.order!);
      expect(current.length).toBeGreaterThan(0);
      expect(Math.max(...current), `${ids[i]} before ${ids[i + 1]}`).toBeLessThan(
        Math.min(...next),
      );
    }
  });

  it('orders authorities after the point where their footnote appears', () => {
    const footnoted = authorities
      .filter((n) => footnotesOf(n.citation).length > 0)
      .sort((a, b) => a.order! - b.order!);
    const first = footnoted.map((n) => Math.min(...footnotesOf(n.citation)));
    expect(first).toEqual([...first].sort((a, b) => a - b));
  });

  it('hangs the three takeaways directly on the thesis', () => {
    for (const id of ['t1-takeaway', 't2-takeaway', 't3-takeaway']) {
      expect(node(id).kind).toBe('claim');
      expect(
        map.edges.some((e) => e.from === id && e.to === 'thesis' && e.relation === 'supports'),
        id,
      ).toBe(true);
    }
  });

  it('lets every author-held node reach the thesis along edge directions', () => {
    const reach = reaching('thesis', true);
    const stranded = map.nodes.filter((n) => n.holder === undefined && !reach.has(n.id));
    expect(stranded.map((n) => n.id)).toEqual([]);
  });

  it('connects every other node to the thesis', () => {
    const reach = reaching('thesis', false);
    expect(map.nodes.filter((n) => !reach.has(n.id)).map((n) => n.id)).toEqual([]);
  });

  it('uses ids unique across nodes and edges', () => {
    const ids = [...map.nodes.map((n) => n.id), ...map.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('three-takeaways map: labels and quotes', () => {
  it('gives every evidence node a quote', () => {
    const unquoted = map.nodes.filter((n) => n.kind === 'evidence' && n.quote === undefined);
    expect(unquoted.map((n) => n.id)).toEqual([]);
  });

  it('quotes at least 70% of claims', () => {
    const claims = map.nodes.filter((n) => n.kind === 'claim');
    const quoted = claims.filter((n) => n.quote !== undefined);
    expect(quoted.length / claims.length).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps labels short and paraphrased rather than quoted', () => {
    const long = map.nodes.filter((n) => n.label.length > 100);
    expect(long.map((n) => n.id)).toEqual([]);
    const copied = map.nodes.filter(
      (n) =>
        n.quote !== undefined &&
        normalizeWhitespace(n.label).toLowerCase() === normalizeWhitespace(n.quote).toLowerCase(),
    );
    expect(copied.map((n) => n.id)).toEqual([]);
  });

  it('quotes the typographic punctuation of the source', () => {
    expect(node('t1-bourgeois-common-sense').quote).toContain('“common sense”');
    expect(node('t2-organize-advanced-workers').quote).toContain(' – ');
    expect(node('auth-trotsky').quote).toContain('monarchy….');
  });
});

describe('three-takeaways map: authorities and footnotes', () => {
  it('resolves every footnote 1..15 to an authority', () => {
    for (let footnote = 1; footnote <= 15; footnote++) {
      expect(authoritiesFor(footnote).length, `footnote ${footnote}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('cites no footnote the letter does not have', () => {
    const all = authorities.flatMap((n) => footnotesOf(n.citation));
    expect(all.every((f) => Number.isInteger(f) && f >= 1 && f <= 15)).toBe(true);
  });

  it('splits footnote 1 into its two letters', () => {
    expect(
      authoritiesFor(1)
        .map((n) => n.citation!.title)
        .sort(),
    ).toEqual([
      'Imperialist China?',
      'Letter: Expelled from the ISA for wanting to defend Iran and refusing to support Democrats!',
    ]);
  });

  it('resolves footnote 11 (“Ibid.”) to the same single node as footnote 10', () => {
    const ten = authoritiesFor(10);
    const eleven = authoritiesFor(11);
    expect(ten.length).toBe(1);
    expect(eleven.map((n) => n.id)).toEqual(ten.map((n) => n.id));
    expect(footnotesOf(ten[0]!.citation)).toEqual([10, 11]);
    expect(ten[0]!.citation!.title).toBe('Letter to Iskra');
  });

  it('gives every authority a citation, with http(s) URLs only', () => {
    expect(authorities.filter((n) => n.citation === undefined).map((n) => n.id)).toEqual([]);
    for (const n of authorities) {
      if (n.citation?.url !== undefined) expect(n.citation.url, n.id).toMatch(/^https?:\/\//);
    }
  });

  it('links every authority to what it backs', () => {
    for (const n of authorities) {
      expect(
        map.edges.some((e) => e.from === n.id),
        n.id,
      ).toBe(true);
    }
  });

  it('notes the missing footnote on sources named only in the text', () => {
    const unnumbered = authorities.filter((n) => footnotesOf(n.citation).length === 0);
    expect(unnumbered.map((n) => n.id).sort()).toEqual(['auth-marx-engels', 'auth-yougov']);
    for (const n of unnumbered) expect(n.citation!.note, n.id).toMatch(/no footnote/);
  });

  it('copies citations exactly as the footnotes give them', () => {
    expect(authoritiesFor(13)[0]!.citation).toMatchObject({
      author: 'Hal Draper',
      title: 'Anatomy of the Micro-Sect',
      url: 'https://www.marxists.org/archive/draper/1973/xx/microsect.htm',
    });
    expect(authoritiesFor(12)[0]!.citation).toMatchObject({
      author: 'Neil Harding',
      title:
        'Lenin’s Political Thought, Volume 1: Theory and Practice in the Democratic Revolution',
      publication: 'Haymarket',
      date: '2009',
      pages: '249-305',
    });
    expect(authoritiesFor(9)[0]!.citation).toMatchObject({
      author: 'Lars T. Lih',
      title: 'Lenin Rediscovered: What Is to Be Done? in Context',
      date: '2008',
      pages: '335-346',
    });
    expect(authoritiesFor(4)[0]!.citation!.author).toBe('V.L. Lenin');
    expect(authoritiesFor(7)[0]!.citation).toMatchObject({
      title: '11 Days Of War On Iran—Trump Has Unleashed A Nightmare',
      date: '2026-03-10',
    });
    expect(authoritiesFor(14)[0]!.citation).toMatchObject({
      title: '81 Percent Say They Can’t Afford to Pay Higher Taxes Next Year',
      date: '2025-04-14',
    });
    expect(authoritiesFor(15)[0]!.citation!.url).toBe(
      'https://unitedfrontforaworkersparty.org/article/vote-socialist',
    );
  });

  it('keeps the remarks of footnotes 7 and 14 in notes and as nodes', () => {
    expect(authoritiesFor(7)[0]!.citation!.note).toContain('shifted their position');
    expect(authoritiesFor(14)[0]!.citation!.note).toContain('37 million');
    expect(node('t1-leaders-later-shifted').tags).toContain('concession');
    expect(node('ev-14-percent').kind).toBe('evidence');
    expect(node('ev-14-percent').quote).toContain('14%');
  });
});

describe('three-takeaways map: opposed positions and concessions', () => {
  const required = [
    'pos-isa-pacifist',
    'pos-expulsion-grounds',
    'pos-bolshevik-justification',
    'pos-corbyn-dual-membership-ban',
    'pos-purge-dissenters',
    'pos-pacifism',
  ];

  it('includes the required opposed positions, each with a holder', () => {
    for (const id of required) {
      expect(node(id).kind, id).toBe('claim');
      expect(node(id).holder, id).toBeTruthy();
    }
  });

  it('answers every held position with an opposing edge from the author’s side', () => {
    const held = map.nodes.filter((n) => n.holder !== undefined);
    expect(held.length).toBeGreaterThanOrEqual(required.length);
    for (const n of held) {
      const answers = map.edges.filter(
        (e) =>
          e.to === n.id &&
          e.relation === 'opposes' &&
          premisesOf(e).some((id) => byId.get(id)?.holder === undefined),
      );
      expect(answers.length, n.id).toBeGreaterThan(0);
    }
  });

  it('tags context and concessions, and links every concession by an opposes edge', () => {
    expect(tagged('context').map((n) => n.id)).toEqual(
      expect.arrayContaining(['ctx-expulsion-june-25', 'ctx-faction-purge', 'ctx-april-letter']),
    );
    const concessions = tagged('concession').map((n) => n.id);
    expect(concessions).toEqual(
      expect.arrayContaining([
        'intro-no-all-answers',
        't1-not-all-wars-progressive',
        't1-leaders-later-shifted',
        't2-much-changed',
        't3-if-true',
        't3-multiple-factors',
      ]),
    );
    for (const id of concessions) {
      expect(
        map.edges.some((e) => e.from === id && e.relation === 'opposes'),
        id,
      ).toBe(true);
    }
  });

  it('chains the war argument step by step down to defending Iran', () => {
    const chain = [
      't1-principle-3-smash-state',
      't1-progressive-wars',
      't1-objective-interest-in-side',
      't1-not-pacifist',
      't1-side-with-oppressed-countries',
      't1-defend-iran',
    ];
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(
        map.edges.some(
          (e) => e.from === chain[i] && e.to === chain[i + 1] && e.relation === 'supports',
        ),
        `${chain[i]} -> ${chain[i + 1]}`,
      ).toBe(true);
    }
  });

  it('uses the expulsion of June 25 as evidence that leaders purge dissenters', () => {
    expect(
      map.edges.some(
        (e) => e.from === 'ctx-expulsion-june-25' && e.to === 't3-leaders-purge-dissenters',
      ),
    ).toBe(true);
  });
});
