import { mkdir } from 'node:fs/promises';
import { launchChromium, startPreview } from './lib/browser';
import { teachingShots } from './screenshot-teaching';

/** Writes PNGs of the main views into screenshots/ (git-ignored) for a human to look at. */
const OUT = 'screenshots';
await mkdir(OUT, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  const shots: { name: string; width: number; height: number; hash?: string; full?: boolean }[] = [
    { name: 'default', width: 1280, height: 800 },
    { name: 'selected', width: 1280, height: 800, hash: 'select-first-claim' },
    { name: 'tablet', width: 768, height: 1024 },
    { name: 'whole-map', width: 2400, height: 1500 },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
    });
    await page.goto(server.url);
    await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
    if (shot.hash === 'select-first-claim') {
      const id = await page.evaluate(() => {
        const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
        return cy.nodes('.claim').first().id();
      });
      await page.goto(`${server.url}#node=${encodeURIComponent(id)}`);
      await page.reload();
      await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
    }
    if (shot.name === 'whole-map') {
      await page.evaluate(() => document.querySelector('details.legend')?.setAttribute('open', ''));
    }
    await page.waitForTimeout(400);
    const file = `${OUT}/${shot.name}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The whole map as the app's own PNG export produces it (1×, with the legend): the README image.
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  await page.goto(server.url);
  await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
  await page.click('.export-menu summary');
  await page.selectOption('select[name="export-size"]', '1x');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="export-image"]'),
  ]);
  await download.saveAs(`${OUT}/whole-map-export.png`);
  console.log(`wrote ${OUT}/whole-map-export.png`);
  await page.close();
  await teachingShots(browser, server.url, OUT);
} finally {
  await browser.close();
  await server.close();
}
