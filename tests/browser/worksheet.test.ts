import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { letterMap } from '../support/maps';
import { displayLabel } from '../../src/lib/graph/elements';
import { byOrder } from '../../src/lib/analysis/outline';
import { clickNode, evaluate, useApp } from './support';
import { download, pdfInfo, poppler } from './export-support';

const map = letterMap;
const evidence = byOrder(map.nodes.filter((node) => node.kind === 'evidence'));
const openApp = useApp();

async function startQuiz(page: Page, preset = 'evidence') {
  await page.click('.teach-menu summary');
  await page.check('input[name="quiz"]');
  await page.check(`input[name="quiz-preset"][value="${preset}"]`);
  await page.click('.teach-menu summary');
}

/** What each statement shows on the canvas now. */
const shownLabels = (page: Page) =>
  evaluate(page, () =>
    Object.fromEntries(
      window.cy
        .nodes()
        .filter((node) => node.data('kind') !== undefined)
        .map((node) => [node.id(), node.style('label') as string]),
    ),
  );

const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();
const numbersIn = (text: string) => text.split(/\s+/).filter((word) => /^\d+$/.test(word));

describe('quiz and worksheets', () => {
  it('hides all the evidence behind numbered boxes, and a click reveals one', async () => {
    const { page } = await openApp();
    await startQuiz(page);
    const shown = await shownLabels(page);
    evidence.forEach((node, i) => expect(shown[node.id], node.id).toBe(String(i + 1)));
    const claim = map.nodes.find((node) => node.kind === 'claim')!;
    expect(shown[claim.id]).not.toMatch(/^\d+$/);
    expect(await page.textContent('[data-testid="quiz-bar"]')).toContain(
      `${evidence.length} of ${evidence.length} hidden`,
    );
    const target = evidence[3]!;
    await evaluate(
      page,
      (id) => {
        window.cy.center(window.cy.getElementById(id));
      },
      target.id,
    );
    await clickNode(page, target.id);
    const after = await shownLabels(page);
    expect(after[target.id]).not.toBe('4');
    expect(oneSpace(after[target.id]!)).toBe(oneSpace(displayLabel(target)));
    expect(after[evidence[4]!.id]).toBe('5');
    expect(await page.textContent('[data-testid="quiz-bar"]')).toContain(
      `${evidence.length - 1} of ${evidence.length} hidden`,
    );
    // Ending the quiz shows every label again.
    await page.click('[data-testid="quiz-bar"] button:has-text("End quiz")');
    expect(Object.values(await shownLabels(page)).filter((l) => /^\d+$/.test(l))).toEqual([]);
  });

  it('hides hand-picked statements as they are ticked', async () => {
    const { page } = await openApp({ hash: '#node=t2-high-bar' });
    await startQuiz(page, 'hand-picked');
    await page.check('.quiz-pick input');
    expect((await shownLabels(page))['t2-high-bar']).toBe('1');
    expect(await page.textContent('.quiz-pick')).toContain('(box 1)');
  });

  it('exports a PDF worksheet: blank numbered boxes, then the hidden labels in an answer key', async () => {
    const { page } = await openApp();
    await startQuiz(page);
    // One box revealed on screen is still blank on the worksheet.
    await evaluate(page, () => {
      window.cy.getElementById('ctx-expulsion-june-25').emit('tap');
    });
    const { name, path } = await download(page, '[data-testid="quiz-bar"] button:has-text("PDF")');
    expect(name).toBe(`${map.id}-worksheet.pdf`);
    expect(pdfInfo(path).pages).toBe(2);
    const sheet = poppler('pdftotext', ['-f', '1', '-l', '1', path, '-']);
    const key = oneSpace(poppler('pdftotext', ['-f', '2', '-l', '2', path, '-']));
    // Page 1: the numbers in the visible labels, and one box number for each hidden statement.
    const hidden = new Set(evidence.map((node) => node.id));
    const visibleNumbers = map.nodes
      .filter((node) => !hidden.has(node.id))
      .flatMap((node) => numbersIn(displayLabel(node)));
    const boxes = evidence.map((_, i) => String(i + 1));
    const sortNumbers = (list: string[]) => [...list].sort((a, b) => Number(a) - Number(b));
    expect(sortNumbers(numbersIn(sheet))).toEqual(sortNumbers([...visibleNumbers, ...boxes]));
    for (const node of evidence) expect(oneSpace(sheet)).not.toContain(oneSpace(node.label));
    // Page 2: every hidden label, after its number, in order.
    expect(key).toContain(`Answer key: ${map.title}`);
    let from = 0;
    evidence.forEach((node, i) => {
      const at = key.indexOf(`${i + 1} ${oneSpace(node.label)}`, from);
      expect(at, node.id).toBeGreaterThan(-1);
      from = at;
    });
    // The screen is as it was: the revealed box stays revealed.
    expect((await shownLabels(page))['ctx-expulsion-june-25']).not.toBe('1');
  });

  it('exports a PNG worksheet and its key as two images', async () => {
    const { page } = await openApp();
    await startQuiz(page);
    const names: string[] = [];
    const both = new Promise<void>((resolve) => {
      page.on('download', (file) => {
        names.push(file.suggestedFilename());
        if (names.length === 2) resolve();
      });
    });
    await page.click('[data-testid="quiz-bar"] button:has-text("PNG")');
    await both;
    expect(names).toEqual([`${map.id}-worksheet.png`, `${map.id}-worksheet-key.png`]);
  });
});
