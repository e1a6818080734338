import { letterMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp, type AppPage } from './support';

const openApp = useApp();

/** Opens the app, picks a file with "Open…", and waits for the notice. */
async function openAndPick(file: string) {
  const app = await openApp();
  await app.page.setInputFiles('[data-testid="open-file"]', `tests/fixtures/${file}`);
  await app.page.waitForSelector('.notice');
  return app.page;
}

const statementsDrawn = (page: AppPage['page']) =>
  evaluate(page, () => window.cy.nodes('.claim, .thesis, .evidence, .authority').length);
const junctionsDrawn = (page: AppPage['page']) =>
  evaluate(page, () => window.cy.nodes('.junction').length);

describe('opening an Argdown file', () => {
  it('draws every statement of a real Argdown file, and a junction per linked group', async () => {
    // 32 statements, 22 relations, 10 of them from linked premises (see the real-files table).
    const page = await openAndPick('argdown/real/semmelweis_betz.argdown');
    await expect.poll(() => statementsDrawn(page)).toBe(32);
    expect(await junctionsDrawn(page)).toBe(10);
    expect(await page.textContent('.notice')).toContain(
      'Opened semmelweis_betz.argdown: 32 statements, 22 relations.',
    );
    // The front matter's title, folded over two lines there.
    expect(await page.textContent('.map-title')).toBe(
      'A Stylized Reconstruction of the Scientific Debate That led Ignaz Semmelweis to Understand Childbed Fever',
    );
  });

  it('draws undercuts and backings at the argument’s junction', async () => {
    const page = await openAndPick('argdown/relations.argdown');
    await expect.poll(() => statementsDrawn(page)).toBe(13);
    // One argument (linked premises, and three relations aimed at its inference).
    expect(await junctionsDrawn(page)).toBe(1);
    const aimedAtStep = await evaluate(
      page,
      () => window.cy.edges('[target = "Reconstructed"][inference != "Reconstructed"]').length,
    );
    expect(aimedAtStep).toBe(3);
  });

  it('opens the Argdown blocks of a Markdown file', async () => {
    const page = await openAndPick('argdown/real/md_a-first-example.md');
    await expect.poll(() => statementsDrawn(page)).toBe(45);
    expect(await page.textContent('.map-title')).toBe('A first example');
  });

  it('keeps the current map and shows where a broken Argdown file goes wrong', async () => {
    const page = await openAndPick('argdown/invalid/missing-conclusion.argdown');
    const notice = await page.textContent('.notice.error');
    expect(notice).toContain('Could not open missing-conclusion.argdown');
    expect(notice).toContain('The current map is unchanged');
    expect(notice).toContain(
      'line 7, column 5: expected a numbered statement such as "(2) text" but found the end of the text',
    );
    expect(await statementsDrawn(page)).toBe(letterMap.nodes.length);
    expect(await page.textContent('.map-title')).toBe(letterMap.title);
  });
});
