import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldBelow, foldView, readingRoots, reasonsIndex } from '../../src/lib/analysis/fold';
import { LABEL_STYLE } from '../../src/lib/graph/elements';
import { READABLE_PX } from '../../src/lib/graph/opening';
import { letterMap } from '../support/maps';
import { evaluate, tap, useApp, waitForReady } from './support';

const map = letterMap;
const reasons = reasonsIndex(map);
const takeaways = ['t1-takeaway', 't2-takeaway', 't3-takeaway'];
/** A statement whose reasons are partly shared with statements elsewhere: 7 below it, 4 only through it. */
const FOLDED = 't1-progressive-wars';

// Every test doubles as a check that nothing logged an error or left the origin (see useApp).
const open = useApp();

/** The statements on the canvas (not junctions or badges): folded ones are absent. */
const drawnStatements = (page: Page) =>
  evaluate(page, () =>
    window.cy
      .nodes('[kind]')
      .map((node) => node.id())
      .sort(),
  );

const positions = (page: Page) =>
  evaluate(page, () =>
    Object.fromEntries(
      window.cy.nodes('[kind]').map((node) => [node.id(), { ...node.position() }] as const),
    ),
  );

describe('the opening view', () => {
  it('draws the thesis and its reasons at 1280×800, readable, and leaves the folded out', async () => {
    const { page } = await open({ unfold: 'opening' });
    const drawn = await drawnStatements(page);
    expect(drawn.length).toBeLessThan(map.nodes.length);
    // The roots and their direct reasons: the thesis, the takeaways, and the positions answered.
    const first = foldView(map, foldBelow(map, 1)).shown;
    for (const id of first) expect(drawn, id).toContain(id);
    for (const id of takeaways) expect(drawn).toContain(id);
    // What is drawn is whole levels of reasons.
    const level = [1, 2, 3, 4].find((depth) => {
      const shown = [...foldView(map, foldBelow(map, depth)).shown].sort();
      return JSON.stringify(shown) === JSON.stringify(drawn);
    });
    expect(level).toBeDefined();
    expect(page.url()).not.toMatch(/fold=|expand=/);
    // On screen, inside the canvas, with labels at the drawing threshold or above.
    const seen = await evaluate(
      page,
      (ids) => {
        const cy = window.cy;
        const zoom = cy.zoom();
        return ids.map((id) => {
          const node = cy.getElementById(id);
          const box = node.renderedBoundingBox();
          return {
            id,
            inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
            px: parseFloat(String(node.style('font-size'))) * zoom,
          };
        });
      },
      ['thesis', ...takeaways],
    );
    for (const { id, inside, px } of seen) {
      expect(inside, `${id} on screen`).toBe(true);
      expect(px, `${id}'s label size on screen`).toBeGreaterThanOrEqual(READABLE_PX);
    }
    // Every shown kind's label is drawn at or above the threshold at this zoom.
    const zoom = await evaluate(page, () => window.cy.zoom());
    const kinds = new Set(map.nodes.filter((n) => drawn.includes(n.id)).map((n) => n.kind));
    for (const kind of kinds) {
      expect(LABEL_STYLE[kind].size * zoom, kind).toBeGreaterThanOrEqual(READABLE_PX);
    }
  });

  it.each([
    [1280, 800],
    [2560, 1440],
  ])(
    'at %i×%i, starts the legend and the overview where they cover no statement',
    async (width, height) => {
      const { page } = await open({ unfold: 'opening', width, height });
      // Placed once the canvas reports what is on screen, a frame after the drawing.
      await expect
        .poll(() => page.getAttribute('[data-testid="minimap"]', 'class'))
        .toMatch(/corner-/);
      const covered = await evaluate(page, () => {
        const cy = window.cy;
        const canvas = cy.container()!.getBoundingClientRect();
        const panels = ['[data-testid="legend"]', '[data-testid="minimap"]'].map((selector) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { selector, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
        });
        const hits: string[] = [];
        cy.nodes('[kind]').forEach((node) => {
          const b = node.renderedBoundingBox();
          const box = {
            x1: canvas.left + b.x1,
            y1: canvas.top + b.y1,
            x2: canvas.left + b.x2,
            y2: canvas.top + b.y2,
          };
          const onScreen =
            box.x2 > canvas.left &&
            box.x1 < canvas.right &&
            box.y2 > canvas.top &&
            box.y1 < canvas.bottom;
          for (const p of panels) {
            if (onScreen && box.x1 < p.x2 && p.x1 < box.x2 && box.y1 < p.y2 && p.y1 < box.y2) {
              hits.push(`${p.selector} covers ${node.id()}`);
            }
          }
        });
        return hits;
      });
      expect(covered).toEqual([]);
    },
  );

  it('marks each fold with a badge counting what it hides, by kind', async () => {
    const { page } = await open({ unfold: 'opening' });
    const badge = await evaluate(page, () =>
      String(window.cy.getElementById('t1-takeaway/fold').data('label') ?? ''),
    );
    expect(badge).toMatch(/^\+\d+: \d+ claims?/);
    const { summaries } = foldView(map, foldBelow(map, 1));
    expect(badge).toContain(`+${summaries.get('t1-takeaway')!.count}:`);
  });
});

describe('folding and unfolding', () => {
  it('hides exactly the statements only reachable through the fold; shared reasons stay', async () => {
    const { page } = await open();
    expect(await drawnStatements(page)).toHaveLength(map.nodes.length);
    await tap(page, FOLDED);
    await page.keyboard.press('-');
    const expected = [...foldView(map, new Set([FOLDED])).shown].sort();
    await expect.poll(() => drawnStatements(page)).toEqual(expected);
    // Some of its reasons bear on statements still in view, so they stay.
    const below = reasons.get(FOLDED)!;
    const stayed = below.filter((id) => expected.includes(id));
    expect(stayed.length).toBeGreaterThan(0);
    expect(below.length).toBeGreaterThan(stayed.length);
    expect(
      await evaluate(page, (id) => window.cy.getElementById(id).hasClass('folded'), FOLDED),
    ).toBe(true);
  });

  it('unfolds to the same positions, and the address carries the folds both ways', async () => {
    const { page } = await open();
    const before = await positions(page);
    await tap(page, FOLDED);
    await page.keyboard.press('-');
    await expect.poll(() => page.url()).toContain(`fold=${FOLDED}`);
    const folded = await drawnStatements(page);
    expect(folded.length).toBeLessThan(map.nodes.length);

    // The address alone reopens the same folds.
    const hash = new URL(page.url()).hash;
    await open({ hash });
    expect(await drawnStatements(page)).toEqual(folded);

    await tap(page, FOLDED);
    await page.keyboard.press('+');
    await expect.poll(() => drawnStatements(page)).toHaveLength(map.nodes.length);
    await expect.poll(() => page.url()).toContain('expand=all');
    // The fold's animation ends where the first drawing had everything.
    await expect
      .poll(async () => {
        const after = await positions(page);
        return Object.keys(before).filter(
          (id) =>
            Math.abs(after[id]!.x - before[id]!.x) > 0.5 ||
            Math.abs(after[id]!.y - before[id]!.y) > 0.5,
        );
      })
      .toEqual([]);
  });

  it('brings the reasons a fold reveals into view, with the statement acted on', async () => {
    // A short screen, where the takeaway's reasons would open below its edge.
    const { page } = await open({ unfold: 'opening', hash: '#node=t2-takeaway', height: 560 });
    const onScreen = (ids: string[]) =>
      evaluate(
        page,
        (list) =>
          list.filter((id) => {
            const box = window.cy.getElementById(id).renderedBoundingBox();
            return !(
              box.x1 >= 0 &&
              box.y1 >= 0 &&
              box.x2 <= window.cy.width() &&
              box.y2 <= window.cy.height()
            );
          }),
        ids,
      );
    await page.keyboard.press('+');
    const revealed = reasons.get('t2-takeaway')!;
    await expect.poll(() => drawnStatements(page)).toContain(revealed[0]!);
    // Every one of them, and the takeaway, on screen once the animation ends.
    await expect.poll(() => onScreen(['t2-takeaway', ...revealed]), { timeout: 3000 }).toEqual([]);
  });

  it('holds the statement acted on still while a fold closes', async () => {
    const { page } = await open({ hash: `#node=${FOLDED}` });
    const where = () =>
      evaluate(page, (id) => ({ ...window.cy.getElementById(id).renderedPosition() }), FOLDED);
    const before = await where();
    const count = (await drawnStatements(page)).length;
    await page.keyboard.press('-');
    await expect.poll(async () => (await drawnStatements(page)).length).toBeLessThan(count);
    await page.waitForTimeout(400);
    const after = await where();
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    expect(Math.abs(after.y - before.y)).toBeLessThan(1);
  });

  it('unfolds what a search reaches, selecting the statement inside the fold', async () => {
    const { page } = await open({ unfold: 'opening' });
    const shownAtFirst = new Set(await drawnStatements(page));
    const roots = new Set(readingRoots(map));
    const deep = map.nodes.find(
      (node) => !shownAtFirst.has(node.id) && !roots.has(node.id) && node.label.length > 30,
    )!;
    await page.fill('#search-input', deep.label);
    await expect
      .poll(() => page.textContent('#search-results [role="option"] .hit-label'))
      .toBe(deep.label);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.details h2')).toBe(deep.label);
    await waitForReady(page);
    await expect.poll(() => drawnStatements(page)).toContain(deep.id);
    expect(await evaluate(page, () => window.cy.$(':selected').map((n) => n.id()))).toEqual([
      deep.id,
    ]);
    expect(decodeURIComponent(page.url())).toContain(`node=${deep.id}`);
  });
});
