import { letterMap, smallMap } from '../support/maps';
import { describe, expect, it } from 'vitest';
import { evaluate, useApp, waitForReady, type AppPage } from './support';
import { drawnNodeIds } from '../support/elements';

const letter = letterMap;
const small = smallMap;
/** The letter's statements and the junctions of its linked or attacked inferences. */
const letterDrawn = drawnNodeIds(letter).length;

const openApp = useApp();

async function openAndPick(file: string) {
  const app = await openApp();
  await app.page.setInputFiles('[data-testid="open-file"]', `tests/fixtures/${file}`);
  await app.page.waitForSelector('.notice');
  return app.page;
}

const nodeCount = (page: AppPage['page']) => evaluate(page, () => window.cy.nodes().length);
/** Statements drawn, without the junctions where linked premises join. */
const statementCount = (page: AppPage['page']) =>
  evaluate(page, () => window.cy.nodes('.claim, .thesis, .evidence, .authority').length);

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
    // Three I-nodes linked into one RA node, which concludes the fourth: four
    // statements and a junction, three links into it and one arrow out.
    await expect.poll(() => statementCount(page)).toBe(4);
    expect(await evaluate(page, () => window.cy.nodes('.junction').map((n) => n.id()))).toEqual([
      '281',
    ]);
    expect(await evaluate(page, () => window.cy.edges('.supports').length)).toBe(4);
  });

  it('opens AIF with linked premises and an undercut, keeping both', async () => {
    const page = await openAndPick('aif/constructs/linked-undercut.json');
    await expect.poll(() => statementCount(page)).toBe(5);
    expect(await page.textContent('.notice')).toContain(
      'Opened linked-undercut.json: 5 statements, 3 relations.',
    );
    // The RA node "step" is drawn as a junction: its two premises join there.
    const junction = await evaluate(page, () => {
      const node = window.cy.getElementById('step');
      return {
        junction: node.hasClass('junction'),
        from: node
          .incomers()
          .edges()
          .map((edge) => edge.source().id())
          .sort(),
        to: node
          .outgoers()
          .edges()
          .map((edge) => edge.target().id()),
      };
    });
    expect(junction).toEqual({ junction: true, from: ['p1', 'p2', 'u'], to: ['thesis'] });
    // The undercut (CA aimed at the RA) ends on that junction; the rebuttal on the thesis.
    const ends = (id: string) =>
      evaluate(
        page,
        (edgeId) => {
          const edge = window.cy.getElementById(edgeId);
          return [edge.source().id(), edge.target().id(), edge.hasClass('opposes')];
        },
        id,
      );
    expect(await ends('undercut')).toEqual(['u', 'step', true]);
    expect(await ends('rebuttal')).toEqual(['r', 'thesis', true]);
  });

  it('lists what an AIF import left out under the notice', async () => {
    const page = await openAndPick('aif/constructs/dialogue-only.json');
    await expect.poll(() => statementCount(page)).toBe(2);
    expect(await page.locator('.notice li').allTextContents()).toEqual([
      '$.nodes: this file has no inferences (RA or CA nodes): its 2 propositions open as unconnected statements',
      '$.nodes: the dialogue is not shown: 2 locutions (L), 2 illocutions (YA), 1 transition (TA); 2 statements name their speakers as holder',
    ]);
  });

  it('refuses an empty AIF file as AIF, not as a broken Warrant map', async () => {
    const page = await openAndPick('aif/constructs/empty.json');
    expect(await page.textContent('.notice.error')).toContain(
      'Could not open empty.json as AIF JSON (AIFdb, OVA). The current map is unchanged.',
    );
    expect(await page.textContent('.notice.error')).toContain(
      '$.nodes: this AIF file is empty: it has no nodes',
    );
    expect(await nodeCount(page)).toBe(letterDrawn);
  });

  it('keeps the current map and names the problem when an edge dangles', async () => {
    const page = await openAndPick('invalid/edge-missing-node.json');
    const notice = await page.textContent('.notice.error');
    expect(notice).toContain('The current map is unchanged');
    expect(notice).toContain('$.edges[1].to');
    expect(await nodeCount(page)).toBe(letterDrawn);
    expect(await page.textContent('.map-title')).toBe(letter.title);
  });

  it('reports the line and column of a JSON syntax error', async () => {
    const page = await openAndPick('invalid/malformed.json');
    expect(await page.textContent('.notice.error')).toMatch(/line \d+, column \d+: invalid JSON/);
    expect(await nodeCount(page)).toBe(letterDrawn);
  });

  it('treats a __proto__ key as an unknown property and pollutes nothing', async () => {
    const page = await openAndPick('invalid/proto-key.json');
    expect(await page.textContent('.notice.error')).toContain('unknown property "__proto__"');
    expect(await evaluate(page, () => 'polluted' in Object.prototype)).toBe(false);
    expect(await nodeCount(page)).toBe(letterDrawn);
  });

  it('says an empty or UTF-16 file is that, under no format, and keeps the map', async () => {
    // Without a byte-order mark: Chromium's File.text() decodes UTF-16 that has one.
    const utf16 = Buffer.from('Discussion Title: Trees\n\n1. Plant trees.\n', 'utf16le');
    for (const [name, buffer, why] of [
      ['empty.txt', Buffer.alloc(0), 'empty.txt: is empty'],
      ['trees.txt', utf16, 'trees.txt: is UTF-16 text, and Warrant reads UTF-8'],
    ] as const) {
      const { page } = await openApp();
      await page.setInputFiles('[data-testid="open-file"]', {
        name,
        mimeType: 'text/plain',
        buffer,
      });
      const notice = page.locator('.notice.error');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(
        `Could not open ${name}. The current map is unchanged.`,
      );
      expect(await notice.textContent()).toContain(why);
      expect(await nodeCount(page)).toBe(letterDrawn);
    }
  });
});
