/**
 * The command line's image export: `npm run export -- MAP --to png|svg|pdf`.
 * The built app draws the image in headless Chromium through the same code
 * as its Export menu (`window.warrant.exportImage`), so a batch-made diagram
 * is the one a user would download. Needs `npm run build` first.
 */
import { resolve } from 'node:path';
import type { ArgumentMap } from '../../src/lib/model/types';
import { exportFileName } from '../../src/lib/io/diagram/options';
import type { ImageOptions } from './image-options';
import type { WarrantScripting } from '../../src/lib/state/scripting';
import { launchChromium, startPreview } from './browser';

/** Where the page fetches the map from: the app's own `?map=`, answered by the script. */
const MAP_PATH = '__warrant-cli__/map.json';

export interface ImageResult {
  path: string;
  width: number;
  height: number;
  pages?: number;
  cappedFrom?: number;
}

/**
 * Draws `map` as the app would and writes it to `output` (relative to
 * `cwd`), or to the app's own file name in `cwd`. Throws with the app's
 * message when the map does not open or the drawing fails.
 */
export async function renderImage(
  map: ArgumentMap,
  options: ImageOptions,
  output: string | undefined,
  cwd: string,
): Promise<ImageResult> {
  const path = resolve(cwd, output ?? exportFileName(map.id, 'whole', options.format));
  const server = await startPreview();
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.route(
        (url) => url.pathname.endsWith(`/${MAP_PATH}`),
        (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(map) }),
      );
      await page.goto(`${server.url}?map=${encodeURIComponent(MAP_PATH)}`);
      await page.waitForSelector('.status[data-phase="ready"], .status[data-phase="failed"]', {
        state: 'attached',
      });
      const refused = await page.locator('.notice.error').allTextContents();
      if (refused.length > 0 || errors.length > 0) {
        throw new Error(`the app could not show the map: ${[...refused, ...errors].join('; ')}`);
      }
      const [download, made] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(
          (asked) =>
            (window as unknown as { warrant: WarrantScripting }).warrant.exportImage(asked),
          options,
        ),
      ]);
      await download.saveAs(path);
      return {
        path,
        width: made.width,
        height: made.height,
        ...(made.pages !== undefined ? { pages: made.pages } : {}),
        ...(made.cappedFrom !== undefined ? { cappedFrom: made.cappedFrom } : {}),
      };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

/** `renderImage` for `main`: reports what it wrote, or why it could not; returns the exit code. */
export async function exportImageFile(
  map: ArgumentMap,
  options: ImageOptions,
  output: string | undefined,
  io: { cwd: string; stderr: { write(text: string): unknown } },
  file: string,
): Promise<number> {
  try {
    const made = await renderImage(map, options, output, io.cwd);
    const size =
      options.format === 'png'
        ? `${made.width}×${made.height} pixels`
        : options.format === 'pdf'
          ? `${made.pages ?? 1} page(s)`
          : `${Math.round(made.width)}×${Math.round(made.height)}`;
    const capped =
      made.cappedFrom === undefined
        ? ''
        : ` (too large for ${made.cappedFrom}×, so drawn smaller; SVG or PDF keep full resolution)`;
    io.stderr.write(
      `${file}: wrote ${options.format.toUpperCase()}, ${size}${capped}, to ${made.path}\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(
      `${file}: export to ${options.format} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
