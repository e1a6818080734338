import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, tap, useApp } from './support';

// Every test doubles as a check that nothing logged an error or left the origin (see useApp).
const open = useApp();

interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An element's box on the page, or null when it is not there. */
const boxOf = (page: Page, selector: string) =>
  evaluate(
    page,
    (sel) => {
      const element = document.querySelector(sel);
      if (element === null) return null;
      const r = element.getBoundingClientRect();
      return { x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
    },
    selector,
  );

const centre = (r: Rect) => ({ x: (r.x1 + r.x2) / 2, y: (r.y1 + r.y2) / 2 });
const pan = (page: Page) => evaluate(page, () => ({ ...window.cy.pan() }));
const overlaps = (a: Rect, b: Rect) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** A statement's box on the page, as drawn. */
const nodeBox = (page: Page, id: string) =>
  evaluate(
    page,
    (nodeId) => {
      const box = window.cy.getElementById(nodeId).renderedBoundingBox();
      const at = window.cy.container()!.getBoundingClientRect();
      return {
        x1: at.left + box.x1,
        y1: at.top + box.y1,
        x2: at.left + box.x2,
        y2: at.top + box.y2,
      };
    },
    id,
  );

/** Pans the main view so a statement's centre lands on a point of the page. */
async function moveNodeTo(page: Page, id: string, to: { x: number; y: number }) {
  await evaluate(
    page,
    ({ nodeId, x, y }) => {
      const at = window.cy.container()!.getBoundingClientRect();
      const now = window.cy.getElementById(nodeId).renderedPosition();
      window.cy.panBy({ x: x - at.left - now.x, y: y - at.top - now.y });
    },
    { nodeId: id, ...to },
  );
}

describe('the overview', () => {
  it('draws the map, with the main view’s rectangle inside it', async () => {
    const { page } = await open();
    const body = (await boxOf(page, '.minimap-body'))!;
    const view = (await boxOf(page, '[data-testid="minimap-view"]'))!;
    expect(view).not.toBeNull();
    // The opening view shows a part of the expanded map: its rectangle is smaller than the overview.
    expect(view.x2 - view.x1).toBeLessThan(body.x2 - body.x1);
    const inked = await evaluate(page, () => {
      const canvas = document.querySelector<HTMLCanvasElement>('.minimap-body canvas')!;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
      return count / (canvas.width * canvas.height);
    });
    expect(inked).toBeGreaterThan(0.02);
  });

  it('moves the main view to where it is clicked', async () => {
    const { page } = await open();
    const body = (await boxOf(page, '.minimap-body'))!;
    const before = await pan(page);
    const target = { x: body.x1 + (body.x2 - body.x1) * 0.15, y: (body.y1 + body.y2) / 2 };
    await page.mouse.click(target.x, target.y);
    await expect
      .poll(async () => centre((await boxOf(page, '[data-testid="minimap-view"]'))!).x)
      .toBeCloseTo(target.x, 0);
    const view = centre((await boxOf(page, '[data-testid="minimap-view"]'))!);
    expect(Math.abs(view.y - target.y)).toBeLessThan(1);
    expect((await pan(page)).x).not.toBeCloseTo(before.x, 0);
    // A click in the overview selects nothing on the map.
    expect(await evaluate(page, () => window.cy.$(':selected').length)).toBe(0);
  });

  it('pans the main view as its rectangle is dragged', async () => {
    const { page } = await open();
    const start = centre((await boxOf(page, '[data-testid="minimap-view"]'))!);
    const before = await pan(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x - 30, start.y + 8, { steps: 5 });
    await page.mouse.up();
    const end = centre((await boxOf(page, '[data-testid="minimap-view"]'))!);
    expect(end.x - start.x).toBeCloseTo(-30, 0);
    expect(end.y - start.y).toBeCloseTo(8, 0);
    // Moving the view left and down over the map moves the map right and up on screen.
    const after = await pan(page);
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBeLessThan(before.y);
  });

  it('pans with the arrow keys when focused, a quarter screen or, with Shift, a whole one', async () => {
    const { page } = await open();
    const size = await evaluate(page, () => ({
      width: window.cy.width(),
      height: window.cy.height(),
    }));
    await page.focus('.minimap-body');
    const before = await pan(page);
    await page.keyboard.press('ArrowRight');
    expect((await pan(page)).x).toBeCloseTo(before.x - size.width / 4, 5);
    await page.keyboard.press('Shift+ArrowDown');
    expect((await pan(page)).y).toBeCloseTo(before.y - size.height, 5);
    // The keys moved the view only: the argument's own arrow keys did not select anything.
    expect(await evaluate(page, () => window.cy.$(':selected').length)).toBe(0);
    expect(page.url()).not.toContain('node=');
  });

  it('can be hidden and shown again', async () => {
    const { page } = await open();
    expect(await page.getAttribute('.minimap-toggle', 'aria-expanded')).toBe('true');
    await page.click('.minimap-toggle');
    expect(await page.locator('.minimap-body').count()).toBe(0);
    expect(await page.getAttribute('.minimap-toggle', 'aria-expanded')).toBe('false');
    await page.click('.minimap-toggle');
    expect(await page.locator('.minimap-body').count()).toBe(1);
  });
});

describe('panels over the map keep clear of the selection', () => {
  const selected = 't2-takeaway';

  it('the overview moves when the selection is under it', async () => {
    const { page } = await open();
    await tap(page, selected);
    const overview = (await boxOf(page, '.minimap'))!;
    await moveNodeTo(page, selected, centre(overview));
    await expect
      .poll(() => page.getAttribute('.minimap', 'class'))
      .toContain('corner-bottom-right');
    const moved = (await boxOf(page, '.minimap'))!;
    expect(overlaps(moved, await nodeBox(page, selected))).toBe(false);
  });

  it('the legend moves or folds when the selection is under it', async () => {
    const { page } = await open();
    await tap(page, selected);
    const legend = (await boxOf(page, '.legend'))!;
    await moveNodeTo(page, selected, centre(legend));
    await expect
      .poll(async () => overlaps((await boxOf(page, '.legend'))!, await nodeBox(page, selected)))
      .toBe(false);
    // Back where it was once the selection is cleared.
    await page.keyboard.press('Escape');
    await expect.poll(() => boxOf(page, '.legend')).toEqual(legend);
  });
});
