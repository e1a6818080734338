import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dotString, exportDot } from '../../../src/lib/io/exporters/dot';
import { hostileMap, loadValidMap } from './export-helpers';

/** Renders DOT with Graphviz. Missing Graphviz fails the test: these checks must not go quiet. */
function renderSvg(dot: string): string {
  const result = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(
      `cannot run Graphviz "dot" (${result.error.message}); install it: apt-get install graphviz`,
    );
  }
  expect(result.stderr, 'dot printed warnings or errors').toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The text of every <text> element, entities decoded, in document order. */
const svgTexts = (svg: string): string[] =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#45;/g, '-')
      .replace(/&amp;/g, '&'),
  );

describe('dot exporter', () => {
  it('renders with Graphviz, thesis on top, reasons below', async () => {
    const small = await loadValidMap('tests/fixtures/maps/small.json');
    const svg = renderSvg(exportDot(small));
    const texts = svgTexts(svg);
    expect(texts).toContain('Trees cool streets in summer');
    expect(texts).toContain('Plant more trees');
    // rankdir=BT: SVG y grows downwards, so the thesis has the smallest y of the node labels.
    const y = (label: string) =>
      Number(new RegExp(`<text[^>]*y="([-\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    expect(y('Cities should plant more')).toBeLessThan(y('Trees cool streets in summer'));
    expect(y('Trees cool streets in summer')).toBeLessThan(y('2019 heat study'));
  });

  it('styles supports and oppositions differently', async () => {
    const dot = exportDot(await loadValidMap('tests/fixtures/maps/medium.json'));
    expect(dot).toMatch(/^digraph "four-day-week" \{$/m);
    expect(dot).toMatch(/rankdir=BT/);
    const edge = (from: string, to: string) =>
      new RegExp(`^ {2}"${from}" -> "${to}" \\[(.*)\\];$`, 'm').exec(dot)?.[1] ?? '';
    expect(edge('rand', 'learning-loss')).toMatch(/style=solid.*arrowhead=normal/);
    expect(edge('longer-days', 'learning-loss')).toMatch(/style=dashed.*arrowhead=tee/);
    expect(edge('longer-days', 'learning-loss')).toMatch(/color="#c62828"/);
    expect(dot).toMatch(/^ {2}"thesis" \[.*peripheries=2/m);
    expect(dot).toMatch(/^ {2}"voices" \[.*shape=note/m);
    expect(dot).toMatch(/^ {2}"missouri" \[.*shape=folder/m);
    renderSvg(dot);
  });

  it('renders hostile labels and ids literally', () => {
    const map = hostileMap();
    const svg = renderSvg(exportDot(map));
    const texts = svgTexts(svg).join(' ');
    expect(texts).toContain('Backslashes \\ \\n \\N \\l \\" end\\');
    expect(texts).toContain('Tags <b>&amp; "quotes" \'single\' &');
    const nodes = [...svg.matchAll(/<g id="node\d+" class="node">\s*<title>([^<]*)<\/title>/g)];
    expect(nodes).toHaveLength(map.nodes.length);
  });

  it('escapes quotes and backslashes and wraps long labels', () => {
    expect(dotString('say "hi" \\o/ &amp;')).toBe('"say \\"hi\\" \\\\o/ &amp;amp;"');
    expect(dotString('one\ntwo')).toBe('"one two"');
    expect(dotString('a long label that needs wrapping here', 12)).toBe(
      '"a long label\\nthat needs\\nwrapping\\nhere"',
    );
  });
});
