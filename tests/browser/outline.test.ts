import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp } from './support';
import { isLinked, premisesOf } from '../../src/lib/model/types';

const map = letterMap;
const thesis = map.nodes.find((node) => node.kind === 'thesis')!;

const openApp = useApp();

describe('the outline view', () => {
  it('lists every statement and relation from the thesis down, and selects on click', async () => {
    const { page, errors } = await openApp();
    await page.click('.view-controls button:has-text("Outline")');
    const items = page.locator('[data-testid="outline"] li:not(.root-note)');
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
    expect(await page.locator('[data-testid="outline"] li.root-note').count()).toBe(
      roots.length - 1,
    );
    const ids = new Set(
      await evaluate(page, () =>
        [...document.querySelectorAll('[data-testid="outline"] button[data-node]')].map((b) =>
          b.getAttribute('data-node'),
        ),
      ),
    );
    expect(ids).toEqual(new Set(map.nodes.map((node) => node.id)));
    const target = map.nodes.find((node) => node.kind === 'evidence')!;
    await page.click(`[data-testid="outline"] button[data-node="${target.id}"]`);
    expect(await page.textContent('.details h2')).toBe(target.label);
    expect(
      await page.getAttribute(
        `[data-testid="outline"] button[data-node="${target.id}"]`,
        'aria-current',
      ),
    ).toBe('true');
    // Back on the map, the statement chosen in the outline is selected.
    await page.click('.view-controls button:has-text("Outline")');
    expect(await page.isVisible('[data-testid="outline"]')).toBe(false);
    expect(await evaluate(page, () => window.cy.$(':selected').map((n) => n.id()))).toEqual([
      target.id,
    ]);
    expect(errors).toEqual([]);
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
});
