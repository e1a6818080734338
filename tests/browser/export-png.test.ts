import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { evaluate, useApp } from './support';
import { choose, download, pngSize } from './export-support';
import { CANVAS_LIMITS } from '../../src/lib/io/diagram/scale';
import { PNG_MARGIN } from '../../src/lib/io/diagram/png-plan';

const map = letterMap;

const openApp = useApp();
async function open(query = '') {
  const app = await openApp({ query });
  await app.page.click('.export-menu summary');
  return app.page;
}

interface Option {
  value: string;
  text: string;
  disabled: boolean;
  width: number;
  height: number;
}

/** The size menu's options, once the menu has planned them (each then names its pixel size). */
async function sizeOptions(page: Page): Promise<Option[]> {
  await page.waitForSelector('select[name="export-size"] option[data-width]', {
    state: 'attached',
  });
  return evaluate(page, () =>
    [...document.querySelectorAll<HTMLOptionElement>('select[name="export-size"] option')].map(
      (option) => ({
        value: option.value,
        text: option.textContent ?? '',
        disabled: option.disabled,
        width: Number(option.dataset.width),
        height: Number(option.dataset.height),
      }),
    ),
  );
}

/**
 * Finds the legend in a PNG by its border colour (#d9dde3, used nowhere
 * else) and measures the ink of its first line of text, the "Legend" title:
 * from the top of the L to the bottom of the g.
 */
async function legendTitleInk(page: Page, png: Buffer) {
  return evaluate(
    page,
    async (base64) => {
      const bitmap = await createImageBitmap(
        await (await fetch(`data:image/png;base64,${base64}`)).blob(),
      );
      const { width, height } = bitmap;
      // The legend sits bottom left: read that quarter only.
      const x0 = 0;
      const y0 = Math.floor(height / 2);
      const canvas = new OffscreenCanvas(Math.ceil(width / 2), height - y0);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, -x0, -y0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const at = (x: number, y: number) =>
        data.subarray((y * canvas.width + x) * 4, (y * canvas.width + x) * 4 + 3);
      // The legend's top and bottom borders are the only long straight runs of that colour.
      const isBorder = (x: number, y: number) => {
        const [r, g, b] = at(x, y);
        return Math.abs(r! - 0xd9) <= 2 && Math.abs(g! - 0xdd) <= 2 && Math.abs(b! - 0xe3) <= 2;
      };
      let top = -1;
      let bottom = -1;
      let left = -1;
      let right = -1;
      for (let y = 0; y < canvas.height; y++) {
        let run = 0;
        for (let x = 0; x < canvas.width; x++) {
          run = isBorder(x, y) ? run + 1 : 0;
          if (run === 300) {
            if (top < 0) {
              top = y;
              left = x - run + 1;
              right = x;
              while (right + 1 < canvas.width && isBorder(right + 1, y)) right++;
            }
            bottom = y;
            break;
          }
        }
      }
      // Inside the border, the first rows with dark ink are the title.
      const dark = (y: number) => {
        for (let x = left + 8; x < right - 8; x++) {
          const [r, g, b] = at(x, y);
          if (r! + g! + b! < 3 * 110) return true;
        }
        return false;
      };
      let y = top + 8;
      while (y < bottom && !dark(y)) y++;
      const inkTop = y;
      while (y < bottom && dark(y)) y++;
      return {
        image: { width, height },
        box: { x: left + x0, y: top + y0, width: right - left + 1, height: bottom - top + 1 },
        titleInk: y - inkTop,
      };
    },
    png.toString('base64'),
  );
}

describe('PNG export', () => {
  it('makes whole-map PNGs for slides by default: at most 25 MP', async () => {
    const page = await open();
    expect(await page.inputValue('select[name="export-size"]')).toBe('slide');
    const { name, bytes } = await download(page, '[data-testid="export-image"]');
    expect(name).toBe(`${map.id}-whole.png`);
    const size = pngSize(bytes);
    expect(size.width * size.height).toBeLessThanOrEqual(25_000_000);
    // The letter's map is too large for 2× within 25 MP, so the limit is what sets the size.
    expect(size.width * size.height).toBeGreaterThan(24_000_000);
    const slide = (await sizeOptions(page)).find((option) => option.value === 'slide')!;
    expect(size).toEqual({ width: slide.width, height: slide.height });
  });

  it('draws the legend large enough to read: text at least 1% of the image height', async () => {
    const page = await open();
    const { bytes } = await download(page, '[data-testid="export-image"]');
    const { image, box, titleInk } = await legendTitleInk(page, bytes);
    expect(box.width).toBeGreaterThan(0);
    // The legend is below the map, on the left, inside the 24 px margin (at about 0.97×).
    expect(box.x).toBeGreaterThanOrEqual(20);
    expect(box.y + box.height).toBeLessThan(image.height);
    expect(titleInk / image.height).toBeGreaterThanOrEqual(0.01);
  });

  it('offers pixel widths, names every size’s result, and never offers the same image twice', async () => {
    const page = await open();
    const options = await sizeOptions(page);
    expect(options.map((option) => option.value)).toEqual([
      'slide',
      '1x',
      '2x',
      '3x',
      '4x',
      '1920px',
      '3840px',
      '7680px',
    ]);
    const enabled = options.filter((option) => !option.disabled);
    const sizes = enabled.map((option) => `${option.width}×${option.height}`);
    expect(new Set(sizes).size).toBe(sizes.length);
    for (const option of options.filter((o) => o.disabled)) {
      expect(option.text).toMatch(/same image as/);
    }
    // Some scale is too large for the letter's map: it is lowered to the canvas's limits,
    // and every larger scale, which would repeat that lowered image, is disabled.
    const scales = options.filter((o) => /^\dx$/.test(o.value));
    const first = scales.findIndex((o) => /too large, lowered to/.test(o.text));
    expect(first).toBeGreaterThan(0);
    const lowered = /too large, lowered to ([\d,]+) × ([\d,]+) px/.exec(scales[first]!.text)!;
    const [width, height] = [lowered[1]!, lowered[2]!].map((n) => Number(n.replace(/,/g, '')));
    expect(Math.max(width!, height!)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
    expect(width! * height!).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
    // It is as large as the limits allow: one of them is (nearly) reached.
    expect(
      Math.max(width!, height!) > 0.99 * CANVAS_LIMITS.maxSide ||
        width! * height! > 0.99 * CANVAS_LIMITS.maxArea,
    ).toBe(true);
    expect(scales.slice(first + 1).every((o) => o.disabled)).toBe(true);
    expect(scales.slice(0, first + 1).every((o) => !o.disabled)).toBe(true);
    expect(options.find((o) => o.value === '1920px')!.width).toBe(1920);
    await page.selectOption('select[name="export-size"]', '3840px');
    const wide = pngSize((await download(page, '[data-testid="export-image"]')).bytes);
    const planned = options.find((o) => o.value === '3840px')!;
    expect(wide).toEqual({ width: 3840, height: planned.height });
  });

  it('lowers a size the canvas cannot hold, and says so', async () => {
    const page = await open();
    const options = await sizeOptions(page);
    const lowered = options.find((o) => /^\dx$/.test(o.value) && /too large/.test(o.text))!;
    const scale = `${lowered.value.slice(0, -1)}×`;
    await page.selectOption('select[name="export-size"]', lowered.value);
    expect(await page.textContent('[data-testid="png-size-hint"]')).toContain(
      `lowered from ${scale} to fit`,
    );
    const { bytes } = await download(page, '[data-testid="export-image"]');
    const size = pngSize(bytes);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(16_384);
    expect(size.width * size.height).toBeGreaterThan(25_000_000);
    expect(await page.locator('.notice').textContent()).toContain(`too large for a ${scale} PNG`);
  });

  it('fits a current-view PNG to what is shown, whatever the zoom', async () => {
    const page = await open();
    await choose(page, 'export-scope', 'view');
    await page.uncheck('input[name="export-legend"]');
    // Zoomed far in: the screen shows a few statements, the export still shows every one.
    await evaluate(page, () => {
      window.cy.zoom(2);
    });
    const shown = await evaluate(page, () => {
      const box = window.cy.elements(':visible').boundingBox();
      return { w: Math.ceil(box.w), h: Math.ceil(box.h) };
    });
    await page.selectOption('select[name="export-size"]', '1x');
    const one = await download(page, '[data-testid="export-image"]');
    expect(one.name).toBe(`${map.id}-view.png`);
    expect(pngSize(one.bytes)).toEqual({
      width: shown.w + 2 * PNG_MARGIN,
      height: shown.h + 2 * PNG_MARGIN,
    });
  });

  it('adds the legend below a current-view PNG when asked', async () => {
    const { page } = await openApp({ hash: '#focus=t1-takeaway' });
    await page.click('.export-menu summary');
    await choose(page, 'export-scope', 'view');
    await page.selectOption('select[name="export-size"]', '1x');
    const shown = await evaluate(page, () => {
      const box = window.cy.elements(':visible').boundingBox();
      return { w: Math.ceil(box.w), h: Math.ceil(box.h) };
    });
    const { bytes } = await download(page, '[data-testid="export-image"]');
    const size = pngSize(bytes);
    expect(size.width).toBe(shown.w + 2 * PNG_MARGIN);
    expect(size.height).toBeGreaterThan(shown.h + 2 * PNG_MARGIN + 100);
  });
});
