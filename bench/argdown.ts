import { writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { exportArgdown } from '../src/lib/io/exporters/argdown';
import { MAX_ARGDOWN_CHARS } from '../src/lib/io/importers/argdown-source';
import { generateMap } from './generate';

/**
 * Opening an Argdown file in the built app: a generated map exported as
 * Argdown, as large as the importer reads (`MAX_ARGDOWN_CHARS`), picked with
 * "Open…" in a fresh page each run. Measures from picking the file to the
 * notice that says it opened: reading, fetching the @argdown/core chunk
 * (cold, no cache), parsing, mapping and validating.
 */
export interface ArgdownImportResult {
  chars: number;
  statements: number;
  /** Median and worst time to the "Opened" notice. */
  medianMs: number;
  worstMs: number;
  /** The lazily loaded @argdown/core chunk, gzipped. */
  coreChunkGzip: number;
}

/** The largest generated map whose Argdown export the importer still reads. */
function largestReadable(): { text: string; statements: number } {
  let best = { text: '', statements: 0 };
  for (let size = 50; size <= 2000; size += 25) {
    const text = exportArgdown(generateMap(size));
    if (text.length > MAX_ARGDOWN_CHARS) break;
    best = { text, statements: size };
  }
  return best;
}

export async function measureArgdownImport(
  browser: Browser,
  url: string,
  benchDir: string,
  runs: number,
): Promise<ArgdownImportResult> {
  const { text, statements } = largestReadable();
  const file = `${benchDir}/largest.argdown`;
  await writeFile(file, text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
      const started = Date.now();
      await page.setInputFiles('[data-testid="open-file"]', file);
      await page.waitForSelector('.notice', { timeout: 60_000 });
      const elapsed = Date.now() - started;
      const notice = (await page.textContent('.notice')) ?? '';
      if (!notice.startsWith('Opened')) throw new Error(`the Argdown file was refused: ${notice}`);
      times.push(elapsed);
      console.error(`  argdown import run ${i + 1}/${runs}: ${elapsed} ms`);
    } finally {
      await context.close();
    }
  }
  times.sort((a, b) => a - b);
  const chunk = readdirSync('dist/assets').find((name) => /^argdown-core-.*\.js$/.test(name));
  return {
    chars: text.length,
    statements,
    medianMs: times[Math.floor(times.length / 2)] ?? NaN,
    worstMs: times[times.length - 1] ?? NaN,
    coreChunkGzip:
      chunk === undefined
        ? NaN
        : gzipSync(readFileSync(`dist/assets/${chunk}`), { level: 9 }).length,
  };
}

export const formatArgdownImport = (result: ArgdownImportResult): string =>
  `Argdown import: ${result.chars} characters (${result.statements} statements, the importer's limit) ` +
  `open in ${result.medianMs} ms at the median, ${result.worstMs} ms at worst, ` +
  `cold (the @argdown/core chunk is ${(result.coreChunkGzip / 1024).toFixed(1)} KB gzip).`;
