/** Helpers the export tests share: downloading through the menu, and reading PDFs with poppler. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export { download } from './support';

/** Picks a segmented-control option the way a user does: by clicking its label. */
export async function choose(page: Page, name: string, value: string) {
  await page.click(`label:has(> input[name="${name}"][value="${value}"])`);
  expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
}

export function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Runs a poppler-utils tool. A missing tool fails the test: these checks must not go quiet. */
export function poppler(
  tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftoppm',
  args: string[],
): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(
      `cannot run ${tool} (${result.error.message}); install it: apt-get install poppler-utils`,
    );
  }
  expect(result.stderr, `${tool} printed warnings or errors`).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The PDF's text blocks as pdftotext separates them (by blank lines), whitespace collapsed. */
export const pdfTextBlocks = (path: string): string[] =>
  poppler('pdftotext', [path, '-'])
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');

/** Rows of `pdffonts`: each font's name and whether it is embedded. */
export const pdfFonts = (path: string): { name: string; embedded: boolean }[] =>
  poppler('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object generation: emb is 5th from the end.
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' };
    });

/** The page count and the first page's size in points, from pdfinfo. */
export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = poppler('pdfinfo', [path]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
  };
}

/** Each page's text, as pdftotext extracts it, whitespace collapsed. */
export function pdfPageTexts(path: string): string[] {
  const { pages } = pdfInfo(path);
  return Array.from({ length: pages }, (_, i) =>
    poppler('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'])
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * How many pixels of each page are inked (darker than light grey), from a
 * 20 dpi greyscale rendering. Text a reader cannot see (clipped, off the
 * page) is still extracted by pdftotext; this counts what prints.
 */
export function pdfInkPerPage(path: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'warrant-pages-'));
  try {
    poppler('pdftoppm', ['-r', '20', '-gray', path, join(dir, 'page')]);
    return readdirSync(dir)
      .sort()
      .map((file) => {
        // A binary PGM: "P5", width, height, maxval, then one byte per pixel.
        const bytes = readFileSync(join(dir, file));
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(
          bytes.subarray(0, 50).toString('latin1'),
        )!;
        const pixels = bytes.subarray(header[0].length);
        let inked = 0;
        for (const value of pixels) if (value < 200) inked++;
        return inked;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
