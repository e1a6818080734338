import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { evaluate, tap, useApp } from './support';

const map = letterMap;
const text = readFileSync(
  new URL('../../data/sources/three-takeaways.txt', import.meta.url),
  'utf8',
);
const quoted = map.nodes.filter((node) => node.quote !== undefined);
const labelOf = (id: string) => map.nodes.find((node) => node.id === id)!.label;
/** A statement quoted near the end of the letter, so selecting it has to scroll the text. */
const LATE = 't3-forge-united-left';

// Every test doubles as a check that nothing logged an error or left the origin (see useApp).
const open = useApp();

async function openWithSource(options: Parameters<typeof open>[0] = {}) {
  const app = await open({ ...options, hash: `#source=open${options.hash ?? ''}` });
  await app.page.waitForSelector('.source-text .passage');
  return app;
}

const selectedIds = (page: Page) =>
  evaluate(page, () => window.cy.$(':selected').map((node) => node.id()));

/** Whether an element lies within the source text's scrolled view. */
const inView = (page: Page, selector: string) =>
  evaluate(
    page,
    (sel) => {
      const element = document.querySelector(sel)!.getBoundingClientRect();
      const pane = document.querySelector('.source-text')!.getBoundingClientRect();
      return element.top >= pane.top && element.bottom <= pane.bottom;
    },
    selector,
  );

describe('the source text beside the map', () => {
  it('highlights every quote in the letter, in its kind’s colour, and keeps the text whole', async () => {
    const { page } = await openWithSource();
    const passages = await evaluate(page, () =>
      [...document.querySelectorAll<HTMLElement>('.source-text .passage')].map((el) => ({
        node: el.dataset.node!,
        nodes: el.dataset.nodes!.split(' '),
        kind: [...el.classList].find((name) => name.startsWith('kind-'))!,
      })),
    );
    const highlighted = new Set(passages.flatMap((passage) => passage.nodes));
    expect([...highlighted].sort()).toEqual(quoted.map((node) => node.id).sort());
    // Each statement has a stretch where a click selects it.
    expect(new Set(passages.map((p) => p.node)).size).toBe(quoted.length);
    for (const passage of passages) {
      const kind = map.nodes.find((node) => node.id === passage.node)!.kind;
      expect(passage.kind).toBe(`kind-${kind}`);
    }
    const shown = await page.textContent('.source-text');
    expect(shown).toBe(text);
    // Text no statement quotes stays plain, so gaps in the analysis show.
    const plain = await evaluate(
      page,
      () =>
        [...document.querySelector('.source-text')!.childNodes].filter(
          (child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== '',
        ).length,
    );
    expect(plain).toBeGreaterThan(0);
  });

  it('selects a passage’s statement when the passage is clicked, unfolding to it', async () => {
    const { page } = await openWithSource({ unfold: 'opening' });
    const hidden = await evaluate(page, (id) => window.cy.getElementById(id).empty(), LATE);
    expect(hidden).toBe(true);
    await page.click(`.passage[data-node="${LATE}"]`);
    await expect.poll(() => page.textContent('.details h2')).toBe(labelOf(LATE));
    await expect.poll(() => selectedIds(page)).toEqual([LATE]);
    expect(page.url()).toContain(`node=${LATE}`);
    expect(page.url()).toContain('source=open');
  });

  it('scrolls to and marks the selected statement’s passage', async () => {
    const { page } = await openWithSource();
    const selector = `.passage[data-node="${LATE}"]`;
    expect(await inView(page, selector)).toBe(false);
    await tap(page, LATE);
    await expect.poll(() => inView(page, selector)).toBe(true);
    expect(await page.getAttribute(selector, 'class')).toContain('current');
    expect(await page.locator('.passage.current').count()).toBeGreaterThan(0);
    const current = await evaluate(page, () =>
      [...document.querySelectorAll<HTMLElement>('.passage.current')].map(
        (el) => el.dataset.nodes!,
      ),
    );
    for (const nodes of current) expect(nodes.split(' ')).toContain(LATE);
  });

  it('lights up a statement when its passage is hovered, and the passage when the statement is', async () => {
    const { page } = await openWithSource();
    await page.hover(`.passage[data-node="${LATE}"]`);
    await expect
      .poll(() => evaluate(page, (id) => window.cy.getElementById(id).hasClass('faded'), LATE))
      .toBe(false);
    expect(await evaluate(page, () => window.cy.nodes('.faded').length)).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await expect.poll(() => evaluate(page, () => window.cy.nodes('.faded').length)).toBe(0);
    // And the other way: the pointer on the statement lights up its passage.
    const at = await evaluate(
      page,
      (id) => {
        const node = window.cy.getElementById(id);
        window.cy.center(node);
        const box = node.renderedBoundingBox();
        const rect = window.cy.container()!.getBoundingClientRect();
        return { x: rect.left + (box.x1 + box.x2) / 2, y: rect.top + (box.y1 + box.y2) / 2 };
      },
      LATE,
    );
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => page.getAttribute(`.passage[data-node="${LATE}"]`, 'class'))
      .toContain('lit');
  });

  it('selects the source a footnote marker cites', async () => {
    const { page } = await openWithSource();
    const draper = map.nodes.find((node) => node.id === 'auth-draper')!;
    await page.click(`.footnote-mark[data-footnote="13"]`);
    await expect.poll(() => selectedIds(page)).toEqual([draper.id]);
  });

  it('is recorded in the address, and closes', async () => {
    const { page } = await open();
    await page.click('[data-testid="source-toggle"]');
    await page.waitForSelector('.source-text .passage');
    await expect.poll(() => page.url()).toContain('source=open');
    await page.click('.source-head .close');
    await expect.poll(() => page.url()).not.toContain('source=open');
    expect(await page.locator('[data-testid="source-pane"]').count()).toBe(0);
  });

  it('is a tab beside the details on a tablet', async () => {
    const { page } = await openWithSource({ width: 820, height: 1180 });
    const visible = (selector: string) => page.locator(selector).isVisible();
    expect(await page.getAttribute('[role="tab"][data-tab="source"]', 'aria-selected')).toBe(
      'true',
    );
    expect(await visible('[data-testid="source-pane"]')).toBe(true);
    // The text takes the side sheet, on the right, not a pane of its own on the left.
    const box = (await page.locator('[data-testid="source-pane"]').boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(820, 0);
    await page.click(`.passage[data-node="${LATE}"]`);
    await expect.poll(() => selectedIds(page)).toEqual([LATE]);
    await page.click('[role="tab"][data-tab="details"]');
    expect(await visible('[data-testid="source-pane"]')).toBe(false);
    expect(await visible('[data-testid="details"]')).toBe(true);
    expect(await page.textContent('.details h2')).toBe(labelOf(LATE));
    // Arrow keys move between the tabs.
    await page.focus('[role="tab"][data-tab="details"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[role="tab"][data-tab="source"]', 'aria-selected')).toBe(
      'true',
    );
    expect(await visible('[data-testid="source-pane"]')).toBe(true);
  });
});
