import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { evaluate, useApp } from './support';
import { choose, download } from './export-support';

const map = letterMap;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// Every test doubles as a check that nothing logged an error or left the origin (see useApp).
const open = useApp();

/** Every `<text>` run in an SVG, entities decoded and trimmed. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&')
      .trim(),
  );
}

/** The lines of every label drawn on the canvas: the statements in view and the fold badges. */
const drawnLines = (page: Page) =>
  evaluate(page, () =>
    window.cy
      .nodes('[label]')
      .map((node) => String(node.data('label')).split('\n'))
      .flat()
      .map((line) => line.trim()),
  );

async function exportSvg(page: Page, scope: 'view' | 'whole'): Promise<string[]> {
  await page.click('.export-menu summary');
  await choose(page, 'export-format', 'svg');
  await choose(page, 'export-scope', scope);
  await page.uncheck('input[name="export-legend"]');
  const { name, bytes } = await download(page, '[data-testid="export-image"]');
  expect(name).toBe(`${map.id}-${scope}.svg`);
  return svgTexts(bytes.toString('utf8'));
}

describe('exports of a folded map', () => {
  it('draws exactly the statements in view, with their badges, in a current-view SVG', async () => {
    const { page } = await open({ unfold: 'opening' });
    const inView = await evaluate(page, () => window.cy.nodes('[kind]').length);
    expect(inView).toBeLessThan(map.nodes.length);
    // Everything shown within the view, so nothing is cut off at its edges.
    await evaluate(page, () => {
      window.cy.fit(undefined, 20);
    });
    const texts = await exportSvg(page, 'view');
    expect([...texts].sort()).toEqual((await drawnLines(page)).sort());
    // A folded statement's label is nowhere in it.
    const hidden = map.nodes.filter(
      (node) => node.id === 't2-1912-basis-for-split' || node.id === 't3-forge-united-left',
    );
    expect(hidden).toHaveLength(2);
    const joined = collapse(texts.join(' '));
    for (const node of hidden) {
      expect(await evaluate(page, (id) => window.cy.getElementById(id).empty(), node.id)).toBe(
        true,
      );
      expect(joined).not.toContain(collapse(node.label));
    }
  });

  it('draws every statement in a whole-map SVG, however the view is folded', async () => {
    const { page } = await open({ unfold: 'opening' });
    const joined = collapse((await exportSvg(page, 'whole')).join(' '));
    const missing = map.nodes.filter((node) => !joined.includes(collapse(node.label)));
    expect(missing.map((node) => node.id)).toEqual([]);
    // And no fold badge: nothing is folded in the whole map.
    expect(joined).not.toMatch(/\+\d+: \d+ claims?/);
  });
});

describe('filters that lay out only what they leave', () => {
  const section = map.sections.find((s) => s.id === 't3')!;
  const inSection = map.nodes.filter((node) => node.section === section.id).map((n) => n.id);

  const width = (page: Page) =>
    evaluate(page, () => {
      const shown = window.cy.nodes('[kind]').filter((node) => !node.hasClass('filtered'));
      return shown.boundingBox().w;
    });

  it('lays out one section alone, compactly, and says so in the address', async () => {
    const { page } = await open();
    await page.click('.filter-menu summary');
    await page.check(`input[name="section"][value="${section.id}"]`);
    const spread = await width(page);
    await page.check('input[name="relayout"]');
    await expect
      .poll(() =>
        evaluate(page, () =>
          window.cy
            .nodes('[kind]')
            .map((node) => node.id())
            .sort(),
        ),
      )
      .toEqual([...inSection].sort());
    await expect.poll(() => page.url()).toContain('layout=shown');
    const compact = await width(page);
    expect(compact).toBeLessThan(spread * 0.75);
    // Unticked, the section is shown in place again within the whole map.
    await page.uncheck('input[name="relayout"]');
    await expect
      .poll(() => evaluate(page, () => window.cy.nodes('[kind]').length))
      .toBe(map.nodes.length);
  });
});
