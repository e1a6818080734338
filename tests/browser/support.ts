import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { launchChromium } from '../../scripts/lib/browser';
import { evaluate } from './evaluate';

export { evaluate, runScript, type Json } from './evaluate';

export interface AppPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
  origin: string;
}

declare global {
  interface Window {
    cy: Core;
  }
}

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** Opens the built app and waits until the map is laid out. */
export async function openApp(
  options: { hash?: string; width?: number; height?: number; query?: string } = {},
): Promise<AppPage> {
  const base = inject('baseUrl');
  const page = await (
    await getBrowser()
  ).newPage({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${base}${options.query ?? ''}${options.hash ?? ''}`);
  await waitForReady(page);
  return { page, errors, requests, origin: new URL(base).origin };
}

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('.status[data-phase="ready"]', { state: 'attached' });
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
