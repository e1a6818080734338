import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { MARKS } from '../src/lib/graph/marks';

/** What one page load measured; times are ms since navigation start. */
export interface RunMetrics {
  status: 'ok';
  drawn: number;
  interactive: number;
  layout: number;
  layoutEnd: number;
  longestTask: number;
  /** Every long task (≥ 50 ms) until drawn + 500 ms. */
  longTasks: number[];
  nodes: number;
  /** Gzipped size of each script (including workers) fetched during the load. */
  scripts: Record<string, { raw: number; gzip: number }>;
  jsGzip: number;
}
export type RunResult = RunMetrics | { status: 'timeout' | 'error'; message: string };

/** Globals the init script leaves on the page. */
interface BenchWindow {
  __bench: { longTasks: { start: number; duration: number }[]; ready: number | null };
  cy?: { nodes(): { length: number } };
}

/**
 * Runs in every document before the app: records long tasks (buffered, so
 * none before registration are lost) and the moment the status turns ready.
 */
function installProbes(): void {
  const state: BenchWindow['__bench'] = { longTasks: [], ready: null };
  (window as unknown as BenchWindow).__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the probe in checkLongTaskProbe reports it.
  }
  const check = () => {
    if (state.ready === null && document.querySelector('.status[data-phase="ready"]') !== null) {
      state.ready = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

export interface RunOptions {
  url: string;
  expectedNodes: number;
  timeoutMs: number;
}

const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** A page in a fresh, cache-less 1280×800 context, with the probes installed. */
export interface FreshPage {
  context: BrowserContext;
  page: Page;
  /** Sizes of every script the page and its workers fetched so far. */
  scriptSizes(): Promise<RunMetrics['scripts']>;
}

export async function openFreshPage(browser: Browser): Promise<FreshPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)` calls, which
    // also end up in functions serialized to the page; give the page a no-op helper.
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbes);
    // Scripts of the page and of its workers (context-wide, so worker fetches are seen too).
    const scriptResponses = new Map<string, Response>();
    const workerUrls = new Set<string>();
    context.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scriptResponses.set(response.url(), response);
      }
    });
    const page = await context.newPage();
    page.on('worker', (worker) => workerUrls.add(worker.url()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const scriptSizes = async () => {
      const scripts: RunMetrics['scripts'] = {};
      for (const url of new Set([...scriptResponses.keys(), ...workerUrls])) {
        // Worker scripts' bodies are not kept by the browser: those are fetched again to size them.
        const body =
          (await scriptResponses
            .get(url)
            ?.body()
            .catch(() => null)) ?? Buffer.from(await (await context.request.get(url)).body());
        scripts[new URL(url).pathname] = { raw: body.length, gzip: gzipSize(body) };
      }
      return scripts;
    };
    return { context, page, scriptSizes };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Long tasks (ms) that started before `until` (ms since navigation). */
export async function longTasksBefore(page: Page, until: number): Promise<number[]> {
  const tasks = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks);
  return tasks.filter((task) => task.start < until).map((task) => task.duration);
}

/** The first line of an error, and whether it was a timeout. */
export function failure(error: unknown): { status: 'timeout' | 'error'; message: string } {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const timedOut = error instanceof Error && error.name === 'TimeoutError';
  return { status: timedOut ? 'timeout' : 'error', message };
}

/** One load of `url` in a fresh, cache-less 1280×800 context. */
export async function measureRun(browser: Browser, options: RunOptions): Promise<RunResult> {
  let context: BrowserContext | null = null;
  try {
    const fresh = await openFreshPage(browser);
    context = fresh.context;
    const { page } = fresh;

    await page.goto(options.url, { waitUntil: 'commit', timeout: options.timeoutMs });
    await page.waitForFunction(
      (name) => performance.getEntriesByName(name).length > 0,
      MARKS.drawn,
      { timeout: options.timeoutMs, polling: 100 },
    );
    // Let long tasks that end around the first frame be reported.
    await page.waitForFunction(
      (name) => performance.now() > performance.getEntriesByName(name)[0]!.startTime + 500,
      MARKS.drawn,
      { timeout: options.timeoutMs, polling: 100 },
    );
    const seen = await page.evaluate((marks) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const bench = (window as unknown as BenchWindow).__bench;
      return {
        layoutStart: at(marks.layoutStart),
        layoutEnd: at(marks.layoutEnd),
        drawn: at(marks.drawn),
        ready: bench.ready,
        longTasks: bench.longTasks,
        nodes: (window as unknown as BenchWindow).cy?.nodes().length ?? -1,
      };
    }, MARKS);
    if (seen.nodes !== options.expectedNodes) {
      return {
        status: 'error',
        message: `canvas shows ${seen.nodes} nodes, expected ${options.expectedNodes} (did the map fail to open?)`,
      };
    }

    const scripts = await fresh.scriptSizes();
    const tasks = seen.longTasks
      .filter((task) => task.start < seen.drawn + 500)
      .map((task) => task.duration);
    return {
      status: 'ok',
      drawn: seen.drawn,
      // The ready status is set in the same task as layout-end, so that is the fallback.
      interactive: seen.ready ?? seen.layoutEnd,
      layout: seen.layoutEnd - seen.layoutStart,
      layoutEnd: seen.layoutEnd,
      longestTask: Math.max(0, ...tasks),
      longTasks: tasks,
      nodes: seen.nodes,
      scripts,
      jsGzip: Object.values(scripts).reduce((sum, script) => sum + script.gzip, 0),
    };
  } catch (error) {
    return failure(error);
  } finally {
    await context?.close().catch(() => undefined);
  }
}

/** Longest top-level task on the renderer's main thread in a Chromium trace (ms). */
export function longestTracedTask(trace: Buffer): number {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as {
    traceEvents: {
      name: string;
      ph: string;
      pid: number;
      tid: number;
      dur?: number;
      args?: { name?: string };
    }[];
  };
  const mainThreads = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const durations = traceEvents
    .filter((event) => event.name === 'RunTask' && event.ph === 'X')
    .filter((event) => mainThreads.has(`${event.pid}:${event.tid}`))
    .map((event) => (event.dur ?? 0) / 1000);
  return Math.max(0, ...durations);
}

/**
 * Checks that the longtask observer works in this (headless) Chromium: a page
 * that blocks its main thread for 300 ms must report a task of ≥ 300 ms, and a
 * CDP trace of the same page must agree.
 */
export async function checkLongTaskProbe(
  browser: Browser,
): Promise<{ observed: number; traced: number; ok: boolean }> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbes);
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    await page.setContent(
      '<script>setTimeout(() => { const t = performance.now(); while (performance.now() - t < 300); }, 50);</script>',
    );
    await page
      .waitForFunction(
        () => (window as unknown as BenchWindow).__bench.longTasks.length > 0,
        undefined,
        { timeout: 5000, polling: 50 },
      )
      .catch(() => undefined);
    const traced = longestTracedTask(await browser.stopTracing());
    const observed = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as BenchWindow).__bench.longTasks.map((t) => t.duration)),
    );
    return { observed, traced, ok: observed >= 300 && Math.abs(observed - traced) < 50 };
  } finally {
    await context.close();
  }
}
