import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';

/**
 * Screenshots of the teaching tools, for a human to look at: the critical-
 * question badges with an inference's questions open, the what-if overlay
 * with a supposition, and a quiz with its worksheet and answer key as the
 * PNG export makes them.
 */
export async function teachingShots(browser: Browser, url: string, out: string): Promise<void> {
  const ready = (page: Page) =>
    page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
  const centreOn = (page: Page, id: string, zoom: number) =>
    page.evaluate(
      ([nodeId, level]) => {
        const cy = (window as unknown as { cy: Core }).cy;
        cy.zoom(level as number);
        cy.center(cy.getElementById(nodeId as string));
      },
      [id, zoom],
    );
  const teach = async (page: Page, name: string) => {
    await page.click('.teach-menu summary');
    await page.check(`input[name="${name}"]`);
    await page.click('.teach-menu summary');
  };

  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  try {
    await page.goto(url);
    await ready(page);
    await page.evaluate(() => document.querySelector('details.legend')?.removeAttribute('open'));
    await teach(page, 'questions');
    await centreOn(page, 't2-bolshevism-shows-unwarranted', 0.85);
    // Blocks, not expressions: Playwright would serialise the Cytoscape objects returned.
    await page.evaluate(() => {
      (window as unknown as { cy: Core }).cy.getElementById('e-high-bar-applied').emit('tap');
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/question-badges.png` });
    console.log(`wrote ${out}/question-badges.png`);

    await page.goto(`${url}#node=t2-still-relevant&suppose=t2-high-bar:rejected`);
    await page.reload();
    await ready(page);
    await centreOn(page, 't2-bolshevism-shows-unwarranted', 0.75);
    // Up a little, clear of the legend, which explains the labels.
    await page.evaluate(() => {
      (window as unknown as { cy: Core }).cy.panBy({ x: 40, y: -170 });
    });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/evaluation-overlay.png` });
    console.log(`wrote ${out}/evaluation-overlay.png`);

    await page.goto(url);
    await page.reload();
    await ready(page);
    await page.evaluate(() => document.querySelector('details.legend')?.removeAttribute('open'));
    await teach(page, 'quiz');
    await centreOn(page, 't2-compare-1903-1912', 0.9);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${out}/quiz.png` });
    console.log(`wrote ${out}/quiz.png`);
    // The worksheet and its key, as the PNG export names them.
    const saved = new Promise<void>((resolve) => {
      let count = 0;
      page.on('download', (file) => {
        const path = `${out}/${file.suggestedFilename()}`;
        void file.saveAs(path).then(() => {
          console.log(`wrote ${path}`);
          if (++count === 2) resolve();
        });
      });
    });
    await page.click('[data-testid="quiz-bar"] button:has-text("PNG")');
    await saved;
  } finally {
    await page.close();
  }
}
