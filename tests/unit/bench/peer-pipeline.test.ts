import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { argdownToDot, argdownToSvg } from '../../../bench/peer/argdown-pipeline';
import { generateMap } from '../../../bench/generate';
import { argdownTitles, exportArgdown } from '../../../src/lib/io/exporters/argdown';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { readMap } from '../../support/maps';

/**
 * The Argdown peer of `npm run bench` times this pipeline in the browser; here
 * it runs in Node (the same code, Graphviz's WebAssembly included) to show that
 * the picture it times is the whole map: one SVG node per statement, titled as
 * Warrant's Argdown export titles it, and one SVG edge per relation.
 */

/** The bold first line of each `g.node` in Graphviz's SVG: Argdown puts the statement's title there. */
function nodeTitles(svg: string): string[] {
  const groups = svg.split(/<g id="node\d+" class="node">/).slice(1);
  return groups.map((group) => {
    const body = group.slice(0, group.indexOf('</g>'));
    const bold = /<text [^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/.exec(body);
    return (bold?.[1] ?? '').replace(/&#45;/g, '-').replace(/&#46;/g, '.');
  });
}

const edgeCount = (svg: string) => svg.match(/<g id="edge\d+" class="edge">/g)?.length ?? 0;

let graphviz: Graphviz;
beforeAll(async () => {
  graphviz = await Graphviz.load();
});

const MAPS: [string, () => ArgumentMap][] = [
  ['the five-statement fixture', () => readMap('tests/fixtures/maps/small.json')],
  ['the medium fixture', () => readMap('tests/fixtures/maps/medium.json')],
  // Generated maps have cross-attacks: statements with two targets become Argdown references.
  ['a generated 60-statement map', () => generateMap(60)],
];

describe('Argdown peer pipeline: Warrant’s Argdown → @argdown/core → DOT → Graphviz (wasm) → SVG', () => {
  for (const [name, load] of MAPS) {
    it(`draws every statement and relation of ${name}`, () => {
      const map = load();
      const svg = argdownToSvg(exportArgdown(map), graphviz);
      const expected = [...argdownTitles(map).values()].sort();
      expect(nodeTitles(svg).sort()).toEqual(expected);
      expect(edgeCount(svg)).toBe(map.edges.length);
    });
  }

  it('stops with Argdown’s own message on text it cannot parse', () => {
    expect(() => argdownToDot('[a]: b\n\n+ [c]: d')).toThrow(
      /^Argdown failed:\nparser: Invalid paragraph start/,
    );
  });
});
