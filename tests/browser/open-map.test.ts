import { readFileSync } from 'node:fs';
import { letterMap, smallMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp } from './support';
import { drawnNodeIds } from '../support/elements';
import { importArgdown } from '../../src/lib/io/importers/argdown';
import { importKialo } from '../../src/lib/io/importers/kialo';

const small = smallMap;
/** The letter's statements and the junctions of its linked or attacked inferences. */
const letterNodes = drawnNodeIds(letterMap).length;

const openApp = useApp();

describe('opening a map from the address', () => {
  it('opens a same-origin map named by ?map=', async () => {
    const { page, errors } = await openApp({ query: '?map=__fixtures__/maps/small.json' });
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(small.nodes.length);
    expect(await page.textContent('.map-title')).toBe(small.title);
    expect(errors).toEqual([]);
  });

  it('keeps the default map and names the problem when the map is invalid', async () => {
    const { page } = await openApp({
      query: '?map=__fixtures__/invalid/edge-missing-node.json',
    });
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(letterNodes);
    const alert = page.locator('.notice.error');
    expect(await alert.textContent()).toContain('$.edges[1].to');
    expect(await alert.textContent()).toContain('missing node or edge "ghost"');
  });

  it('refuses maps from other origins without requesting them', async () => {
    const { page, requests, origin } = await openApp({
      query: '?map=' + encodeURIComponent('https://example.org/map.json'),
    });
    expect(await page.locator('.notice.error').textContent()).toContain(
      'only maps from this site can be opened',
    );
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(letterNodes);
  });

  it('opens an Argdown file and a Kialo export by address, as "Open…" would', async () => {
    const argdownText = readFileSync('tests/fixtures/argdown/relations.argdown', 'utf8');
    const argdown = await importArgdown(argdownText, { fileName: 'relations.argdown' });
    const kialo = importKialo(readFileSync('tests/fixtures/kialo/see-links.txt', 'utf8'));
    if (!argdown.ok || !kialo.ok) throw new Error('the fixtures do not import');
    for (const [query, map] of [
      ['?map=__fixtures__/argdown/relations.argdown', argdown.value],
      ['?map=__fixtures__/kialo/see-links.txt', kialo.value],
    ] as const) {
      const { page, errors } = await openApp({ query });
      // Statements and the junctions of linked or attacked inferences, as for any map.
      expect(await evaluate(page, () => window.cy.nodes().length), query).toBe(
        drawnNodeIds(map).length,
      );
      expect(await evaluate(page, () => window.cy.edges().length), query).toBeGreaterThan(0);
      expect(await page.textContent('.map-title')).toBe(map.title);
      expect(await page.locator('.notice.error').count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });

  it('names the format it read a broken file as, and where the problem is', async () => {
    const { page } = await openApp({ query: '?map=__fixtures__/kialo/no-claims.txt' });
    const alert = page.locator('.notice.error');
    expect(await alert.textContent()).toContain(
      'Could not open __fixtures__/kialo/no-claims.txt as Kialo discussion export; showing the default map instead.',
    );
    expect(await alert.textContent()).toContain('line 1: the discussion has a title but no claims');
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(letterNodes);
  });

  it('lists what an import by address left out, as "Open…" does', async () => {
    const { page } = await openApp({
      query: '?map=__fixtures__/aif/constructs/dialogue-only.json',
    });
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(2);
    const notice = await page.textContent('.notice');
    expect(notice).toContain(
      'Opened __fixtures__/aif/constructs/dialogue-only.json: 2 statements, 0 relations.',
    );
    expect(notice).toContain('$.nodes: the dialogue is not shown');
  });
});
