import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, startPreview } from '../scripts/lib/browser';
import { validateMap } from '../src/lib/model/validate';
import { formatProblem } from '../src/lib/model/problems';
import { generateMap } from './generate';
import { checkLongTaskProbe, measureRun, type RunResult } from './measure';
import { checkTargets, formatTables, summarize, type MapResult } from './report';
import { formatArgdownImport, measureArgdownImport } from './argdown';

/**
 * `npm run bench`: loads the letter map and generated maps of 500, 2000 and
 * 5000 statements in headless Chromium against the built `dist/`, several
 * times each, and prints medians; then opens the largest Argdown file the
 * importer reads. BENCH_RUNS overrides the number of runs.
 */
const SIZES = [500, 2000, 5000];
/** Per-run limit for the drawn mark; BENCH_TIMEOUT_MS overrides it. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS) || 120_000;
const BENCH_DIR = 'dist/__bench__';
const RESULTS = 'bench/results/latest.json';

function runsFor(nodes: number): number {
  const fromEnv = Number.parseInt(process.env.BENCH_RUNS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return nodes >= 5000 ? 3 : 5;
}

function ensureBuilt(): void {
  if (existsSync('dist/index.html')) {
    console.log(
      'Note: measuring the current dist/ (run `npm run build` first to measure fresh code).',
    );
    return;
  }
  console.log('dist/index.html is missing: running `npx vite build` first…');
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}

/** The entry script(s) index.html loads, gzipped from disk. */
async function mainBundleGzip(): Promise<{ files: string[]; gzip: number }> {
  const html = await readFile('dist/index.html', 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  let gzip = 0;
  for (const file of files) gzip += gzipSync(await readFile(`dist/${file}`), { level: 9 }).length;
  return { files, gzip };
}

interface Plan {
  map: string;
  nodes: number;
  edges: number;
  path: string | null;
}

async function writeMaps(): Promise<Plan[]> {
  const letter = JSON.parse(await readFile('data/maps/three-takeaways.json', 'utf8')) as {
    nodes: unknown[];
    edges: unknown[];
  };
  const plans: Plan[] = [
    { map: 'letter', nodes: letter.nodes.length, edges: letter.edges.length, path: null },
  ];
  await mkdir(BENCH_DIR, { recursive: true });
  for (const size of SIZES) {
    const map = generateMap(size);
    const result = validateMap(map);
    if (!result.ok) {
      throw new Error(
        `generated ${size}-node map is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
      );
    }
    await writeFile(`${BENCH_DIR}/${size}.json`, JSON.stringify(map));
    plans.push({
      map: String(size),
      nodes: map.nodes.length,
      edges: map.edges.length,
      path: `__bench__/${size}.json`,
    });
  }
  return plans;
}

async function measureAll(browser: Browser, url: string, plans: Plan[]): Promise<MapResult[]> {
  const results: MapResult[] = [];
  for (const plan of plans) {
    const count = runsFor(plan.nodes);
    const runs: RunResult[] = [];
    for (let i = 0; i < count; i++) {
      const run = await measureRun(browser, {
        url: plan.path === null ? url : `${url}?map=${plan.path}`,
        expectedNodes: plan.nodes,
        timeoutMs: TIMEOUT_MS,
      });
      runs.push(run);
      const shown =
        run.status === 'ok'
          ? `drawn ${Math.round(run.drawn)} ms, layout ${Math.round(run.layout)} ms, longest task ${Math.round(run.longestTask)} ms`
          : `${run.status}: ${run.message}`;
      console.error(`  ${plan.map} run ${i + 1}/${count}: ${shown}`);
    }
    results.push({ map: plan.map, nodes: plan.nodes, edges: plan.edges, runs });
  }
  return results;
}

async function main(): Promise<void> {
  ensureBuilt();
  const plans = await writeMaps();
  const main = await mainBundleGzip();
  const load = loadavg().map((value) => value.toFixed(2));
  console.error(`Load average before: ${load.join(' ')} (the machine is shared; expect noise).`);
  let server: Awaited<ReturnType<typeof startPreview>> | null = null;
  let browser: Browser | null = null;
  try {
    server = await startPreview();
    browser = await launchChromium();
    const probe = await checkLongTaskProbe(browser);
    const probeText =
      `longtask probe (300 ms block): observer ${Math.round(probe.observed)} ms, ` +
      `CDP trace ${Math.round(probe.traced)} ms — ${probe.ok ? 'agree' : 'DISAGREE: longest-task numbers are suspect'}`;
    console.error(probeText);
    const results = await measureAll(browser, server.url, plans);
    const argdown = await measureArgdownImport(browser, server.url, BENCH_DIR, runsFor(0));
    const summaries = results.map(summarize);
    const targets = checkTargets(summaries, main.gzip);
    console.log('');
    console.log(formatTables(summaries, main.gzip));
    console.log('');
    for (const target of targets) console.log(target.text);
    console.log(formatArgdownImport(argdown));
    await mkdir('bench/results', { recursive: true });
    await writeFile(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: browser.version(),
          loadAverage: load,
          mainBundle: main,
          longTaskProbe: probe,
          summaries,
          targets,
          argdownImport: argdown,
          results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWrote ${RESULTS}.`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await rm(BENCH_DIR, { recursive: true, force: true });
  }
}

await main();
