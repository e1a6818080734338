import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { evaluate, tap, useApp } from './support';

const map = letterMap;
const openApp = useApp();

/** Every statement's `evaluation` data, as `window.cy` scripts read it. */
const labels = (page: Page) =>
  evaluate(page, () =>
    Object.fromEntries(
      window.cy
        .nodes()
        .filter((node) => node.data('kind') !== undefined)
        .map((node) => [node.id(), (node.data('evaluation') as string | undefined) ?? 'none']),
    ),
  );

/** With no supposition, the grounded labelling rejects exactly these (the letter's answered positions, and what its concession defeats). */
const REJECTED = [
  'pos-corbyn-dual-membership-ban',
  'pos-expel-frl',
  'pos-isa-pacifist',
  't2-still-relevant',
];
const byDefault = Object.fromEntries(
  map.nodes.map((node) => [node.id, REJECTED.includes(node.id) ? 'rejected' : 'accepted']),
);

describe('what-if evaluation', () => {
  it('carries no `evaluation` data until the overlay is on', async () => {
    const { page } = await openApp();
    const none = await labels(page);
    expect(new Set(Object.values(none))).toEqual(new Set(['none']));
    await page.click('.teach-menu summary');
    await page.check('input[name="evaluation"]');
    expect(await labels(page)).toEqual(byDefault);
    expect(page.url()).toMatch(/[#&]suppose=$/);
  });

  it('opens from `#suppose=`, and supposing a premise rejected relabels exactly what the semantics says', async () => {
    const { page } = await openApp({ hash: '#suppose=t2-high-bar:rejected' });
    // The high bar gone, the step from it fails, so the letter's counter-argument falls, its
    // undercuts of the expulsion motion and the appeal to Bolshevism fail, and the position stands.
    expect(await labels(page)).toEqual({
      ...byDefault,
      't2-high-bar': 'rejected',
      't2-bolshevism-shows-unwarranted': 'rejected',
      'pos-expel-frl': 'accepted',
    });
    const bar = page.locator('[data-testid="evaluation-bar"]');
    expect(await bar.textContent()).toContain(`${map.nodes.length - 5} accepted`);
    expect(await bar.textContent()).toContain('5 rejected');
    // The explanation names the attacker that holds.
    await tap(page, 'pos-expel-frl');
    expect(await page.textContent('[data-testid="evaluation-reason"]')).toContain(
      'Accepted: its reason holds',
    );
  });

  it('supposes from a statement’s details, records it in the address, and explains each label', async () => {
    const { page } = await openApp({ hash: '#node=t2-much-changed' });
    await page.click('[data-testid="what-if"] button[data-suppose="rejected"]');
    expect(page.url()).toContain('suppose=t2-much-changed:rejected');
    expect(await labels(page)).toEqual({
      ...byDefault,
      't2-much-changed': 'rejected',
      't2-still-relevant': 'accepted',
    });
    expect(await page.textContent('[data-testid="evaluation-reason"]')).toContain(
      'Rejected: you supposed it rejected.',
    );
    // The conceded difference gone, its target stands on its own reason.
    await tap(page, 't2-still-relevant');
    expect(await page.textContent('[data-testid="evaluation-reason"]')).toBe(
      ' Accepted: its reason holds, as “So the ban decimated Your Party by purging the advanced workers who would have built it” is accepted, and every objection to it fails.',
    );
    // Back goes to before the supposition (and the overlay); forward restores both.
    await page.goBack();
    await page.goBack();
    expect(new Set(Object.values(await labels(page)))).toEqual(new Set(['none']));
    await page.goForward();
    expect(await labels(page)).toMatchObject({
      't2-much-changed': 'rejected',
      't2-still-relevant': 'accepted',
    });
  });

  it('tells labels apart by ring pattern and icon, not colour alone, and the legend says so', async () => {
    const { page } = await openApp({ hash: '#suppose=t1-struggle-against-common-sense:rejected' });
    const looks = await evaluate(page, () =>
      ['t1-capitalist-control', 'pos-isa-pacifist'].map((id) => {
        const node = window.cy.getElementById(id);
        return {
          outline: node.style('outline-style'),
          icon: node.style('background-image'),
        };
      }),
    );
    expect(looks[0]!.outline).toBe('solid');
    expect(looks[1]!.outline).toBe('dashed');
    expect(looks[0]!.icon).not.toBe(looks[1]!.icon);
    const legend = await page.textContent('[data-testid="teaching-legend"]');
    expect(legend).toContain('Accepted (solid ring, tick)');
    expect(legend).toContain('Rejected (dashed ring, cross)');
    expect(legend).toContain('Undecided (dotted ring, question mark)');
    expect(legend).toContain('grounded labelling');
  });
});
