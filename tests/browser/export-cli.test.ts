/**
 * `npm run export -- MAP --to png|svg|pdf`: the command line draws through
 * the built app in its own Chromium, so it runs with the browser tests (after
 * `npm run build`), in-process like the unit tests of the data exports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../scripts/export';
import { repoRoot, runMain } from '../support/cli';
import { pdfInfo, pdfTextBlocks, pngSize } from './export-support';
import { useApp } from './support';

const scratch = mkdtempSync(join(tmpdir(), 'warrant-cli-images-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SMALL = 'tests/fixtures/maps/small.json';
const small = JSON.parse(readFileSync(SMALL, 'utf8')) as {
  id: string;
  nodes: { id: string; kind: string; label: string }[];
};
const openApp = useApp();

/** What the app's Export menu says a PNG size of the small map gives, in pixels. */
async function menuPixels(size: string) {
  const { page } = await openApp({ query: '?map=__fixtures__/maps/small.json' });
  await page.click('.export-menu summary');
  const option = page.locator(`select[name="export-size"] option[value="${size}"][data-width]`);
  await option.waitFor({ state: 'attached' });
  return {
    width: Number(await option.getAttribute('data-width')),
    height: Number(await option.getAttribute('data-height')),
  };
}

describe('npm run export to images', () => {
  it('writes a PNG of the requested size, the size the app gives it', async () => {
    for (const size of ['1920', '1x']) {
      const out = join(scratch, `small-${size}.png`);
      const result = await runMain(main, [SMALL, '--to', 'png', '--size', size, '-o', out]);
      expect(result.stderr).toMatch(/wrote PNG, \d+×\d+ pixels/);
      expect(result.status).toBe(0);
      const written = pngSize(readFileSync(out));
      if (size === '1920') expect(written.width).toBe(1920);
      expect(written).toEqual(await menuPixels(size === '1920' ? '1920px' : size));
      expect(result.stderr).toContain(`${written.width}×${written.height} pixels`);
    }
  });

  it('writes an SVG with every label as text, and names it as the app does', async () => {
    const result = await runMain(main, [join(repoRoot, SMALL), '--to', 'svg', '--no-legend'], {
      cwd: scratch,
    });
    expect(result.status).toBe(0);
    const svg = readFileSync(join(scratch, `${small.id}-whole.svg`), 'utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const thesis = small.nodes.find((node) => node.kind === 'thesis')!;
    expect(svg).toContain(`>${thesis.label}</text>`);
    expect(svg).not.toContain('>Legend</text>');
  });

  it('writes a PDF poster over several A4 pages', async () => {
    const out = join(scratch, 'letter-poster.pdf');
    const result = await runMain(main, [
      'data/maps/three-takeaways.json',
      '--to',
      'pdf',
      '--page',
      'a4',
      '--poster',
      '-o',
      out,
    ]);
    expect(result.status).toBe(0);
    const info = pdfInfo(out);
    expect(info.pages).toBeGreaterThan(4);
    expect(result.stderr).toContain(`wrote PDF, ${info.pages} page(s)`);
    expect(pdfTextBlocks(out).join(' ')).toContain('Takeaway 1');
  });
});
