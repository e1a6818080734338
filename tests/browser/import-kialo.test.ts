import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importKialo } from '../../src/lib/io/importers/kialo';
import { letterMap } from '../support/maps';
import { evaluate, useApp, waitForReady, type AppPage } from './support';

const openApp = useApp();

async function openAndPick(file: string) {
  const app = await openApp();
  await app.page.setInputFiles('[data-testid="open-file"]', `tests/fixtures/kialo/${file}`);
  await app.page.waitForSelector('.notice');
  return app.page;
}

/** Statements drawn, junctions and other helper nodes aside. */
const statementsDrawn = (page: AppPage['page']) =>
  evaluate(page, () => window.cy.nodes('.claim, .thesis, .evidence, .authority').length);

/** The map the importer gives for a fixture, to compare the canvas with. */
function expected(file: string) {
  const result = importKialo(readFileSync(`tests/fixtures/kialo/${file}`, 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('opening a Kialo discussion export', () => {
  it('draws every statement of a real export with CRLF line ends', async () => {
    const file = 'real/edo_should-hate-speech-be-illegal-6148_CRLF.txt';
    const page = await openAndPick(file);
    await waitForReady(page);
    const map = expected(file);
    // 105 claims (one of 106 entries is a -> See link) and 7 linked sources.
    expect(map.nodes).toHaveLength(112);
    await expect.poll(() => statementsDrawn(page)).toBe(112);
    expect(await page.textContent('.map-title')).toBe('Should hate speech be illegal?');
    expect(await page.textContent('.notice')).toContain(
      'Opened edo_should-hate-speech-be-illegal-6148_CRLF.txt: 112 statements, 112 relations',
    );
  });

  it('opens the newer layout, and a Kialo export saved as .csv, by their content', async () => {
    const newer = await openAndPick('indented-question.txt');
    await waitForReady(newer);
    await expect
      .poll(() => statementsDrawn(newer))
      .toBe(expected('indented-question.txt').nodes.length);
    expect(await newer.textContent('.map-title')).toBe(
      'Which energy source should the town invest in?',
    );

    const csv = await openAndPick('real/franz_did-the-exodus-really-happen-14445.csv');
    await waitForReady(csv);
    await expect.poll(() => statementsDrawn(csv)).toBe(147);
  });

  it('refuses a text file that is not Kialo, saying why, and keeps the map', async () => {
    const page = await openAndPick('not-kialo.txt');
    const notice = await page.textContent('.notice.error');
    expect(notice).toContain('The current map is unchanged');
    expect(notice).toContain(
      'line 1: this text is not a Kialo discussion export: its first line should start with "Discussion Title:" or "Discussion Name:"',
    );
    expect(await statementsDrawn(page)).toBe(letterMap.nodes.length);
  });
});
