import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../src/lib/graph/elements';
import { POSTER, pageSize } from '../../src/lib/io/diagram/poster';
import { letterMap, readMap } from '../support/maps';
import { evaluate, useApp } from './support';
import { choose, download, pdfFonts, pdfInfo, pdfTextBlocks } from './export-support';

const scripts = readMap('tests/fixtures/maps/scripts.json');
const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

const openApp = useApp();
async function open(query = '') {
  const app = await openApp({ query });
  await app.page.click('.export-menu summary');
  await choose(app.page, 'export-format', 'pdf');
  return app;
}

const fontRequests = (requests: string[]) => requests.filter((url) => /\.(ttf|woff2?)$/.test(url));

describe('PDF export', () => {
  it('embeds fonts that print Polish, Greek, Chinese and mathematics as they read', async () => {
    const { page } = await open('?map=__fixtures__/maps/scripts.json');
    await page.uncheck('input[name="export-legend"]');
    const { name, path } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${scripts.id}-whole.pdf`);
    // Each node's label (holder first, as on the canvas) comes back as one text block.
    const expected = scripts.nodes.map((node) => oneSpace(displayLabel(node))).sort();
    expect(pdfTextBlocks(path).sort()).toEqual(expected);
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(fonts.map((font) => font.name)).toContain('WarrantSans');
    expect(fonts.some((font) => font.name.startsWith('WarrantCJK-'))).toBe(true);
  });

  it('loads the PDF code and fonts only on first use, and only the CJK slices the text needs', async () => {
    const app = await openApp({ query: '?map=__fixtures__/maps/scripts.json' });
    const { page, requests } = app;
    const pdfChunks = () =>
      requests.filter((url) => /\/assets\/(pdf|index\.es|html2canvas)-/.test(url));
    expect(pdfChunks()).toEqual([]);
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'pdf');
    expect(pdfChunks()).toEqual([]);
    expect(fontRequests(requests)).toEqual([]);
    await download(page, '[data-testid="export-image"]');
    expect(pdfChunks().length).toBeGreaterThan(0);
    const fonts = fontRequests(requests);
    expect(fonts.filter((url) => /DejaVuSans/.test(url)).length).toBeGreaterThan(0);
    // 14 CJK characters fall in a handful of Noto Sans SC's 194 slice files.
    const slices = fonts.filter((url) => /noto-sans-sc-\d+-(400|700)-normal/.test(url));
    expect(slices.length).toBeGreaterThan(0);
    expect(slices.length).toBeLessThanOrEqual(12);
  });

  it('fetches no CJK font for a map without CJK text', async () => {
    const { page, requests } = await open();
    const { path } = await download(page, '[data-testid="export-image"]');
    expect(fontRequests(requests).filter((url) => /noto-sans-sc/.test(url))).toEqual([]);
    // Book for most text, bold for the thesis, oblique for the unstated premises: all embedded.
    expect(pdfFonts(path)).toEqual([
      { name: 'WarrantSans', embedded: true },
      { name: 'WarrantSans', embedded: true },
      { name: 'WarrantSans', embedded: true },
    ]);
  });

  it('fits the whole map on one A4 page, landscape', async () => {
    const { page } = await open();
    await page.selectOption('select[name="export-page"]', 'a4');
    const { name, bytes, path } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${letterMap.id}-whole.pdf`);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    // A4 landscape is 842 × 595 points.
    const info = pdfInfo(path);
    expect([info.pages, Math.round(info.width), Math.round(info.height)]).toEqual([1, 842, 595]);
    const thesis = letterMap.nodes.find((node) => node.kind === 'thesis')!;
    expect(pdfTextBlocks(path)).toContain(oneSpace(thesis.label));
  });

  it('fits a focused, filtered current view on one page, with exactly what is shown', async () => {
    const { page } = await openApp({ hash: '#focus=t1-takeaway&kinds=thesis,claim,evidence' });
    await evaluate(page, () => {
      window.cy.zoom(2.5);
    });
    const shown = await evaluate(page, () =>
      window.cy.nodes('node[label]:visible').map((node) => node.id()),
    );
    expect(shown.length).toBeLessThan(letterMap.nodes.length / 2);
    await page.click('.export-menu summary');
    await choose(page, 'export-format', 'pdf');
    await choose(page, 'export-scope', 'view');
    await page.uncheck('input[name="export-legend"]');
    await page.selectOption('select[name="export-page"]', 'a4');
    const { name, path } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${letterMap.id}-view.pdf`);
    const info = pdfInfo(path);
    expect([info.pages, Math.round(info.width), Math.round(info.height)]).toEqual([1, 842, 595]);
    const expected = shown
      .map((id) => letterMap.nodes.find((node) => node.id === id)!)
      .map((node) => oneSpace(displayLabel(node)));
    expect(pdfTextBlocks(path).sort()).toEqual(expected.sort());
  });

  it('tiles a poster over as many pages as the map needs at on-screen size', async () => {
    const { page } = await open();
    await page.uncheck('input[name="export-legend"]');
    // The drawing's size is the SVG export's, in CSS pixels.
    await choose(page, 'export-format', 'svg');
    const svg = (await download(page, '[data-testid="export-image"]')).bytes.toString('utf8');
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)![1]);
    const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)![1]);
    await choose(page, 'export-format', 'pdf');
    for (const [paper, orientation] of [
      ['a4', 'landscape'],
      ['letter', 'portrait'],
    ] as const) {
      await page.selectOption('select[name="export-page"]', paper);
      await choose(page, 'export-pdf-pages', 'poster');
      await page.selectOption('select[name="export-orientation"]', orientation);
      const { path } = await download(page, '[data-testid="export-image"]');
      // Each sheet prints its size less a 36 pt margin a side; neighbours share 18 pt.
      const sheet = pageSize(paper, orientation);
      const across = Math.ceil((width * 0.75 - 18) / (sheet.width - 72 - 18));
      const down = Math.ceil((height * 0.75 - 18) / (sheet.height - 72 - 18));
      const info = pdfInfo(path);
      expect(info.pages, `${paper} ${orientation}`).toBe(across * down);
      expect([info.width, info.height].map(Math.round)).toEqual(
        [sheet.width, sheet.height].map(Math.round),
      );
      const captions = pdfTextBlocks(path).filter((block) => block.startsWith('Row '));
      expect(captions).toContain(`Row ${down} of ${down}, column ${across} of ${across}`);
    }
    expect(POSTER).toEqual({ scale: 0.75, margin: 36, overlap: 18 });
  });
});
