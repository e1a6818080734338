import { describe, expect, it } from 'vitest';
import { evaluate, useApp } from './support';

const openApp = useApp();

describe('on a phone (390 px)', () => {
  it('opens the details as a sheet that leaves the map above it, the selection in view', async () => {
    const { page } = await openApp({ width: 390, height: 844, hash: '#node=t1-takeaway' });
    await page.waitForSelector('.details.open');
    const read = () =>
      evaluate(page, () => {
        const stage = document.querySelector('.stage')!.getBoundingClientRect();
        const sheet = document.querySelector('.details')!.getBoundingClientRect();
        const canvas = window.cy.container()!.getBoundingClientRect();
        const node = window.cy.$(':selected').renderedBoundingBox({ includeLabels: false });
        return {
          mapShown: (sheet.top - stage.top) / stage.height,
          sheetWidth: sheet.width,
          nodeTop: canvas.top + node.y1,
          nodeBottom: canvas.top + node.y2,
          stageTop: stage.top,
          sheetTop: sheet.top,
        };
      });
    const first = await read();
    // At least a third of the map stays visible, the sheet spans the width below it.
    expect(first.mapShown).toBeGreaterThan(0.35);
    expect(first.sheetWidth).toBe(390);
    await expect
      .poll(async () => {
        const { nodeTop, nodeBottom, stageTop, sheetTop } = await read();
        return nodeTop >= stageTop && nodeBottom <= sheetTop;
      })
      .toBe(true);
  });

  it('keeps the toolbar to three rows', async () => {
    const { page } = await openApp({ width: 390, height: 844 });
    // Rows of controls: their vertical centres, grouped where they lie within 12 px.
    const rows = await evaluate(page, () => {
      const centres = [...document.querySelectorAll('.toolbar button, .toolbar summary, .search')]
        .filter((control) => control.checkVisibility())
        .map((control) => control.getBoundingClientRect())
        .map((box) => (box.top + box.bottom) / 2)
        .sort((a, b) => a - b);
      return centres.filter((centre, i) => i === 0 || centre - centres[i - 1]! > 12).length;
    });
    expect(rows).toBeLessThanOrEqual(3);
    expect(await evaluate(page, () => document.documentElement.scrollWidth)).toBe(390);
  });
});
