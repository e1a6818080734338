import { describe, expect, it } from 'vitest';
import { aifInput, kialoInput, type ImportInput } from '../../bench/import-inputs';
import { importFile } from '../../src/lib/io/import-file';
import { searchNodes } from '../../src/lib/analysis/search';
import { drawnNodeIds } from '../support/elements';
import { evaluate, tap, useApp, waitForReady } from './support';

/**
 * Large imports behave as small ones: a 2,800-entry Kialo discussion (3,499
 * statements) and a 1,400-statement map written as AIF (2,939 AIF nodes),
 * the bench's inputs, open, lay out, and answer search and selection. How
 * fast is the bench's business (`npm run bench`, the import row).
 */
const openApp = useApp();

/** Layout of 3,500 statements on a loaded 2-core machine can take a while; the bench times it. */
const LAYOUT_WAIT = { timeout: 90_000, interval: 250 };

async function expectedMap(input: ImportInput) {
  const opened = await importFile(input.file, input.text);
  if (!opened.ok) throw new Error(`${input.file} does not import: ${opened.problems[0]?.message}`);
  return opened.value;
}

describe.each([
  ['a 2,800-entry Kialo discussion', kialoInput()],
  ['a 1,400-statement AIF map', aifInput()],
])('%s', (_, input) => {
  it('opens, lays out, and answers search and selection', { timeout: 180_000 }, async () => {
    const map = await expectedMap(input);
    const { page } = await openApp();
    await page.setInputFiles('[data-testid="open-file"]', {
      name: input.file,
      mimeType: input.file.endsWith('.json') ? 'application/json' : 'text/plain',
      buffer: Buffer.from(input.text),
    });
    await expect
      .poll(() => page.textContent('.notice'), LAYOUT_WAIT)
      .toContain(
        `Opened ${input.file}: ${map.nodes.length} statements, ${map.edges.length} relations.`,
      );
    await expect
      .poll(() => evaluate(page, () => window.cy.nodes().length), LAYOUT_WAIT)
      .toBe(drawnNodeIds(map).length);
    await waitForReady(page);
    expect(await page.textContent('.map-title')).toBe(map.title);

    // Laid out: every statement has a place of its own.
    await expect
      .poll(
        () =>
          evaluate(page, () => {
            const places = window.cy.nodes().map((node) => {
              const { x, y } = node.position();
              return `${Math.round(x)},${Math.round(y)}`;
            });
            return new Set(places).size;
          }),
        LAYOUT_WAIT,
      )
      .toBe(drawnNodeIds(map).length);

    // Search: the words of one statement's label find what the app's search finds.
    const target = map.nodes[Math.floor(map.nodes.length * 0.8)]!;
    const query = target.label.split(/\s+/).slice(0, 3).join(' ');
    const hits = searchNodes(map.nodes, query);
    expect(hits.length).toBeGreaterThan(0);
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await expect.poll(() => page.textContent('.hit-count')).toBe(`${hits.length} found`);
    expect(await page.textContent('#search-results [role="option"] .hit-label')).toBe(
      hits[0]!.node.label,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.details h2')).toBe(hits[0]!.node.label);
    expect(await evaluate(page, () => window.cy.$(':selected').map((n) => n.id()))).toEqual([
      hits[0]!.node.id,
    ]);

    // Selection: a statement deep in the map, picked on the canvas.
    const last = map.nodes[map.nodes.length - 1]!;
    await tap(page, last.id);
    await expect.poll(() => page.textContent('.details h2')).toBe(last.label);
    expect(await evaluate(page, () => window.cy.$(':selected').map((n) => n.id()))).toEqual([
      last.id,
    ]);
    expect(page.url()).toContain(`#node=${encodeURIComponent(last.id)}`);
  });
});
