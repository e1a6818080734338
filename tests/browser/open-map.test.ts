import { letterMap, smallMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp } from './support';
import { drawnNodeIds } from '../support/elements';

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
});
