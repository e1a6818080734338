import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, useApp } from './support';
import { choose, download } from './export-support';

const map = letterMap;

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

  it('exports a folded view as shown, and the whole map with what the folds hide', async () => {
    // Folding the thesis hides what is reached only through it; other roots' reasons stay.
    const { page } = await openApp({ hash: '#fold=thesis' });
    const shown = new Set(
      await evaluate(page, () => window.cy.nodes('node[label]:visible').map((n) => n.id())),
    );
    const hidden = map.nodes.filter((node) => !shown.has(node.id));
    expect(hidden.length).toBeGreaterThan(map.nodes.length / 2);
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'svg');
    await page.uncheck('input[name="export-legend"]');
    const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
    const exported = async () =>
      oneSpace(
        svgTexts((await download(page, '[data-testid="export-image"]')).bytes.toString()).join(' '),
      );
    await choose(page, 'export-scope', 'view');
    const view = await exported();
    const lines = await labelLines(page, 'node[label]:visible');
    expect(lines.filter((line) => !view.includes(oneSpace(line)))).toEqual([]);
    expect(hidden.filter((node) => view.includes(oneSpace(node.label)))).toEqual([]);
    await choose(page, 'export-scope', 'whole');
    const whole = await exported();
    expect(map.nodes.filter((node) => !whole.includes(oneSpace(node.label)))).toEqual([]);
  });

  it('exports a filtered, focused current view as exactly what is shown, inside its viewBox', async () => {
    // Takeaway 1's line, with the authorities filtered out, zoomed in on one corner.
    const { page } = await openApp({
      hash: '#focus=t1-takeaway&kinds=thesis,claim,evidence',
    });
    await evaluate(page, () => {
      window.cy.zoom(2.5);
    });
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'svg');
    await choose(page, 'export-scope', 'view');
    await page.uncheck('input[name="export-legend"]');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-view.svg`);
    const svg = bytes.toString('utf8');
    const visible = await labelLines(page, 'node[label]:visible');
    const hidden = await labelLines(page, 'node[label]:hidden');
    // The focused line without its authorities: more than the screen shows, less than the map.
    expect(visible.length).toBeGreaterThan(20);
    expect(hidden.length).toBeGreaterThan(0);
    const shownIds = await evaluate(page, () =>
      window.cy.nodes('node[label]:visible').map((n) => n.id()),
    );
    expect(new Set(shownIds).size).toBeLessThan(map.nodes.length / 2);
    expect(
      shownIds.every((id) => map.nodes.find((node) => node.id === id)!.kind !== 'authority'),
    ).toBe(true);
    expect(
      svgTexts(svg)
        .map((t) => t.trim())
        .sort(),
    ).toEqual(visible.map((t) => t.trim()).sort());
    // Every drawn element lies inside the viewBox (to a pixel's rounding).
    const outside = await evaluate(
      page,
      (markup) => {
        const host = document.createElement('div');
        host.style.cssText = 'position:absolute;left:0;top:0';
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
        host.append(root);
        document.body.append(host);
        const frame = root.getBoundingClientRect();
        const [, , w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
        const found: string[] = [];
        for (const el of root.querySelectorAll(
          'path, rect, text, line, polygon, polyline, ellipse, circle',
        )) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          const x1 = box.left - frame.left;
          const y1 = box.top - frame.top;
          if (x1 < -1 || y1 < -1 || x1 + box.width > w! + 1 || y1 + box.height > h! + 1) {
            found.push(`${el.tagName} at ${Math.round(x1)},${Math.round(y1)}`);
          }
        }
        host.remove();
        return { found, size: [frame.width, frame.height, w!, h!] };
      },
      svg,
    );
    expect(outside.found).toEqual([]);
    // The viewBox is drawn 1:1, so the checks above are in its units.
    expect(outside.size[0]).toBeCloseTo(outside.size[2]!, 0);
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
    // Titled as one line of the argument, from the map it belongs to.
    expect(text.split('\n')[0]).toBe(`# One line of the argument: ${label('t1-takeaway')}`);
    expect(text).toContain(`From “${map.title}”`);
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
