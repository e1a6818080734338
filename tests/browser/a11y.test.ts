import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { evaluate, runScript, useApp } from './support';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const openApp = useApp();

describe('accessibility', () => {
  it('has no serious or critical axe violations, with and without a selection', async () => {
    const { page } = await openApp();
    // Evaluated over the DevTools protocol, so the page’s CSP (rightly) does not block it.
    await runScript(page, axeSource);
    const run = () =>
      evaluate(page, async () => {
        const result = await (
          window as unknown as {
            axe: {
              run: (
                ctx: Document,
              ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.nodes.length}) ${JSON.stringify((v.nodes as { html: string }[]).map((n) => n.html))}`,
          );
      });
    expect(await run()).toEqual([]);
    await evaluate(page, () => {
      window.cy.nodes('.thesis').emit('tap');
    });
    expect(await run()).toEqual([]);
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
