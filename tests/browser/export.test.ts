import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { download, evaluate, useApp } from './support';

const map = letterMap;
const authorities = map.nodes.filter((node) => node.kind === 'authority');

const openApp = useApp();
/** Opens the app with the export menu open. */
async function open() {
  const app = await openApp();
  await app.page.click('.export-menu summary');
  return app.page;
}

/** Picks a segmented-control option the way a user does: by clicking its label. */
async function choose(page: Page, name: string, value: string) {
  await page.click(`label:has(> input[name="${name}"][value="${value}"])`);
  expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
}

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
  it('downloads a PNG whose pixel size follows the chosen scale', async () => {
    const page = await open();
    await choose(page, 'export-scope', 'view');
    await page.uncheck('input[name="export-legend"]');
    const viewport = await evaluate(page, () => ({ w: window.cy.width(), h: window.cy.height() }));
    await page.selectOption('select[name="export-scale"]', '1');
    const one = await download(page, '[data-testid="export-image"]');
    expect(one.name).toBe(`${map.id}-view.png`);
    expect(pngSize(one.bytes)).toEqual({ width: viewport.w, height: viewport.h });
    await page.selectOption('select[name="export-scale"]', '3');
    const three = await download(page, '[data-testid="export-image"]');
    expect(pngSize(three.bytes)).toEqual({ width: viewport.w * 3, height: viewport.h * 3 });
  });

  it('adds the legend below a PNG when asked', async () => {
    const page = await open();
    await choose(page, 'export-scope', 'view');
    await page.selectOption('select[name="export-scale"]', '1');
    const viewport = await evaluate(page, () => ({ w: window.cy.width(), h: window.cy.height() }));
    const { bytes } = await download(page, '[data-testid="export-image"]');
    const size = pngSize(bytes);
    expect(size.width).toBe(viewport.w);
    expect(size.height).toBeGreaterThan(viewport.h + 100);
  });

  it('caps the scale of a whole-map PNG that would exceed canvas limits, and says so', async () => {
    const page = await open();
    await page.selectOption('select[name="export-scale"]', '4');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-whole.png`);
    const size = pngSize(bytes);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeGreaterThan(1_000_000);
    expect(await page.locator('.notice').textContent()).toContain('too large for a 4× PNG');
  });

  it('exports an SVG that keeps every node label as text', async () => {
    const page = await open();
    await choose(page, 'export-format', 'svg');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-whole.svg`);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const texts = new Set(svgTexts(svg).map((t) => t.trim()));
    const lines = await labelLines(page, 'node');
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

  it('loads the PDF code only when a PDF is first exported', async () => {
    const app = await openApp();
    const { page, requests } = app;
    const pdfChunks = () =>
      requests.filter((url) => /\/assets\/(pdf|index\.es|html2canvas)-/.test(url));
    expect(pdfChunks()).toEqual([]);
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'pdf');
    expect(pdfChunks()).toEqual([]);
    await download(page, '[data-testid="export-image"]');
    expect(pdfChunks().length).toBeGreaterThan(0);
  });

  it('exports a vector PDF that contains a node label', async () => {
    const page = await open();
    await choose(page, 'export-format', 'pdf');
    await page.selectOption('select[name="export-page"]', 'a4');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-whole.pdf`);
    const pdf = bytes.toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    const line = (await labelLines(page, '.thesis')).find((l) => /^[\x20-\x7e]+$/.test(l))!;
    expect(pdf).toContain(`(${line})`);
    // A4 landscape is 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect([Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]);
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
