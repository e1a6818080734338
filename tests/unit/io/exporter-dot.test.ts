import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DOT_PIECE_BYTES, dotString, exportDot } from '../../../src/lib/io/exporters/dot';
import { HELD_STYLE, KIND_STYLE, RELATION_STYLE } from '../../../src/lib/graph/palette';
import { smallMap } from '../../support/maps';
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
    expect(y('Trees cool streets in summer')).toBeLessThan(y('\\[1\\] 2019 heat study'));
  });

  it("draws kinds, relations and held positions in the app's palette", async () => {
    const dot = exportDot(await loadValidMap('tests/fixtures/maps/medium.json'));
    expect(dot).toMatch(/^digraph "four-day-week" \{$/m);
    expect(dot).toMatch(/rankdir=BT/);
    const edge = (from: string, to: string) =>
      new RegExp(`^ {2}"${from}" -> "${to}" \\[(.*)\\];$`, 'm').exec(dot)?.[1] ?? '';
    const node = (id: string) => new RegExp(`^ {2}"${id}" \\[(.*)\\];$`, 'm').exec(dot)?.[1] ?? '';
    const supports = RELATION_STYLE.supports;
    const opposes = RELATION_STYLE.opposes;
    expect(edge('rand', 'learning-loss')).toContain(
      `color="${supports.colour}", fontcolor="${supports.colour}", style=solid, arrowhead=normal`,
    );
    expect(edge('longer-days', 'learning-loss')).toContain(
      `color="${opposes.colour}", fontcolor="${opposes.colour}", style=dashed, arrowhead=tee`,
    );
    for (const [id, kind] of [
      ['thesis', 'thesis'],
      ['rest', 'claim'],
      ['voices', 'evidence'],
      ['missouri', 'authority'],
    ] as const) {
      const { fill, border, text } = KIND_STYLE[kind];
      expect(node(id)).toContain(`fillcolor="${fill}", color="${border}", fontcolor="${text}"`);
      expect(node(id)).not.toContain('peripheries');
    }
    expect(node('missouri')).toContain('style="filled,diagonals"');
    expect(node('thesis')).toContain('fontname="Helvetica-Bold"');
    // Held: the holder named above the label, held colours, a double border.
    expect(node('childcare')).toMatch(/^label="Critics:\\nWorking parents/);
    expect(node('childcare')).toContain(
      `fillcolor="${HELD_STYLE.fill}", color="${HELD_STYLE.border}", fontcolor="${HELD_STYLE.text}"`,
    );
    expect(node('childcare')).toContain('peripheries=2');
    // Held and a concession: the dotted border wins, as on the canvas.
    expect(node('learning-loss')).toMatch(/^label="Others:\\nLearning suffers"/);
    expect(node('learning-loss')).toContain('style="rounded,filled,dotted"');
    renderSvg(dot);
  });

  it('shows the holder in the rendered label', async () => {
    const svg = renderSvg(exportDot(await loadValidMap('tests/fixtures/maps/small.json')));
    const texts = svgTexts(svg);
    expect(texts.slice(texts.indexOf('Some critics:'), texts.indexOf('Some critics:') + 3)).toEqual(
      ['Some critics:', 'Trees cost too much to', 'maintain'],
    );
  });

  it('splits strings Graphviz would reject as too long, and keeps every character', () => {
    const map = structuredClone(smallMap);
    // 39,000 bytes once escaped, with escapes that must not be cut. The pattern is
    // 5 UTF-16 units long, so 28-character wrapping lands inside an emoji's
    // surrogate pair unless it counts code points.
    const long = '"\\&😀'.repeat(3_000);
    map.nodes[0]!.label = long;
    map.edges[0]!.note = long;
    const dot = exportDot(map);
    const quoted = [...dot.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    const bytes = quoted.map((q) => new TextEncoder().encode(q).length);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(DOT_PIECE_BYTES);
    expect(dot).toMatch(/" \+ "/);
    const svg = renderSvg(dot);
    // Graphviz joins the pieces: the tooltip comes back whole, and so does the wrapped label.
    const titles = [...svg.matchAll(/xlink:title="([^"]*)"/g)].map((m) =>
      m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&#45;/g, '-')
        .replace(/&amp;/g, '&'),
    );
    expect(titles).toContain(long);
    expect(svgTexts(svg).join('')).toContain(long);
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
