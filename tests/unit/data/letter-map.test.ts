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
    'pos-expel-frl',
    'pos-bolshevik-justification',
    'pos-corbyn-dual-membership-ban',
  ];

  it('includes the required opposed positions, each with a holder', () => {
    for (const id of required) {
      expect(node(id).kind, id).toBe('claim');
      expect(node(id).holder, id).toBeTruthy();
    }
  });

  it('holds no straw positions and no stance twice', () => {
    for (const id of ['pos-pacifism', 'pos-purge-dissenters', 't1-isa-rejected-line']) {
      expect(byId.has(id), id).toBe(false);
    }
    const quotes = map.nodes.flatMap((n) => (n.quote === undefined ? [] : [n.quote]));
    expect(quotes.filter((q, i) => quotes.indexOf(q) !== i)).toEqual([]);
    const isaStance = map.nodes.filter((n) =>
      n.quote?.includes('the ISA leadership took a pacifist position'),
    );
    expect(isaStance.map((n) => n.id)).toEqual(['pos-isa-pacifist']);
    // The holder takes the stance; the word for it is the letter's.
    expect(node('pos-isa-pacifist').label).toMatch(/the letter calls pacifist/);
  });

  it('answers every held position: an opposing edge from the author’s side aims at it, or at an inference it is part of', () => {
    const held = map.nodes.filter((n) => n.holder !== undefined);
    expect(held.length).toBeGreaterThanOrEqual(required.length);
    const edgeById = new Map(map.edges.map((e) => [e.id, e]));
    for (const n of held) {
      const answers = map.edges.filter((e) => {
        if (e.relation !== 'opposes') return false;
        if (!premisesOf(e).some((id) => byId.get(id)?.holder === undefined)) return false;
        if (e.to === n.id) return true;
        const attacked = edgeById.get(e.to);
        return (
          attacked !== undefined && (attacked.to === n.id || premisesOf(attacked).includes(n.id))
        );
      });
      expect(answers.length, n.id).toBeGreaterThan(0);
    }
  });

  it('splits the expulsion motion into its ground, which the letter grants, and its conclusion, which it attacks', () => {
    const motion = map.edges.find((e) => e.id === 'e-expulsion-motion')!;
    expect(motion).toMatchObject({
      from: 'pos-expulsion-grounds',
      to: 'pos-expel-frl',
      relation: 'supports',
    });
    expect(node('pos-expulsion-grounds').quote).toContain('does not share the core politics');
    expect(
      map.edges.filter((e) => e.to === 'pos-expulsion-grounds' && e.relation === 'opposes'),
    ).toEqual([]);
  });

  it('tags context and concessions, and links every concession by an opposes edge', () => {
    expect(tagged('context').map((n) => n.id)).toEqual(
      expect.arrayContaining(['ctx-expulsion-june-25', 'ctx-faction-purge', 'ctx-april-letter']),
    );
    const concessions = tagged('concession').map((n) => n.id);
    expect(concessions.sort()).toEqual(['t1-leaders-later-shifted', 't2-much-changed']);
    for (const id of concessions) {
      expect(
        map.edges.some((e) => premisesOf(e).includes(id) && e.relation === 'opposes'),
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
    const links = statementLinks(map);
    for (let i = 0; i + 1 < chain.length; i++) {
      expect(
        links.some(
          (l) => l.from === chain[i] && l.to === chain[i + 1] && l.edge.relation === 'supports',
        ),
        `${chain[i]} -> ${chain[i + 1]}`,
      ).toBe(true);
    }
  });

  it('links the takeaways only where the letter does', () => {
    const sectionOf = (id: string) => byId.get(id)?.section;
    const crossing = statementLinks(map)
      .filter((l) => {
        const [from, to] = [sectionOf(l.from), sectionOf(l.to)];
        return from !== to && from !== 'intro' && to !== 'intro';
      })
      .map((l) => `${l.from} → ${l.to}`)
      .sort();
    expect(crossing).toEqual([
      // “During the campaign to expel us, SAlt’s leaders sometimes invoked the history of Bolshevism”
      'pos-bolshevik-justification → pos-expel-frl',
      // “the decision to expel FRL members for their Marxist positions”
      't1-expelled-for-science → t2-salt-expelled-for-marxism',
      // the programs that offer “no serious ideas for how we would actually bring a communist society into existence”
      't1-program-overthrow-state → t3-programs-lack-path',
      // “fight for a program based on the principles of scientific socialism”
      't1-responsibility-to-fight → t3-stay-and-fight',
      // “In reality, the history of Bolshevism provides a framework for understanding why these expulsions were so unwarranted”
      't2-bolshevism-shows-unwarranted → pos-expel-frl',
      't2-bolshevism-shows-unwarranted → pos-expel-frl',
      // “the same basic problem as SAlt”
      't2-building-sect → t3-sect-problem',
    ]);
  });

  it('takes SAlt’s purge of the faction as the case behind the sects’ “same basic problem”', () => {
    const links = statementLinks(map);
    expect(
      links.some((l) => l.from === 'ctx-faction-purge' && l.to === 't3-leaders-purge-dissenters'),
    ).toBe(true);
    // The June 25 expulsion reaches it through the purge, not by a shortcut.
    expect(
      links.some(
        (l) => l.from === 'ctx-expulsion-june-25' && l.to === 't3-leaders-purge-dissenters',
      ),
    ).toBe(false);
  });
});

describe('three-takeaways map: format 2 structures', () => {
  const edgeIds = new Set(map.edges.map((e) => e.id));
  const linked = map.edges.filter((e) => Array.isArray(e.from));
  const undercuts = map.edges.filter((e) => e.relation === 'opposes' && edgeIds.has(e.to));
  const implicit = map.nodes.filter((n) => n.implicit === true);
  const linkedFrom = (to: string) =>
    linked.filter((e) => e.to === to).map((e) => [...premisesOf(e)].sort());

  it('has at least 6 linked groups, 2 undercuts and 3 implicit premises', () => {
    expect(linked.length).toBeGreaterThanOrEqual(6);
    expect(undercuts.length).toBeGreaterThanOrEqual(2);
    expect(implicit.length).toBeGreaterThanOrEqual(3);
  });

  it('links the premises the review named', () => {
    expect(linkedFrom('t1-principle-3-smash-state')).toEqual([
      ['t1-principle-1-classes', 't1-principle-2-state'],
    ]);
    const principles = [
      't1-principle-1-classes',
      't1-principle-2-state',
      't1-principle-3-smash-state',
    ];
    expect(linkedFrom('t1-program-overthrow-state')).toEqual([principles]);
    expect(linkedFrom('t1-progressive-wars')).toEqual([principles]);
    expect(
      map.edges.some((e) => e.from === 't1-principle-1-classes' && e.to === 't1-principle-2-state'),
    ).toBe(false);
    expect(linkedFrom('t2-1912-basis-for-split')).toEqual([
      ['ev-1912-liquidators', 'ev-bolsheviks-led-unions'],
    ]);
    expect(linkedFrom('t2-corbyn-decimated-party')).toEqual([
      ['ev-corbyn-ban', 't2-who-builds-party'],
    ]);
    expect(linkedFrom('t1-takeaway')).toEqual([
      ['t1-expelled-for-science', 't1-responsibility-to-fight'],
    ]);
    expect(linkedFrom('t2-takeaway')).toEqual([['t2-building-sect', 't2-leaders-obstacle']]);
    expect(linkedFrom('t3-takeaway')).toEqual([
      ['t3-stay-and-fight', 't3-then-join-dsa', 't3-united-front-work'],
    ]);
  });

  it('undercuts the appeal to Bolshevism and the expulsion motion', () => {
    const undercut = (id: string) =>
      undercuts.filter((e) => e.to === id).map((e) => premisesOf(e).join(' + '));
    expect(map.edges.find((e) => e.id === 'e-bolshevism-appeal')).toMatchObject({
      from: 'pos-bolshevik-justification',
      to: 'pos-expel-frl',
    });
    expect(undercut('e-bolshevism-appeal')).toEqual(['t2-bolshevism-shows-unwarranted']);
    expect(undercut('e-expulsion-motion')).toEqual(['t2-bolshevism-shows-unwarranted']);
  });

  it('supplies the unstated premises where a rule meets its case, none of them quoted', () => {
    expect(implicit.map((n) => n.id).sort()).toEqual([
      'imp-core-politics-sect-mark',
      'imp-current-lacks-sect-problem',
      'imp-high-bar-not-met',
      'imp-iran-oppressed-country',
    ]);
    for (const n of implicit) {
      expect(n.quote, n.id).toBeUndefined();
      expect(n.holder, n.id).toBeUndefined();
      const groups = linked.filter((e) => premisesOf(e).includes(n.id));
      expect(groups.length, n.id).toBe(1);
      expect(premisesOf(groups[0]!).length, n.id).toBeGreaterThan(1);
    }
    expect(linkedFrom('t1-defend-iran')[0]).toContain('imp-iran-oppressed-country');
    expect(linkedFrom('t2-bolshevism-shows-unwarranted')).toEqual([
      ['imp-high-bar-not-met', 't2-high-bar'],
    ]);
    expect(linkedFrom('t2-building-sect')[0]).toEqual(
      expect.arrayContaining(['imp-core-politics-sect-mark', 't2-sect-definition']),
    );
    expect(linkedFrom('t3-then-join-dsa')[0]).toContain('imp-current-lacks-sect-problem');
  });

  it('treats hedges as qualifications, never as attacks', () => {
    const hedges = [
      'not all wars are progressive',
      'If this is true',
      'multiple factors are at play',
      'I obviously do not have all the answers',
    ];
    const hedging = map.nodes.filter(
      (n) => n.tags?.includes('qualifier') || hedges.some((h) => n.quote?.includes(h)),
    );
    expect(hedging.length).toBeGreaterThanOrEqual(hedges.length);
    for (const hedge of hedges) {
      expect(
        map.nodes.some((n) => n.quote?.includes(hedge)),
        hedge,
      ).toBe(true);
    }
    for (const n of hedging) {
      expect(
        map.edges.filter((e) => e.relation === 'opposes' && premisesOf(e).includes(n.id)),
        n.id,
      ).toEqual([]);
    }
  });

  it('has no plain support that only repeats a longer path of plain supports', () => {
    const plain = map.edges.filter(
      (e) => typeof e.from === 'string' && byId.has(e.to) && e.relation === 'supports',
    ) as (ArgumentMap['edges'][number] & { from: string })[];
    const repeated = plain.filter((shortcut) => {
      const stack = plain
        .filter((e) => e !== shortcut && e.from === shortcut.from)
        .map((e) => e.to);
      const seen = new Set(stack);
      while (stack.length > 0) {
        const at = stack.pop()!;
        if (at === shortcut.to) return true;
        for (const e of plain) {
          if (e !== shortcut && e.from === at && !seen.has(e.to)) {
            seen.add(e.to);
            stack.push(e.to);
          }
        }
      }
      return false;
    });
    expect(repeated.map((e) => e.id)).toEqual([]);
  });

  it('tags the reconstructed thesis and keeps DSA and the united-front work apart in it', () => {
    const [t] = thesis;
    expect(t!.tags).toContain('reconstructed');
    expect(t!.quote).toBeUndefined();
    expect(t!.text).toMatch(/join the author’s current in DSA/);
    expect(t!.text).toMatch(/united-front work/);
    expect(t!.text).not.toMatch(/DSA-based/);
  });
});

describe('three-takeaways map: sources and wording', () => {
  it('lets the March 10 article document only the stance it predates', () => {
    expect(
      map.edges.filter((e) => premisesOf(e).includes('auth-salt-11-days')).map((e) => e.to),
    ).toEqual(['pos-isa-pacifist']);
  });

  it('gives sources named without a title a bracketed descriptive title', () => {
    expect(node('auth-marx-engels').citation!.title).toBe(
      '[no work cited] Marx and Engels on the US Civil War',
    );
    expect(node('auth-yougov').citation!.title).toMatch(/^\[untitled\] YouGov poll of May 27/);
    expect(node('auth-expulsion-motion').citation!.title).toMatch(/^\[untitled\] Motion to expel/);
  });

  it('attributes claims instead of asserting them in the map’s voice', () => {
    const voiced = map.nodes.filter((n) =>
      /\bin fact\b|\bdata show/i.test(`${n.label} ${n.text ?? ''}`),
    );
    expect(voiced.map((n) => n.id)).toEqual([]);
  });

  it('keeps the author’s qualifiers', () => {
    expect(node('ev-stay-away').label).toContain('understandable indifference');
    expect(node('t2-sects-split-trivially').label).toContain('trivial or incomprehensible');
    expect(node('ev-1903-marginal').label).toContain('trivial or incomprehensible');
    expect(node('t3-leaders-purge-dissenters').label).toContain('isolate and/or purge');
  });

  it('types unsupported assertions as claims, not evidence', () => {
    for (const id of [
      'ex-barbarian-invasions',
      'ev-us-restricts-technology',
      'ev-us-props-retrograde-governments',
      'ev-us-suppresses-socialism',
      'ev-still-refused-iran',
      'ev-your-party-imploding',
      'ev-join-then-leave',
      'ev-stay-away',
    ]) {
      expect(node(id).kind, id).toBe('claim');
    }
  });
});
