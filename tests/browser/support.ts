import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { evaluate } from './evaluate';

export { evaluate, runScript, type Json } from './evaluate';

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions since the app was last opened. */
  errors: string[];
  /** Every URL the page requested since the app was last opened. */
  requests: string[];
  origin: string;
}

declare global {
  interface Window {
    cy: Core;
  }
}

let browser: Browser | undefined;

/** This file's connection to the Chromium the global setup started. */
async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('browserEndpoint'));
  return browser;
}

/**
 * Closes this file's pages, disconnects (the Chromium stays up for the next
 * file) and removes the file's downloads.
 */
async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
  if (downloads !== undefined) rmSync(downloads, { recursive: true, force: true });
  downloads = undefined;
}

export interface OpenOptions {
  /** The address's hash, e.g. `#node=thesis`. */
  hash?: string;
  /** The address's query, e.g. `?map=…`. */
  query?: string;
  /** Viewport width in CSS pixels; 1280 if absent. */
  width?: number;
  /** Viewport height in CSS pixels; 800 if absent. */
  height?: number;
  /**
   * `all` (the default) opens with everything unfolded (`expand=all`), so a
   * test sees the whole map; `opening` keeps the opening view's folds.
   */
  unfold?: 'all' | 'opening';
}

/** The hash to open: `expand=all` added unless the test asks for the opening view or its own folds. */
function hashFor(options: OpenOptions): string {
  const hash = options.hash ?? '';
  if (options.unfold === 'opening' || /[#&](fold|expand)=/.test(hash)) return hash;
  return hash === '' || hash === '#' ? '#expand=all' : `${hash}&expand=all`;
}

const foreign = (url: string, origin: string) =>
  !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:');

/**
 * Gives a test file one browser page, into which each test loads the app
 * afresh: from about:blank, so every test starts from a new document, with
 * the mouse parked at the corner and the viewport it asks for. A page per
 * test cost 1.2–1.6 s to create and load; a reload of the shared one, its
 * cache warm, 0.5–0.75 s (2 cores, 6 runs each).
 *
 * After each test that opened the app, checks that nothing logged an error or
 * requested anything outside the origin; after the file, disconnects.
 */
export function useApp(): (options?: OpenOptions) => Promise<AppPage> {
  let app: AppPage | undefined;
  let openedInThisTest = false;
  afterEach(() => {
    if (app === undefined || !openedInThisTest) return;
    openedInThisTest = false;
    expect(app.errors, 'console errors').toEqual([]);
    const outside = app.requests.filter((url) => foreign(url, app!.origin));
    expect(outside, 'requests outside the origin').toEqual([]);
  });
  afterAll(closeBrowser);
  return async (options = {}) => {
    if (app === undefined || app.page.isClosed()) app = await newAppPage();
    openedInThisTest = true;
    const { page, errors, requests } = app;
    await page.goto('about:blank');
    await page.mouse.move(0, 0);
    errors.length = 0;
    requests.length = 0;
    await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
    await page.goto(`${inject('baseUrl')}${options.query ?? ''}${hashFor(options)}`);
    await waitForReady(page);
    return app;
  };
}

/** A page that records console errors, uncaught exceptions and requests. */
async function newAppPage(): Promise<AppPage> {
  const page = await (await getBrowser()).newPage({ acceptDownloads: true });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  return { page, errors, requests, origin: new URL(inject('baseUrl')).origin };
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
}

let downloads: string | undefined;

/**
 * Clicks a button that downloads, and returns the file's name, bytes and a
 * copy on disk (for tools like poppler). Saved through the connection, as the
 * shared browser's own download path is not readable from here.
 */
export async function download(
  page: Page,
  selector: string,
): Promise<{ name: string; bytes: Buffer; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  downloads ??= mkdtempSync(join(tmpdir(), 'warrant-downloads-'));
  const path = join(mkdtempSync(join(downloads, 'd-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path), path };
}

/** Clicks a node where it is drawn on screen. */
export async function clickNode(page: Page, id: string): Promise<void> {
  const box = await evaluate(
    page,
    (nodeId) => {
      const bb = window.cy.getElementById(nodeId).renderedBoundingBox();
      const rect = window.cy.container()!.getBoundingClientRect();
      return { x: rect.left + (bb.x1 + bb.x2) / 2, y: rect.top + (bb.y1 + bb.y2) / 2 };
    },
    id,
  );
  await page.mouse.click(box.x, box.y);
}

/** Emits a tap on a node, as a click would. */
export async function tap(page: Page, id: string): Promise<void> {
  await evaluate(
    page,
    (nodeId) => {
      window.cy.getElementById(nodeId).emit('tap');
    },
    id,
  );
}
