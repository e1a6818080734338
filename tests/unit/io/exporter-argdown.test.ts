import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  argdownTitles,
  escapeArgdownText,
  exportArgdown,
} from '../../../src/lib/io/exporters/argdown';
import { oneLine, stripControlChars } from '../../../src/lib/io/text';
import {
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Relation,
} from '../../../src/lib/model/types';
import { indexMap } from '../../../src/lib/model/inference';
import {
  HOSTILE_LABELS,
  ROUND_TRIP_MAPS,
  hostileMap,
  loadValidMap,
  parseArgdown,
} from './export-helpers';
import { runs } from '../../support/property';

/** Maps whose every statement, linked group and relation Argdown must carry. */
const FAITHFUL_MAPS = [
  ...ROUND_TRIP_MAPS.map(({ file }) => file),
  'tests/fixtures/v2/linked.json',
  'tests/fixtures/v2/undercut.json',
  'tests/fixtures/v2/backing.json',
  'tests/fixtures/v2/parts.json',
];

const RELATION_TYPE: Record<Relation, string> = { supports: 'support', opposes: 'attack' };

/**
 * What @argdown/core must read from the export of each Warrant edge, as
 * `from -type-> to` strings over Argdown titles: a plain relation between
 * statements; or, for an inference written as an argument, its structure
 * (`<edge>: premises => conclusion`) and the relation its stand-in
 * conclusion carries; and for a single reason aimed at an inference, an
 * undercut of (or a support for) that argument.
 */
function expectedArgdown(map: ArgumentMap, titles: Map<string, string>) {
  const index = indexMap(map);
  const asArgument = (edge: ArgumentEdge) =>
    premisesOf(edge).length > 1 || index.aimedAt.has(edge.id);
  const relations: string[] = [];
  const structures: string[] = [];
  for (const edge of map.edges) {
    const premises = premisesOf(edge).map((id) => titles.get(id)!);
    const target = index.nodes.get(edge.to);
    if (!asArgument(edge)) {
      if (target !== undefined) {
        relations.push(`${premises[0]} -${RELATION_TYPE[edge.relation]}-> ${titles.get(edge.to)}`);
      } else {
        const type = edge.relation === 'opposes' ? 'undercut' : 'support';
        relations.push(`${premises[0]} -${type}-> <${edge.to}>`);
      }
      continue;
    }
    const concludes = target !== undefined && edge.relation === 'supports';
    const conclusion = concludes ? titles.get(edge.to)! : `${edge.id}.conclusion`;
    structures.push(`<${edge.id}>: ${premises.join(' + ')} => ${conclusion}`);
    if (concludes) continue;
    if (target !== undefined) relations.push(`${conclusion} -attack-> ${titles.get(edge.to)}`);
    else {
      const type = edge.relation === 'opposes' ? 'undercut' : 'support';
      relations.push(`${conclusion} -${type}-> <${edge.to}>`);
    }
  }
  return { relations: relations.sort(), structures: structures.sort() };
}

/** Parses the export and checks it against the map: every statement, structure and relation. */
function expectFaithful(map: ArgumentMap) {
  const text = exportArgdown(map);
  const parsed = parseArgdown(text);
  expect(parsed.errors).toEqual([]);
  const titles = argdownTitles(map);

  const standIns = parsed.statements.filter((s) => s.data.warrant === 'placeholder');
  expect(parsed.statements.map((s) => s.title).sort()).toEqual(
    [...titles.values(), ...standIns.map((s) => s.title)].sort(),
  );
  for (const node of map.nodes) {
    const statement = parsed.statements.find((s) => s.title === titles.get(node.id))!;
    expect(statement.text.trim(), node.id).toBe(oneLine(node.label));
    expect(statement.data.kind, node.id).toBe(node.kind);
    expect(statement.tags, node.id).toEqual((node.tags ?? []).map(oneLine));
    expect(statement.data.implicit, node.id).toBe(node.implicit);
    // Quotes keep their line breaks; only control characters are dropped.
    expect(statement.data.quote, node.id).toBe(
      node.quote === undefined ? undefined : stripControlChars(node.quote),
    );
  }
  const relations = parsed.relations.map((relation) => {
    const to = relation.toType === 'equivalence-class' ? relation.to : `<${relation.to}>`;
    return `${relation.from} -${relation.type}-> ${to}`;
  });
  const structures = parsed.arguments
    .filter((argument) => argument.pcs.length > 0)
    .map((argument) => {
      const premises = argument.pcs.filter(([, role]) => role === 'premise').map(([t]) => t);
      return `<${argument.title}>: ${premises.join(' + ')} => ${argument.pcs.at(-1)![0]}`;
    });
  const expected = expectedArgdown(map, titles);
  expect(relations.sort()).toEqual(expected.relations);
  expect(structures.sort()).toEqual(expected.structures);
  return parsed;
}

describe('argdown round trip: JSON → Argdown → @argdown/core', () => {
  for (const file of FAITHFUL_MAPS) {
    it(`${file} keeps every statement, structure and relation`, async () => {
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

  it('writes linked premises as a premise–conclusion structure, with the scheme as rule', async () => {
    const text = exportArgdown(await loadValidMap('tests/fixtures/v2/linked.json'));
    expect(text).toContain(
      [
        '<g1>: The rule applied to its case.',
        '',
        '(1) [rule]: Cities should plant the trees that suit their climate {kind: "claim"}',
        '(2) [case]: Oaks suit this city\'s climate {kind: "evidence"}',
        '(3) [gap]: This city can afford oaks {kind: "claim", implicit: true}',
        '-- Argument from an established rule --',
        '(4) [c]',
      ].join('\n'),
    );
  });

  it('writes undercuts against the argument, and a stand-in for linked ones', async () => {
    const undercut = exportArgdown(await loadValidMap('tests/fixtures/v2/undercut.json'));
    expect(undercut).toMatch(/^<e1>\n {2}<_ \[u\]: /m);
    const backing = exportArgdown(await loadValidMap('tests/fixtures/v2/backing.json'));
    expect(backing).toMatch(/^<e1>\n {2}<\+ \[w\]: /m);
    expect(backing).toMatch(/^<u1>\n {2}_> <e1>$/m);
    expect(backing).toContain('(3) [u1.conclusion]: Against the step e1 {warrant: "placeholder"}');
  });
});

describe('argdown escaping', () => {
  it('parses hostile content to the same statements, texts and relations', () => {
    const map = hostileMap();
    const parsed = expectFaithful(map);
    expect(parsed.statements).toHaveLength(map.nodes.length);
  });

  it('writes tags as Argdown tags, and those it cannot delimit as data', () => {
    const map = hostileMap();
    map.nodes = map.nodes.map((node, i) => ({
      ...node,
      tags: [HOSTILE_LABELS[i]!, 'plain', 'a (b)', '#x', 'y]z {q}'].filter(Boolean),
    }));
    const parsed = parseArgdown(exportArgdown(map));
    expect(parsed.errors).toEqual([]);
    for (const node of map.nodes) {
      const statement = parsed.statements.find((s) => s.data.order === node.order)!;
      const inline = node.tags!.filter((tag) => !/[()]/.test(oneLine(tag)));
      expect(statement.tags, node.id).toEqual(inline.map(oneLine));
      expect(statement.data.tags, node.id).toEqual(
        node.tags!.filter((tag) => /[()]/.test(oneLine(tag))),
      );
    }
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

  it('keeps notes in comments from breaking a reference line (property test)', () => {
    const markup = fc.constantFrom(
      ...'\\[]<>{}#*_@/=.:-+()!&"\'`|~,; \n'.split(''),
      ']:',
      '>:',
      '[x]',
      '<y>',
      '//',
      '/*',
      '*/',
      '<!--',
      '-->',
    );
    const note = fc
      .array(fc.oneof(markup, fc.string({ maxLength: 3 })), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(note, (text) => {
        // b is defined under a, then referred to under c, with the note after the reference.
        const map: ArgumentMap = {
          schemaVersion: 2,
          id: 'notes',
          title: 'Notes',
          sections: [],
          nodes: ['a', 'b', 'c'].map((id, i) => ({
            id,
            kind: i === 0 ? 'thesis' : 'claim',
            label: id.toUpperCase(),
          })),
          edges: [
            { id: 'e0', from: 'b', to: 'a', relation: 'supports', note: text },
            { id: 'e1', from: 'c', to: 'a', relation: 'supports', note: text },
            { id: 'e2', from: 'b', to: 'c', relation: 'opposes', note: text },
          ],
        };
        const parsed = parseArgdown(exportArgdown(map));
        expect(parsed.errors).toEqual([]);
        expect(parsed.relations).toHaveLength(3);
      }),
      { numRuns: 300 },
    );
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
