import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { evaluate, runScript, useApp, type OpenOptions } from './support';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const label = (id: string) => letterMap.nodes.find((node) => node.id === id)!.label;

const openApp = useApp();

/** Every axe violation, of any impact, under WCAG 2.2 A and AA and axe's best practices. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page’s CSP (rightly) does not block it.
  await runScript(page, axeSource);
  return evaluate(page, async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<Result> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

/**
 * Controls smaller than 24×24 CSS pixels (WCAG 2.5.8), a checkbox or radio
 * measured with its label. Links inside running text are exempt, as WCAG
 * exempts them: those whose parent also holds text of its own.
 */
const smallTargets = (page: Page) =>
  evaluate(page, () => {
    const inSentence = (element: Element) =>
      [...(element.parentElement?.childNodes ?? [])].some(
        (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
      );
    const found: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, summary, a[href], input, select, [tabindex="0"]',
    );
    for (const control of controls) {
      if (control.matches('input[type="file"]')) continue; // Hidden; "Open…" is its target.
      const target = (control.matches('input') && control.closest('label')) || control;
      const box = target.getBoundingClientRect();
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      if (control.matches('.link-button') && inSentence(control)) continue;
      if (box.width < 24 || box.height < 24) {
        const name = (control.textContent ?? control.getAttribute('title') ?? '').trim();
        found.push(`${control.tagName} "${name.slice(0, 30)}" ${box.width}×${box.height}`);
      }
    }
    return found;
  });

/** The states the app can be in, each opened from scratch. */
const STATES: { name: string; open: OpenOptions; then?: (page: Page) => Promise<void> }[] = [
  { name: 'default', open: {} },
  { name: 'a selection', open: { hash: '#node=t1-takeaway' } },
  {
    name: 'the outline, with a selection',
    open: { hash: '#node=t1-expelled-for-science' },
    then: (page) => page.click('.view-controls button:has-text("Outline")'),
  },
  { name: 'the Filter menu open', open: {}, then: (page) => page.click('.filter-menu summary') },
  { name: 'the Export menu open', open: {}, then: (page) => page.click('.export-menu summary') },
  { name: 'the Teach menu open', open: {}, then: (page) => page.click('.teach-menu summary') },
  { name: 'a focused line', open: { hash: '#node=t2-takeaway&focus=t2-takeaway' } },
  { name: 'phone width', open: { width: 390, height: 844 } },
  { name: 'phone width, a selection', open: { width: 390, height: 844, hash: '#node=thesis' } },
  {
    name: 'phone width, the outline',
    open: { width: 390, height: 844 },
    then: (page) => page.click('.view-controls button:has-text("Outline")'),
  },
  {
    name: 'phone width, the Filter menu open',
    open: { width: 390, height: 844 },
    then: (page) => page.click('.filter-menu summary'),
  },
  {
    name: 'phone width, the Teach menu open',
    open: { width: 390, height: 844 },
    then: (page) => page.click('.teach-menu summary'),
  },
  {
    name: 'phone width, a focused line',
    open: { width: 390, height: 844, hash: '#node=t2-takeaway&focus=t2-takeaway' },
  },
  {
    name: 'phone width, the Export menu open',
    open: { width: 390, height: 844 },
    then: (page) => page.click('.export-menu summary'),
  },
];

describe('accessibility', () => {
  for (const state of STATES) {
    it(`has no axe violations and no small tap targets with ${state.name}`, async () => {
      const { page } = await openApp(state.open);
      await state.then?.(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
    });
  }

  it('announces each newly selected statement, and how it relates to the last, politely', async () => {
    const { page } = await openApp();
    const region = page.locator('[data-testid="announcer"]');
    expect(await region.getAttribute('role')).toBe('status');
    await page.focus('[data-testid="canvas"]');
    // The first arrow selects the thesis; down goes to its first reason.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => region.textContent()).toContain(`Thesis: ${label('thesis')}.`);
    await page.keyboard.press('ArrowDown');
    const selected = await evaluate(page, () => window.cy.$(':selected').id());
    const node = letterMap.nodes.find((candidate) => candidate.id === selected)!;
    await expect
      .poll(async () => (await region.textContent())!.trim())
      .toBe(`Claim: ${node.label}. It supports “${label('thesis')}”.`);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(async () => (await region.textContent())!.trim())
      .toBe(`Thesis: ${label('thesis')}. “${node.label}” supports it.`);
  });

  it('closes a menu on Esc and returns focus to it, and opens one menu at a time', async () => {
    const { page } = await openApp({ hash: '#node=thesis' });
    await page.click('.filter-menu summary');
    expect(await page.getAttribute('.filter-menu', 'open')).toBe('');
    await page.focus('input[name="kind"][value="claim"]');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('.filter-menu', 'open')).toBeNull();
    expect(await evaluate(page, () => document.activeElement?.closest('summary') !== null)).toBe(
      true,
    );
    expect(await evaluate(page, () => document.activeElement?.textContent?.trim())).toMatch(
      /^Filter/,
    );
    // Esc closed the menu only: the selection stays.
    expect(await page.isVisible('.details h2')).toBe(true);
    // Opening Export closes Filter.
    await page.click('.filter-menu summary');
    await page.click('.export-menu summary');
    await expect.poll(() => page.getAttribute('.filter-menu', 'open')).toBeNull();
    expect(await page.getAttribute('.export-menu', 'open')).toBe('');
    // Opening Teach closes Export; Esc closes Teach.
    await page.click('.teach-menu summary');
    await expect.poll(() => page.getAttribute('.export-menu', 'open')).toBeNull();
    expect(await page.getAttribute('.teach-menu', 'open')).toBe('');
    await page.focus('input[name="evaluation"]');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('.teach-menu', 'open')).toBeNull();
    expect(await evaluate(page, () => document.activeElement?.textContent?.trim())).toMatch(
      /^Teach/,
    );
    // A click outside closes a menu.
    await page.click('.export-menu summary');
    await page.click('[data-testid="canvas"]', { position: { x: 5, y: 300 } });
    await expect.poll(() => page.getAttribute('.export-menu', 'open')).toBeNull();
  });

  it('draws a focus ring of at least 3:1 against whatever is behind it', async () => {
    const { page } = await openApp({ hash: '#node=t1-takeaway' });
    await page.click('.filter-menu summary');
    const ratios = new Map<string, number>();
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      const seen = await evaluate(page, () => {
        const element = document.activeElement as HTMLElement | null;
        if (element === null || element === document.body) return null;
        // Checkboxes and radios show the ring on their label.
        const ringed = element.matches('.segmented input') ? element.closest('label')! : element;
        const style = getComputedStyle(ringed);
        const rgb = (colour: string) =>
          colour
            .match(/[\d.]+/g)!
            .slice(0, 4)
            .map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!]
            .map((c) => c / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
            .reduce((sum, c, k) => sum + c * [0.2126, 0.7152, 0.0722][k]!, 0);
        // The ring sits just outside the element: on the first opaque background around it.
        let behind = ringed.parentElement;
        while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) {
          behind = behind.parentElement;
        }
        const background = behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)';
        const a = luminance(rgb(style.outlineColor));
        const b = luminance(rgb(background));
        return {
          name: `${element.tagName} ${(element.textContent ?? element.id).trim().slice(0, 24)}`,
          width: style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth),
          ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
        };
      });
      if (seen === null || seen.width === 0) continue;
      ratios.set(seen.name, seen.ratio);
    }
    expect(ratios.size).toBeGreaterThan(15);
    const weak = [...ratios].filter(([, ratio]) => ratio < 3);
    expect(weak).toEqual([]);
  });

  it('reaches every toolbar control with Tab', async () => {
    const { page } = await openApp();
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await evaluate(page, () => {
          const el = document.activeElement as HTMLElement | null;
          return el?.id || el?.getAttribute('title') || el?.textContent?.trim() || '';
        }),
      );
    }
    for (const control of [
      'search-input',
      'Filter',
      'Fit map to screen',
      'Zoom in',
      'Zoom out',
      'Show everything again',
    ]) {
      expect(
        [...reached].some((name) => name.includes(control)),
        control,
      ).toBe(true);
    }
  });
});
