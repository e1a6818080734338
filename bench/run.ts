import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium, startPreview } from '../scripts/lib/browser';
import { toElements } from '../src/lib/graph/elements';
import { validateMap } from '../src/lib/model/validate';
import { formatProblem } from '../src/lib/model/problems';
import type { ArgumentMap } from '../src/lib/model/types';
import { DOT_TIMEOUT_MS, TIMEOUT_MS, runsFor, selectMaps, sizes } from './config';
import { generateMap } from './generate';
import { benchImporters, formatImportTable } from './importers';
import { checkLongTaskProbe, measureRun, type RunResult } from './measure';
import { measurePeerRun, type PeerResult } from './peer/measure';
import { formatPeerTable, summarizePeer, type PeerComparison } from './peer/report';
import { buildPeer, startPeerServer, writePeerMap } from './peer/site';
import { formatQualityTable } from './quality/report';
import { measureQuality } from './quality/run';
import { checkTargets, formatTables, summarize, type MapResult } from './report';
import { formatArgdownImport, measureArgdownImport } from './argdown';
import { formatImportLoads, measureImportLoads, writeImportInputs } from './import-loads';
import { benchEvaluation, formatEvaluationTable } from './evaluation';

/**
 * `npm run bench`: loads the letter map and generated maps (see bench/config.ts
 * for the sizes and the other settings) in headless Chromium against the built
 * `dist/`, several times each, and prints medians. Each Warrant run is paired
 * with a run of the Argdown peer (bench/peer/) on the same map, and the
 * layouts' quality is measured after the timed runs (bench/quality/).
 */
const BENCH_DIR = 'dist/__bench__';
const RESULTS = 'bench/results/latest.json';

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
  data: ArgumentMap;
  /** Warrant's `?map=` value; null for the letter map, the default. */
  path: string | null;
  /** The peer page's `?map=` value; null when the peer does not run on this map. */
  peerPath: string | null;
}

async function writeMaps(): Promise<Plan[]> {
  const letter = JSON.parse(
    await readFile('data/maps/three-takeaways.json', 'utf8'),
  ) as ArgumentMap;
  const plans: Plan[] = [{ map: 'letter', data: letter, path: null, peerPath: null }];
  await mkdir(BENCH_DIR, { recursive: true });
  for (const size of sizes()) {
    const map = generateMap(size);
    const result = validateMap(map);
    if (!result.ok) {
      throw new Error(
        `generated ${size}-node map is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
      );
    }
    await writeFile(`${BENCH_DIR}/${size}.json`, JSON.stringify(map));
    plans.push({ map: String(size), data: map, path: `__bench__/${size}.json`, peerPath: null });
  }
  return plans;
}

/** The map, everything unfolded: the bench measures the whole map's layout and drawing. */
const warrantUrl = (base: string, plan: Plan) =>
  `${plan.path === null ? base : `${base}?map=${plan.path}`}#expand=all`;

function describeRun(run: RunResult | PeerResult): string {
  if (run.status !== 'ok') return `${run.status}: ${run.message}`;
  if ('layout' in run) {
    return `drawn ${Math.round(run.drawn)} ms, layout ${Math.round(run.layout)} ms, longest task ${Math.round(run.longestTask)} ms`;
  }
  return `drawn ${Math.round(run.drawn)} ms (Argdown ${Math.round(run.argdown)} ms, Graphviz ${Math.round(run.graphviz)} ms)`;
}

/**
 * Warrant's runs, each paired with a peer run on the same map. The pair's
 * order alternates (W P, P W, …) so that drift on a shared machine weighs on
 * both sides alike.
 */
async function measureAll(
  browser: Browser,
  url: string,
  peerUrl: string | null,
  plans: Plan[],
): Promise<{ results: MapResult[]; comparisons: PeerComparison[] }> {
  const results: MapResult[] = [];
  const comparisons: PeerComparison[] = [];
  for (const plan of plans) {
    const count = runsFor(plan.data.nodes.length);
    const expectedNodes = plan.data.nodes.length;
    // Warrant's canvas also draws a junction per linked or attacked inference (the letter has 22).
    const drawnNodes = toElements(plan.data).filter((element) => element.group === 'nodes').length;
    const runs: RunResult[] = [];
    const peerRuns: PeerResult[] = [];
    for (let i = 0; i < count; i++) {
      const warrant = async () => {
        const run = await measureRun(browser, {
          url: warrantUrl(url, plan),
          expectedNodes: drawnNodes,
          timeoutMs: TIMEOUT_MS,
        });
        runs.push(run);
        console.error(`  ${plan.map} run ${i + 1}/${count}: ${describeRun(run)}`);
      };
      const peer = async () => {
        if (peerUrl === null || plan.peerPath === null) return;
        const run = await measurePeerRun(browser, {
          url: `${peerUrl}?map=${plan.peerPath}`,
          expectedNodes,
          timeoutMs: TIMEOUT_MS,
        });
        peerRuns.push(run);
        console.error(`  ${plan.map} Argdown run ${i + 1}/${count}: ${describeRun(run)}`);
      };
      for (const step of i % 2 === 0 ? [warrant, peer] : [peer, warrant]) await step();
    }
    results.push({ map: plan.map, nodes: expectedNodes, edges: plan.data.edges.length, runs });
    if (peerRuns.length > 0) {
      comparisons.push({ map: plan.map, nodes: expectedNodes, warrant: runs, peer: peerRuns });
    }
  }
  return { results, comparisons };
}

async function main(): Promise<void> {
  const started = performance.now();
  ensureBuilt();
  const plans = await writeMaps();
  const importPlans = await writeImportInputs(BENCH_DIR, '__bench__');
  const names = plans.map((plan) => plan.map);
  const peerMaps = selectMaps('BENCH_PEER', names);
  const qualityMaps = selectMaps('BENCH_QUALITY', names);
  if (peerMaps.size > 0) {
    console.error('Building the Argdown peer page (bench/peer → bench/results/peer-dist)…');
    await buildPeer();
    for (const plan of plans) {
      if (peerMaps.has(plan.map)) plan.peerPath = await writePeerMap(plan.map, plan.data);
    }
  }
  const main = await mainBundleGzip();
  // Node-side and quick (seconds): done first, before the browser warms the machine.
  const imports = benchImporters();
  const evaluation = benchEvaluation();
  const load = loadavg().map((value) => value.toFixed(2));
  console.error(`Load average before: ${load.join(' ')} (the machine is shared; expect noise).`);
  let server: Awaited<ReturnType<typeof startPreview>> | null = null;
  let peerServer: Awaited<ReturnType<typeof startPeerServer>> | null = null;
  let browser: Browser | null = null;
  try {
    server = await startPreview();
    if (peerMaps.size > 0) peerServer = await startPeerServer();
    browser = await launchChromium();
    const probe = await checkLongTaskProbe(browser);
    const probeText =
      `longtask probe (300 ms block): observer ${Math.round(probe.observed)} ms, ` +
      `CDP trace ${Math.round(probe.traced)} ms — ${probe.ok ? 'agree' : 'DISAGREE: longest-task numbers are suspect'}`;
    console.error(probeText);
    const { results, comparisons } = await measureAll(
      browser,
      server.url,
      peerServer?.url ?? null,
      plans,
    );
    const quality = await measureQuality(
      browser,
      plans
        .filter((plan) => qualityMaps.has(plan.map))
        .map((plan) => ({ map: plan.map, data: plan.data, url: warrantUrl(server!.url, plan) })),
      { timeoutMs: TIMEOUT_MS, dotTimeoutMs: DOT_TIMEOUT_MS, log: (line) => console.error(line) },
    );
    const argdown = await measureArgdownImport(browser, server.url, BENCH_DIR, runsFor(0));
    const importLoads = await measureImportLoads(browser, server.url, importPlans, (line) =>
      console.error(line),
    );
    const summaries = results.map(summarize);
    const peerSummaries = comparisons.map(summarizePeer);
    const targets = checkTargets(summaries, main.gzip);
    console.log('');
    console.log(formatTables(summaries, main.gzip));
    console.log('');
    for (const target of targets) console.log(target.text);
    if (peerSummaries.length > 0) {
      console.log('\n## Warrant against Argdown’s own pipeline (same browser, runs interleaved)\n');
      console.log(formatPeerTable(peerSummaries));
    }
    if (quality.length > 0) {
      console.log('\n## Layout quality\n');
      console.log(formatQualityTable(quality));
    }
    console.log('\n## Importing a file\n');
    console.log(formatImportTable(imports));
    console.log('');
    console.log(formatImportLoads(importLoads, imports));
    console.log('');
    console.log(formatArgdownImport(argdown));
    console.log('\n## What-if evaluation\n');
    console.log(formatEvaluationTable(evaluation));
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
          peer: peerSummaries,
          quality,
          imports,
          argdownImport: argdown,
          importLoads: importLoads.map(({ plan, summary }) => ({ ...plan, summary })),
          evaluation,
          results,
          peerRuns: comparisons.map(({ map, peer }) => ({ map, runs: peer })),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWrote ${RESULTS}.`);
    const minutes = (performance.now() - started) / 60_000;
    console.log(`The bench took ${minutes.toFixed(1)} min.`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await peerServer?.close().catch(() => undefined);
    await rm(BENCH_DIR, { recursive: true, force: true });
  }
}

await main();
