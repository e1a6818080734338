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

/** Drops a link on the map, as dragging it from another tab does. */
const dropLink = (page: import('playwright-core').Page, link: string) =>
  evaluate(
    page,
    (url) => {
      const data = new DataTransfer();
      data.setData('text/uri-list', url);
      document
        .querySelector('.stage')!
        .dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
    },
    link,
  );

describe('sharing what is open', () => {
  it('keeps a map opened by a dropped link in the address, so a reload reopens it', async () => {
    const { page, origin } = await openApp();
    await dropLink(page, `${origin}/__fixtures__/maps/small.json`);
    await expect.poll(() => page.textContent('.map-title')).toBe(small.title);
    expect(new URL(page.url()).searchParams.get('map')).toBe('/__fixtures__/maps/small.json');
    await page.reload();
    await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
    expect(await page.textContent('.map-title')).toBe(small.title);
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(small.nodes.length);
  });

  it('goes back to the map before a dropped link with Back', async () => {
    const { page, origin } = await openApp({ hash: '#node=thesis' });
    await dropLink(page, `${origin}/__fixtures__/maps/small.json`);
    await expect.poll(() => page.textContent('.map-title')).toBe(small.title);
    await page.goBack();
    await expect.poll(() => page.textContent('.map-title')).toBe(letterMap.title);
    await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    expect(await evaluate(page, () => window.cy.nodes().length)).toBe(letterNodes);
  });

  it('refuses a dropped link to another site, and keeps the map', async () => {
    const { page, requests, origin } = await openApp();
    await dropLink(page, 'https://example.org/map.json');
    expect(await page.locator('.notice.error').textContent()).toContain(
      'Only maps from this site can be opened by a link',
    );
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(await page.textContent('.map-title')).toBe(letterMap.title);
  });

  it('says that a link cannot carry a file opened from this computer', async () => {
    const { page } = await openApp();
    await page.setInputFiles('[data-testid="open-file"]', 'tests/fixtures/maps/small.json');
    await expect.poll(() => page.textContent('.map-title')).toBe(small.title);
    expect(await page.locator('.notice').textContent()).toContain(
      'A link cannot carry a file from your computer: a reload opens the map the address names.',
    );
    await page.click('[data-testid="copy-link"]');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toContain(
        'It cannot carry small.json, a file from your computer: it opens the default map.',
      );
  });

  it('copies a link to this map and view', async () => {
    const { page } = await openApp({
      query: '?map=__fixtures__/maps/small.json',
      hash: '#node=thesis',
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid="copy-link"]');
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Link copied.');
    expect(await page.locator('.notice').textContent()).toContain('It reopens this map');
    const copied = await evaluate(page, () => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('?map=__fixtures__/maps/small.json#node=thesis');
  });
});
