import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { argumentLine } from '../../src/lib/analysis/focus';
import { download, evaluate, useApp, waitForReady } from './support';
import { subMap } from '../../src/lib/analysis/filters';
import { drawnNodeIds } from '../support/elements';

const open = useApp();

/** The text of every `<text>` run in an SVG, entities decoded. */
const svgTexts = (svg: string): string[] =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('canvas controller', () => {
  it('exports every statement as "Whole map" while one line of argument is focused', async () => {
    const takeaway = 't1-takeaway';
    const line = argumentLine(letterMap, takeaway);
    expect(line.size).toBeLessThan(letterMap.nodes.length);
    // The focused line is laid out on its own: its statements and the junctions of its inferences.
    const focused = drawnNodeIds(subMap(letterMap, line)).length;
    expect(focused).toBeGreaterThan(line.size);
    const { page } = await open({ hash: `#focus=${takeaway}` });
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(focused);

    await page.click('.export-menu summary');
    await page.click('label:has(> input[name="export-scope"][value="whole"])');
    await page.click('label:has(> input[name="export-format"][value="svg"])');
    await page.uncheck('input[name="export-legend"]');
    const { bytes } = await download(page, '[data-testid="export-image"]');
    // Labels wrap at spaces into one text run per line, so the runs joined with spaces hold
    // every label whole: every statement is drawn, not only the focused line's.
    const drawn = normalise(svgTexts(bytes.toString('utf8')).join(' '));
    const missing = letterMap.nodes.filter((node) => !drawn.includes(normalise(node.label)));
    expect(missing.map((node) => node.id)).toEqual([]);
    // The screen still shows the focused line only.
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(focused);
  });

  it('switches to the large-map settings when a large map is opened after a small one', async () => {
    const { page } = await open({ query: '?map=__fixtures__/maps/small.json' });
    const options = () =>
      evaluate(page, () => {
        const all = (
          window.cy as unknown as { _private: { options: Record<string, boolean | undefined> } }
        )._private.options;
        return { texture: all.textureOnViewport, hideEdges: all.hideEdgesOnViewport };
      });
    expect(await options()).toEqual({ texture: false, hideEdges: false });
    const large = {
      ...letterMap,
      id: 'large',
      nodes: Array.from({ length: 1200 }, (_, i) => ({
        id: `n${i}`,
        kind: i === 0 ? 'thesis' : 'claim',
        label: `Statement ${i}`,
      })),
      edges: Array.from({ length: 1199 }, (_, i) => ({
        id: `e${i}`,
        from: `n${i + 1}`,
        to: `n${Math.floor(i / 3)}`,
        relation: 'supports',
      })),
      sections: [],
    };
    await page.setInputFiles('[data-testid="open-file"]', {
      name: 'large.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(large)),
    });
    await page.waitForFunction(() => window.cy.nodes().length === 1200);
    await waitForReady(page);
    // Cytoscape keeps these renderer options on the instance it was built with.
    expect(await options()).toEqual({ texture: true, hideEdges: true });
  });
});
