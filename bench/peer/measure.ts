import type { Browser } from 'playwright-core';
import { failure, longTasksBefore, openFreshPage, type RunOptions } from '../measure';
import { PEER_MARKS } from './marks';

/** What one load of the Argdown peer page measured; times are ms since navigation start. */
export interface PeerMetrics {
  status: 'ok';
  /** The frame after the SVG was painted: the counterpart of Warrant's `drawn`. */
  drawn: number;
  /** Argdown text fetched and Graphviz's WebAssembly compiled. */
  loaded: number;
  /** @argdown/core: parse, model, map and DOT. */
  argdown: number;
  /** Graphviz `dot` in WebAssembly: DOT to SVG text. */
  graphviz: number;
  /** SVG inserted to painted. */
  paint: number;
  longestTask: number;
  /** `g.node` groups in the SVG: one per statement Argdown put on its map. */
  nodes: number;
  jsGzip: number;
}
export type PeerResult = PeerMetrics | { status: 'timeout' | 'error'; message: string };

/** One load of the peer page in a fresh, cache-less context, as Warrant's runs are. */
export async function measurePeerRun(browser: Browser, options: RunOptions): Promise<PeerResult> {
  const fresh = await openFreshPage(browser).catch((error: unknown) => failure(error));
  if ('status' in fresh) return fresh;
  const { context, page } = fresh;
  try {
    await page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs });
    await page.waitForFunction(
      (marks) =>
        performance.getEntriesByName(marks.drawn).length > 0 ||
        performance.getEntriesByName(marks.failed).length > 0,
      PEER_MARKS,
      { timeout: options.timeoutMs, polling: 100 },
    );
    const seen = await page.evaluate((marks) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      return {
        error: document.body.dataset.error ?? null,
        loaded: at(marks.loaded),
        dot: at(marks.dot),
        svg: at(marks.svg),
        inserted: at(marks.inserted),
        drawn: at(marks.drawn),
        nodes: document.querySelectorAll('svg g.node').length,
      };
    }, PEER_MARKS);
    if (seen.error !== null) return { status: 'error', message: `peer page: ${seen.error}` };
    if (seen.nodes !== options.expectedNodes) {
      return {
        status: 'error',
        message: `Argdown's SVG shows ${seen.nodes} nodes, expected ${options.expectedNodes}`,
      };
    }
    // Long tasks around the first frame are reported a little later (as in measureRun).
    await page.waitForTimeout(500);
    const tasks = await longTasksBefore(page, seen.drawn + 500);
    const scripts = await fresh.scriptSizes();
    return {
      status: 'ok',
      drawn: seen.drawn,
      loaded: seen.loaded,
      argdown: seen.dot - seen.loaded,
      graphviz: seen.svg - seen.dot,
      paint: seen.drawn - seen.inserted,
      longestTask: Math.max(0, ...tasks),
      nodes: seen.nodes,
      jsGzip: Object.values(scripts).reduce((sum, script) => sum + script.gzip, 0),
    };
  } catch (error) {
    return failure(error);
  } finally {
    await context.close().catch(() => undefined);
  }
}
