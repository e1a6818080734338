import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './lib/browser';
import { teachingShots } from './screenshot-teaching';

/**
 * Writes PNGs of the main views into screenshots/ (git-ignored) for a human
 * to look at: the opening view at laptop, tablet and phone widths, a
 * selection, a folded and an unfolded branch, the overview, the source text
 * and the whole map. `npm run screenshot -- NAME…` takes only those shots.
 */
const OUT = 'screenshots';

interface Shot {
  name: string;
  width: number;
  height: number;
  /** The address's hash, e.g. `#expand=all`. */
  hash?: string;
  /** What to do once the map is drawn, before the picture is taken. */
  act?: (page: Page) => Promise<void>;
}

type Cy = import('cytoscape').Core;

/** The first claim in reading order, as the app numbers them. */
const firstClaim = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: Cy }).cy;
    return cy.nodes('.claim').first().id();
  });

const clickNode = async (page: Page, id: string) => {
  const at = await page.evaluate((nodeId) => {
    const cy = (window as unknown as { cy: Cy }).cy;
    const box = cy.getElementById(nodeId).renderedBoundingBox();
    const rect = cy.container()!.getBoundingClientRect();
    return { x: rect.left + (box.x1 + box.x2) / 2, y: rect.top + (box.y1 + box.y2) / 2 };
  }, id);
  await page.mouse.click(at.x, at.y);
};

const TAKEAWAY_2 = 't2-takeaway';

const shots: Shot[] = [
  { name: 'opening', width: 1280, height: 800 },
  { name: 'opening-tablet', width: 768, height: 1024 },
  { name: 'opening-phone', width: 390, height: 844 },
  { name: 'opening-monitor', width: 2560, height: 1440 },
  {
    name: 'selected',
    width: 1280,
    height: 800,
    act: async (page) => {
      await page.goto(
        `${page.url().split('#')[0]}#node=${encodeURIComponent(await firstClaim(page))}`,
      );
      await page.reload();
    },
  },
  { name: 'folded-branch', width: 1280, height: 800, hash: `#node=${TAKEAWAY_2}` },
  {
    name: 'unfolded-branch',
    width: 1280,
    height: 800,
    hash: `#node=${TAKEAWAY_2}`,
    act: async (page) => {
      await page.keyboard.press('+');
      await page.waitForTimeout(600);
    },
  },
  {
    name: 'overview',
    width: 1280,
    height: 800,
    hash: '#expand=all',
    act: async (page) => {
      await page.click('[data-testid="panel-toggle"]');
      await page.waitForTimeout(300);
      await page.mouse.move(0, 0);
    },
  },
  {
    name: 'source',
    width: 1440,
    height: 900,
    hash: '#source=open',
    act: async (page) => {
      await page.waitForSelector('.source-text .passage');
      await clickNode(page, TAKEAWAY_2);
      // Off the map, so the picture shows the selection rather than a hovered neighbourhood.
      await page.mouse.move(0, 0);
    },
  },
  { name: 'source-tablet', width: 820, height: 1180, hash: `#source=open&node=${TAKEAWAY_2}` },
  {
    name: 'whole-map',
    width: 2400,
    height: 1500,
    hash: '#expand=all',
    act: async (page) => {
      await page.evaluate(() => document.querySelector('details.legend')?.setAttribute('open', ''));
    },
  },
];

await mkdir(OUT, { recursive: true });
const only = process.argv.slice(2);
const server = await startPreview();
const browser = await launchChromium();
const ready = (page: Page) =>
  page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
try {
  for (const shot of shots) {
    if (only.length > 0 && !only.includes(shot.name)) continue;
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
    });
    await page.goto(`${server.url}${shot.hash ?? ''}`);
    await ready(page);
    if (shot.act) {
      await shot.act(page);
      await ready(page);
    }
    await page.waitForTimeout(500);
    const file = `${OUT}/${shot.name}.png`;
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The whole map as the app's own PNG export produces it (1×, with the legend): the README image.
  if (only.length === 0 || only.includes('whole-map-export')) {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    await page.goto(`${server.url}#expand=all`);
    await ready(page);
    await page.click('.export-menu summary');
    await page.selectOption('select[name="export-size"]', '1x');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-image"]'),
    ]);
    await download.saveAs(`${OUT}/whole-map-export.png`);
    console.log(`wrote ${OUT}/whole-map-export.png`);
    await page.close();
  }
  if (only.length === 0 || only.includes('teaching')) await teachingShots(browser, server.url, OUT);
} finally {
  await browser.close();
  await server.close();
}
