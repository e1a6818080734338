/** Fixtures and parsers shared by the exporter tests. */
import { fileURLToPath } from 'node:url';
import {
  ArgdownApplication,
  ArgdownTypes,
  DataPlugin,
  IEquivalenceClass,
  ModelPlugin,
  ParserPlugin,
  type IArgdownResponse,
} from '@argdown/core';
import { loadMapFile } from '../../../scripts/lib/load-map';
import type { ArgumentMap, Relation } from '../../../src/lib/model/types';
import { deepFreeze } from '../../support/freeze';

export const repoPath = (relative: string): string =>
  fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

/** Loads a map exactly as the CLI does, failing the test with the problems if it is invalid. */
export async function loadValidMap(relative: string): Promise<ArgumentMap> {
  const result = await loadMapFile(repoPath(relative));
  if (!result.ok) {
    throw new Error(
      `${relative} is invalid:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  return result.value;
}

export const THREE_TAKEAWAYS = 'data/maps/three-takeaways.json';

/** Maps every round trip runs on, the shipped letter map included. */
export const ROUND_TRIP_MAPS: readonly { file: string }[] = deepFreeze([
  { file: 'tests/fixtures/maps/small.json' },
  { file: 'tests/fixtures/maps/medium.json' },
  { file: THREE_TAKEAWAYS },
]);

/** `from → to (relation)` strings, sorted, for comparing edge sets; linked premises as `a + b`. */
export const relationSet = (
  edges: readonly { from: string | string[]; to: string; relation: Relation }[],
): string[] =>
  edges.map((edge) => `${[edge.from].flat().join(' + ')} → ${edge.to} (${edge.relation})`).sort();

export interface ParsedArgdown {
  errors: string[];
  statements: { title: string; text: string; data: Record<string, unknown>; tags: string[] }[];
  /** Arguments with their premise–conclusion structure: `[title, role]` per line. */
  arguments: { title: string; pcs: [string, string][] }[];
  /** `to` is the argument's title for an inference (an undercut's target), with `toType` `inference`. */
  relations: { from: string; to: string; type: string; fromType: string; toType: string }[];
  frontMatter: unknown;
}

/**
 * Runs @argdown/core's parser and model builder, the way the Argdown CLI
 * does (tags taken out of the text, as its `removeTagsFromText` does).
 */
export function parseArgdown(input: string): ParsedArgdown {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  const response: IArgdownResponse = app.run({
    input,
    process: ['parse-input', 'build-model'],
    logLevel: 'error',
    model: { removeTagsFromText: true },
  });
  const messages = (list: { message: string }[] | undefined) =>
    (list ?? []).map((error) => error.message);
  const errors = [
    ...messages(response.lexerErrors).map((message) => `lexer: ${message}`),
    ...messages(response.parserErrors).map((message) => `parser: ${message}`),
    ...messages(response.exceptions).map((message) => `exception: ${message}`),
  ];
  return {
    errors,
    statements: Object.values(response.statements ?? {}).map((ec) => ({
      title: ec.title ?? '',
      text: IEquivalenceClass.getCanonicalMemberText(ec) ?? '',
      data: (ec.data ?? {}) as Record<string, unknown>,
      tags: ec.tags ?? [],
    })),
    arguments: Object.values(response.arguments ?? {}).map((argument) => ({
      title: argument.title ?? '',
      pcs: argument.pcs.map((line): [string, string] => [line.title ?? '', line.role]),
    })),
    relations: (response.relations ?? []).map((relation) => ({
      from: relation.from?.title ?? '',
      to:
        relation.to?.type === ArgdownTypes.INFERENCE
          ? (relation.to.argumentTitle ?? '')
          : (relation.to?.title ?? ''),
      type: relation.relationType,
      fromType: relation.from?.type ?? '',
      toType: relation.to?.type ?? '',
    })),
    frontMatter: response.frontMatter,
  };
}

/** Text no format should choke on: markup of every format, controls, and Object.prototype names. */
export const HOSTILE_LABELS: readonly string[] = deepFreeze([
  `Tags <b>&amp; "quotes" 'single' & more</b>`,
  'Brackets ] [x] [y]: <arg>: @[z] {data: 1} [link](http://x.y)',
  'Line one\nline two\r\nline three\ttabbed',
  'Markup #tag *bold* __under__ _it_ `code` ~strike~ | pipe',
  'Comments // slash /* star */ <!-- html --> -->',
  'Shortcodes :heart: .A. .->. e.g. U.S.A. 10:30:00 ... www.x.org',
  'Front === matter ===',
  'Backslashes \\ \\n \\N \\l \\" end\\',
  'Controls \u0000\u0001\u0007\u001b\u007f\u0085 gone',
  '+ - > 1. (1) leading markers',
  'Unicode ✚ ✖ — “curly” 😀 עברית',
]);

/** A map of hostile content with a DAG join and a cycle, built without validation. */
export function hostileMap(): ArgumentMap {
  const ids = ['__proto__', 'constructor', 'toString', 'a]b', 'x"y', 'hasOwnProperty'];
  const nodes = HOSTILE_LABELS.map((label, i) => ({
    id: ids[i] ?? `n${i}`,
    kind: i === 0 ? ('thesis' as const) : i % 3 === 0 ? ('evidence' as const) : ('claim' as const),
    label,
    quote: `${label}\nquoted`,
    text: label,
    holder: i === 2 ? label : undefined,
    order: i + 1,
  }));
  nodes.push({
    id: 'authority',
    kind: 'claim',
    label: 'An <authority> & "friends"',
    quote: 'q',
    text: 't',
    holder: undefined,
    order: 99,
  });
  const edges = nodes.slice(1).map((node, i) => ({
    id: `e${i}`,
    from: node.id,
    to: nodes[Math.floor(i / 2)]!.id,
    relation: i % 2 === 0 ? ('supports' as const) : ('opposes' as const),
    note: `note <${i}> & "${i}"`,
  }));
  // A DAG join (constructor also bears on toString) and a cycle (thesis ↔ toString).
  edges.push({ id: 'join', from: 'constructor', to: 'toString', relation: 'supports', note: '' });
  edges.push({ id: 'back', from: '__proto__', to: 'toString', relation: 'opposes', note: '' });
  return {
    schemaVersion: 2,
    id: 'hostile <&> "map"',
    title: 'Hostile ]]> <title> & "more"\n===',
    source: {
      title: 'T <&>',
      author: 'A "B"',
      date: '2026',
      publication: 'P\nQ',
      url: 'javascript:alert(1)',
      text: 'none.txt',
    },
    sections: [],
    nodes: [
      ...nodes.map(({ holder, ...node }) => (holder === undefined ? node : { ...node, holder })),
      {
        id: 'cited',
        kind: 'authority',
        label: 'Cited ] work',
        citation: { title: 'T <i>&</i> "q"', author: ']]>', footnote: [10, 11], url: 'x' },
      },
    ],
    edges: [...edges, { id: 'cite', from: 'cited', to: '__proto__', relation: 'supports' }],
  };
}
