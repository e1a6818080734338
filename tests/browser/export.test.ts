import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, useApp } from './support';
import { choose, download } from './export-support';

const map = letterMap;
const authorities = map.nodes.filter((node) => node.kind === 'authority');

const openApp = useApp();
async function open() {
  const app = await openApp();
  await app.page.click('.export-menu summary');
  return app.page;
}

/** Every `<text>` run in an SVG, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

async function labelLines(page: Page, selector: string): Promise<string[]> {
  return evaluate(
    page,
    (sel) =>
      window.cy
        .nodes(sel)
        .map((node) => String(node.data('label')).split('\n'))
        .flat(),
    selector,
  );
}

describe('diagram export', () => {
  it('exports an SVG that keeps every node label as text', async () => {
    const page = await open();
    await choose(page, 'export-format', 'svg');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-whole.svg`);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const texts = new Set(svgTexts(svg).map((t) => t.trim()));
    // Every statement's label; junctions have none.
    const lines = await labelLines(page, 'node[label]');
    expect(lines.length).toBeGreaterThan(map.nodes.length);
    expect(lines.filter((line) => !texts.has(line.trim()))).toEqual([]);
    expect(texts.has('Legend')).toBe(true);
  });

  it('leaves filtered nodes out of a current-view export', async () => {
    const page = await open();
    await page.click('.export-menu summary');
    await page.click('.filter-menu summary');
    await page.uncheck('input[name="kind"][value="authority"]');
    await page.click('[data-testid="canvas"]', { position: { x: 5, y: 5 } });
    await evaluate(page, () => {
      window.cy.fit(window.cy.elements(':visible'));
    });
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'svg');
    await choose(page, 'export-scope', 'view');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-view.svg`);
    const texts = svgTexts(bytes.toString('utf8')).join('\n');
    const authorityLines = await labelLines(page, '.authority');
    expect(authorityLines.filter((line) => texts.includes(line))).toEqual([]);
    const thesisLines = await labelLines(page, '.thesis');
    expect(thesisLines.every((line) => texts.includes(line))).toBe(true);
    expect(authorities.length).toBeGreaterThan(0);
  });
});

describe('data export from the app', () => {
  it('downloads the native JSON, equal to the map', async () => {
    const page = await open();
    const { name, bytes } = await download(page, 'button[data-format="json"]');
    expect(name).toBe(`${map.id}-whole.json`);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(map);
  });

  it('exports only the focused line as a Markdown handout when asked for the current view', async () => {
    const app = await openApp({ hash: '#node=t1-takeaway&focus=t1-takeaway' });
    const page = app.page;
    await page.click('.export-menu summary');
    await choose(page, 'export-scope', 'view');
    const { name, bytes } = await download(page, 'button[data-format="md"]');
    expect(name).toBe(`${map.id}-view.md`);
    const text = bytes.toString('utf8');
    const label = (id: string) => map.nodes.find((node) => node.id === id)!.label;
    expect(text).toContain(label('t1-takeaway'));
    expect(text).toContain(label('thesis'));
    expect(text).not.toContain(label('t2-takeaway'));
    expect(text).not.toContain(label('t3-takeaway'));
  });

  it('downloads a Markdown handout that starts from the thesis', async () => {
    const page = await open();
    const { name, bytes } = await download(page, 'button[data-format="md"]');
    expect(name).toMatch(new RegExp(`^${map.id}-whole\\.md$`));
    const text = bytes.toString('utf8');
    expect(text).toContain(map.nodes.find((node) => node.kind === 'thesis')!.label);
  });
});
