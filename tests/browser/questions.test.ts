import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { CRITICAL_QUESTIONS } from '../../src/lib/model/critical-questions';
import { evaluate, tap, useApp } from './support';

const map = letterMap;
const openApp = useApp();

/** Each inference with a scheme, and its open questions: the scheme's questions less the map's answers. */
const expectedOpen = Object.fromEntries(
  map.edges
    .filter((edge) => edge.scheme !== undefined)
    .map((edge) => [
      edge.id,
      CRITICAL_QUESTIONS[edge.scheme!].questions.length - (edge.answers?.length ?? 0),
    ]),
);

async function open() {
  const app = await openApp();
  await app.page.click('.teach-menu summary');
  await app.page.check('input[name="questions"]');
  await app.page.click('.teach-menu summary');
  return app;
}

/** The badge data of every drawn element that carries one. */
const badges = (page: Page) =>
  evaluate(page, () =>
    Object.fromEntries(
      window.cy
        .elements('.cq-badge')
        .map((element) => [
          element.id(),
          { open: element.data('openQuestions') as number, label: element.style('label') },
        ]),
    ),
  );

describe('critical questions on the map', () => {
  it('badges every inference that names a scheme with its count of open questions', async () => {
    const { page } = await open();
    const shown = await badges(page);
    expect(Object.fromEntries(Object.entries(shown).map(([id, b]) => [id, b.open]))).toEqual(
      expectedOpen,
    );
    // Literal spot checks: the 1912 precedent has 4 questions, the letter answers 2.
    expect(shown['e-high-bar-applied']).toEqual({ open: 2, label: '?2' });
    // An expert-opinion step from Trotsky, none of its 6 answered, is a plain line.
    expect(shown['e-auth-trotsky--t1-side-with-oppressed-countries']).toEqual({
      open: 6,
      label: '?6',
    });
    expect(await page.textContent('[data-testid="teaching-legend"]')).toContain(
      'Open critical questions of an inference',
    );
    // Off again: no badge is left behind.
    await page.click('.teach-menu summary');
    await page.uncheck('input[name="questions"]');
    expect(await badges(page)).toEqual({});
  });

  it('lists an inference’s questions when it is clicked, and marking one answered lowers its count', async () => {
    const { page } = await open();
    await tap(page, 'e-high-bar-applied');
    const details = page.locator('[data-testid="inference-details"]');
    await details.waitFor();
    expect(await details.locator('h2').textContent()).toBe('Argument from precedent');
    expect(await details.locator('[data-testid="open-count"]').textContent()).toBe('2 of 4 open');
    const answered = details.locator('li[data-question="relevant-differences"]');
    expect(await answered.textContent()).toContain('These principles still apply');
    expect(await answered.textContent()).toContain('(in the map)');
    // Mark the first open question answered by a statement near the step.
    const question = details.locator('li[data-question="legitimate"]');
    await question.locator('select').selectOption('t2-compare-1903-1912');
    expect(await details.locator('[data-testid="open-count"]').textContent()).toBe('1 of 4 open');
    expect((await badges(page))['e-high-bar-applied']).toEqual({ open: 1, label: '?1' });
    expect(await question.textContent()).toContain('(marked now)');
    // Undone, the count goes back.
    await question.locator('button:has-text("undo")').click();
    expect((await badges(page))['e-high-bar-applied']).toEqual({ open: 2, label: '?2' });
    // Esc closes the inference's details.
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid="inference-details"]').count()).toBe(0);
  });

  it('reaches an inference’s questions from its conclusion’s details too, by keyboard', async () => {
    const { page } = await openApp({ hash: '#node=t1-side-with-oppressed-countries' });
    const link = page.locator(
      '.step-questions button[data-inspect="e-auth-trotsky--t1-side-with-oppressed-countries"]',
    );
    expect(await link.textContent()).toBe('Argument from expert opinion');
    await link.focus();
    await page.keyboard.press('Enter');
    const details = page.locator('[data-testid="inference-details"]');
    await details.waitFor();
    expect(await details.locator('[data-testid="open-count"]').textContent()).toBe('6 of 6 open');
    expect(await page.locator('.details').getAttribute('class')).toContain('open');
    // The inspected inference is marked on the canvas.
    expect(
      await evaluate(page, () => window.cy.elements('.inspected').map((element) => element.id())),
    ).toEqual(['e-auth-trotsky--t1-side-with-oppressed-countries']);
  });
});
