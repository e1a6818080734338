import { letterMap, smallMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp, waitForReady, type AppPage } from './support';

const letter = letterMap;
const small = smallMap;

const openApp = useApp();

async function openAndPick(file: string) {
  const app = await openApp();
  await app.page.setInputFiles('[data-testid="open-file"]', `tests/fixtures/${file}`);
  await app.page.waitForSelector('.notice');
  return app.page;
}

const nodeCount = (page: AppPage['page']) => evaluate(page, () => window.cy.nodes().length);

describe('opening a file', () => {
  it('opens a Warrant map and shows it in place of the current one', async () => {
    const page = await openAndPick('maps/small.json');
    await waitForReady(page);
    await expect.poll(() => nodeCount(page)).toBe(small.nodes.length);
    expect(await page.textContent('.map-title')).toBe(small.title);
    expect(await page.textContent('.notice')).toContain('Opened small.json: 5 statements');
  });

  it('opens an AIF file from AIFdb', async () => {
    const page = await openAndPick('aif/araucariadb_nodeset10.json');
    // Four I-nodes joined by one RA node: four statements, three supports.
    await expect.poll(() => nodeCount(page)).toBe(4);
    expect(await evaluate(page, () => window.cy.edges('.supports').length)).toBe(3);
  });

  it('keeps the current map and names the problem when an edge dangles', async () => {
    const page = await openAndPick('invalid/edge-missing-node.json');
    const notice = await page.textContent('.notice.error');
    expect(notice).toContain('The current map is unchanged');
    expect(notice).toContain('$.edges[1].to');
    expect(await nodeCount(page)).toBe(letter.nodes.length);
    expect(await page.textContent('.map-title')).toBe(letter.title);
  });

  it('reports the line and column of a JSON syntax error', async () => {
    const page = await openAndPick('invalid/malformed.json');
    expect(await page.textContent('.notice.error')).toMatch(/line \d+, column \d+: invalid JSON/);
    expect(await nodeCount(page)).toBe(letter.nodes.length);
  });

  it('treats a __proto__ key as an unknown property and pollutes nothing', async () => {
    const page = await openAndPick('invalid/proto-key.json');
    expect(await page.textContent('.notice.error')).toContain('unknown property "__proto__"');
    expect(await evaluate(page, () => 'polluted' in Object.prototype)).toBe(false);
    expect(await nodeCount(page)).toBe(letter.nodes.length);
  });
});
