import { letterMap } from '../support/maps';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, useApp } from './support';
import { pdfInkPerPage, pdfPageTexts } from './export-support';
import { isLinked, premisesOf } from '../../src/lib/model/types';

const map = letterMap;
const thesis = map.nodes.find((node) => node.kind === 'thesis')!;
const label = (id: string) => map.nodes.find((node) => node.id === id)!.label;

const openApp = useApp();
async function openOutline(options: Parameters<typeof openApp>[0] = {}) {
  const app = await openApp(options);
  await app.page.click('.view-controls button:has-text("Outline")');
  await app.page.waitForSelector('[data-testid="outline"]');
  return app.page;
}

const scratch = mkdtempSync(join(tmpdir(), 'warrant-print-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Prints the page to PDF as Chromium's print dialog would, and reads it back. */
async function print(page: Page, name: string) {
  const path = join(scratch, `${name}.pdf`);
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  return { texts: pdfPageTexts(path), ink: pdfInkPerPage(path) };
}

/** The outline's entries in order: `level:id` for statements, `level:group` for linked premises. */
const outlineEntries = (page: Page) =>
  evaluate(page, () =>
    [...document.querySelectorAll('[data-testid="outline"] li')].map((li) => {
      let level = 0;
      for (let at: Element | null = li; at !== null; at = at.parentElement?.closest('li') ?? null) {
        level++;
      }
      const button = li.querySelector(':scope > .entry button[data-node]');
      return `${level}:${button?.getAttribute('data-node') ?? 'group'}`;
    }),
  );

describe('the outline view', () => {
  it('lists every statement and relation from the thesis down, and selects on click', async () => {
    const page = await openOutline();
    const items = page.locator('[data-testid="outline"] li');
    // Every plain edge gives one entry under what it bears on; linked premises a
    // group entry and one entry per premise; every root (the thesis, and the
    // answered positions that bear on nothing) one more.
    const roots = map.nodes.filter(
      (node) =>
        node.kind === 'thesis' || !map.edges.some((edge) => premisesOf(edge).includes(node.id)),
    );
    const entries = map.edges.reduce(
      (sum, edge) => sum + (isLinked(edge) ? 1 + edge.from.length : 1),
      roots.length,
    );
    expect(map.edges.some(isLinked)).toBe(true);
    expect(await items.count()).toBe(entries);
    expect(await items.first().textContent()).toContain(thesis.label);
    expect(await page.locator('[data-testid="outline"] h3.root-note').count()).toBe(
      roots.length - 1,
    );
    const ids = new Set(
      await evaluate(page, () =>
        [...document.querySelectorAll('[data-testid="outline"] .entry button[data-node]')].map(
          (b) => b.getAttribute('data-node'),
        ),
      ),
    );
    expect(ids).toEqual(new Set(map.nodes.map((node) => node.id)));
    const target = map.nodes.find((node) => node.kind === 'evidence')!;
    const entry = `[data-testid="outline"] .entry:not(.repeat) button[data-node="${target.id}"]`;
    await page.click(entry);
    expect(await page.textContent('.details h2')).toBe(target.label);
    expect(await page.getAttribute(entry, 'aria-current')).toBe('true');
    // Back on the map, the statement chosen in the outline is selected.
    await page.click('.view-controls button:has-text("Outline")');
    expect(await page.isVisible('[data-testid="outline"]')).toBe(false);
    expect(await evaluate(page, () => window.cy.$(':selected').map((n) => n.id()))).toEqual([
      target.id,
    ]);
  });

  it('is a tree of nested lists: each reason in the list under what it bears on', async () => {
    const page = await openOutline();
    // Only list items in lists, and lists only in list items (or as the outline's trees).
    const misplaced = await evaluate(page, () => {
      const outline = document.querySelector('[data-testid="outline"]')!;
      return [
        ...[...outline.querySelectorAll('li')].filter((li) => li.parentElement?.tagName !== 'UL'),
        ...[...outline.querySelectorAll('ul')].filter(
          (ul) => ul.parentElement !== outline && ul.parentElement?.tagName !== 'LI',
        ),
        ...[...outline.querySelectorAll('ul')].flatMap((ul) =>
          [...ul.children].filter((child) => child.tagName !== 'LI'),
        ),
      ].map((element) => `${element.tagName}.${element.className}`);
    });
    expect(misplaced).toEqual([]);
    const entries = await outlineEntries(page);
    expect(entries[0]).toBe(`1:${thesis.id}`);
    // Takeaway 1's reasons nest inside its item.
    const inside = await evaluate(page, () => {
      const item = document
        .querySelector('[data-testid="outline"] .entry button[data-node="t1-takeaway"]')!
        .closest('li')!;
      return [...item.querySelectorAll('.entry:not(.repeat) button[data-node]')].map((b) =>
        b.getAttribute('data-node'),
      );
    });
    expect(inside).toContain('t1-responsibility-to-fight');
    expect(inside).toContain('t1-defend-iran');
    expect(inside).not.toContain('t2-takeaway');
  });

  it('lists a shared reason with its reasons once, under its primary parent, and “also supports” elsewhere', async () => {
    const page = await openOutline();
    const entries = await outlineEntries(page);
    // Breadth-aware: takeaway 1 comes within the first 30 entries, not after 120 of another line.
    const takeaway = entries.findIndex((entry) => entry.endsWith(':t1-takeaway'));
    expect(takeaway).toBeGreaterThan(0);
    expect(takeaway).toBeLessThan(30);
    const text = (await page.textContent('[data-testid="outline"]'))!;
    expect(text).not.toMatch(/listed above/);
    // A reason that supports takeaway 2 but belongs to takeaway 1's section: its reasons are
    // under takeaway 1's line; under takeaway 2's, a pointer back.
    const repeat = page.locator(
      '[data-testid="outline"] .entry.repeat:has(button[data-node="t1-expelled-for-science"])',
    );
    expect(await repeat.count()).toBe(1);
    const pointer = (await repeat.locator('.also').textContent())!.replace(/\s+/g, ' ');
    expect(pointer).toContain('Also supports');
    expect(pointer).toContain('where its reasons are given');
    await repeat.locator('.also button').click();
    // The pointer names the statement under which the reason is listed with its reasons.
    const under = await evaluate(page, () => {
      const item = document
        .querySelector(
          '[data-testid="outline"] .entry:not(.repeat) button[data-node="t1-expelled-for-science"]',
        )!
        .closest('li')!;
      let parent = item.parentElement!.closest('li')!;
      // Linked premises sit under a group entry, itself under their conclusion.
      if (parent.querySelector(':scope > .entry.group'))
        parent = parent.parentElement!.closest('li')!;
      return parent.querySelector(':scope > .entry button[data-node]')!.getAttribute('data-node');
    });
    expect(under).toBe('t1-takeaway');
    expect(await page.textContent('.details h2')).toBe(label('t1-takeaway'));
  });

  it('folds and unfolds an entry’s reasons', async () => {
    const page = await openOutline();
    const fold = page.locator(
      '[data-testid="outline"] li:has(> .entry button[data-node="t1-takeaway"]) > .entry .fold',
    );
    const reasons = page.locator(
      '[data-testid="outline"] .entry:not(.repeat) button[data-node="t1-responsibility-to-fight"]',
    );
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await reasons.count()).toBe(1);
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await reasons.count()).toBe(0);
    await fold.click();
    expect(await reasons.count()).toBe(1);
  });

  it('follows the filters', async () => {
    const { page } = await openApp();
    await page.click('.filter-menu summary');
    await page.uncheck('input[name="kind"][value="authority"]');
    await page.click('.view-controls button:has-text("Outline")');
    const kinds = await evaluate(page, () =>
      [...document.querySelectorAll('[data-testid="outline"] li .kind-tag')].map((t) =>
        t.textContent?.trim(),
      ),
    );
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds).not.toContain('Authority');
  });

  it('is titled as one line of the argument when a line is focused', async () => {
    const page = await openOutline({ hash: '#focus=t1-takeaway' });
    expect(await page.textContent('[data-testid="outline"] h2')).toMatch(
      new RegExp(`^\\s*One line of the argument: ${label('t1-takeaway').slice(0, 30)}`),
    );
    expect(await page.textContent('[data-testid="outline"]')).not.toContain(label('t2-takeaway'));
  });

  it('stays readable on a phone: indentation capped, deeper levels numbered', async () => {
    const page = await openOutline({ width: 390, height: 844 });
    const layout = await evaluate(page, () =>
      [...document.querySelectorAll('[data-testid="outline"] li')].map((li) => {
        const text = li.querySelector(':scope > .entry > .entry-text')!.getBoundingClientRect();
        const number = li.querySelector(':scope > .entry > .level-no')!;
        return {
          left: text.left,
          right: text.right,
          width: text.width,
          numbered: getComputedStyle(number).display !== 'none',
          number: number.textContent,
        };
      }),
    );
    const levels = await outlineEntries(page);
    expect(layout.length).toBe(levels.length);
    const deepest = Math.max(...levels.map((entry) => Number(entry.split(':')[0])));
    expect(deepest).toBeGreaterThan(8);
    layout.forEach((entry, i) => {
      const level = Number(levels[i]!.split(':')[0]);
      // Never off screen, never squeezed to a word per line.
      expect(entry.right).toBeLessThanOrEqual(390);
      expect(entry.width).toBeGreaterThan(250);
      expect(entry.numbered).toBe(level > 4);
      if (entry.numbered) expect(entry.number).toBe(String(level));
    });
  });
});

describe('printing the outline', () => {
  for (const selection of [false, true]) {
    it(`prints the outline on pages that all carry text${selection ? ', with a statement selected' : ''}`, async () => {
      const page = await openOutline();
      if (selection) {
        await page.click(
          '[data-testid="outline"] .entry:not(.repeat) button[data-node="t1-takeaway"]',
        );
        expect(await page.isVisible('.details h2')).toBe(true);
      }
      const { texts, ink } = await print(page, `outline-${selection}`);
      expect(texts.length).toBeGreaterThan(3);
      // No blank page: each has text, and ink a reader can see.
      expect(texts.filter((text) => text === '')).toEqual([]);
      expect(ink.length).toBe(texts.length);
      expect(ink.filter((pixels) => pixels < 500)).toEqual([]);
      const all = texts.join(' ');
      for (const id of ['thesis', 't1-takeaway', 't2-takeaway', 't3-takeaway']) {
        expect(all).toContain(label(id).slice(0, 40));
      }
      // The handout is the outline: not the details panel, not the toolbar.
      expect(texts[0]).toMatch(new RegExp(`^${map.title.slice(0, 30)}`));
      expect(all).not.toContain('Reasons for this');
      expect(all).not.toContain('Export');
    });
  }
});
