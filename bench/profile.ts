import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { launchChromium } from '../scripts/lib/browser';
import { MARKS } from '../src/lib/graph/marks';
import { generateMap } from './generate';
import { aifInput, kialoInput } from './import-inputs';
import {
  busyTime,
  cpuProfiles,
  functionTimes,
  longTasks,
  spans,
  threadNames,
  top,
  type ThreadProfile,
  type TraceEvent,
} from './trace';

/**
 * `npx tsx bench/profile.ts [nodes|letter|kialo|aif]`: one traced load of a generated map
 * (default 2000 nodes), of the letter map, or of the import row's Kialo or AIF
 * file (bench/import-inputs.ts) with the CPU profiler on, summarised per thread and per
 * long task. By default it profiles an unminified build (in the system temp folder)
 * so function names are readable; PROFILE_DIST=dist profiles the shipped build.
 * The raw trace is saved for DevTools' Performance panel.
 */
/** App and Cytoscape functions whose spans tell the phases apart (unminified names). */
const MAIN_PHASES = [
  'start',
  'fetchMap',
  'readMapText',
  'importFile',
  'importKialo',
  'importAif',
  'parseJson',
  'validateMap',
  'checkGraph',
  'mount',
  'GraphView',
  'toElements',
  'wrapText',
  'computeLayout',
  'load',
  'add',
  'home',
  'fit',
  'recalculateRenderedStyle',
  'applyVisibility',
  'markHits',
  'select',
  'renderFn',
  'updateEleCalcs',
  'findEdgeControlPoints',
  'calculateLabelDimensions',
  'CRp$5.render',
];
const WORKER_PHASES = ['self.onmessage', 'runDagre', 'cytoscape', 'DagreLayout.run'];
const WHICH = process.argv[2] ?? '2000';
const IMPORT = WHICH === 'kialo' ? kialoInput() : WHICH === 'aif' ? aifInput() : null;
const NODES = WHICH === 'letter' || IMPORT !== null ? 0 : Number.parseInt(WHICH, 10);
const OUT = 'bench/results';
const outDir = resolve(process.env.PROFILE_DIST ?? join(tmpdir(), 'warrant-dist-profile'));

if (process.env.PROFILE_DIST === undefined || !existsSync(`${outDir}/index.html`)) {
  console.log(`Building an unminified copy into ${outDir}…`);
  const args = ['vite', 'build', '--minify', 'false', '--outDir', outDir, '--emptyOutDir'];
  const build = spawnSync('npx', args, { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
}
await mkdir(`${outDir}/__bench__`, { recursive: true });
if (NODES > 0) {
  await writeFile(`${outDir}/__bench__/${NODES}.json`, JSON.stringify(generateMap(NODES)));
}
if (IMPORT !== null) await writeFile(`${outDir}/__bench__/${IMPORT.file}`, IMPORT.text);

const server = await preview({
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1', strictPort: false },
  logLevel: 'silent',
});
const browser = await launchChromium();
try {
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('preview has no port');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await browser.startTracing(page, {
    categories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
      'disabled-by-default-v8.cpu_profiler',
    ],
  });
  const query =
    IMPORT !== null
      ? `?map=__bench__/${IMPORT.file}`
      : NODES > 0
        ? `?map=__bench__/${NODES}.json`
        : '';
  await page.goto(`http://127.0.0.1:${address.port}/${query}`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.drawn, {
    timeout: 180_000,
    polling: 100,
  });
  await page.waitForTimeout(700);
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  const trace = await browser.stopTracing();
  // bench/results/ is git-ignored, so a fresh checkout has none.
  await mkdir(OUT, { recursive: true });
  await writeFile(`${OUT}/profile-${WHICH}.trace.json`, trace);
  await context.close();

  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The trace clock (µs) of navigation start, from where the app's first mark landed in it.
  const first = events.find((event) => event.name === MARKS.layoutStart);
  const navTs = (first?.ts ?? 0) - (marks[MARKS.layoutStart] ?? 0) * 1000;
  const at = (ts: number) => `${Math.round((ts - navTs) / 1000)} ms`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  const names = threadNames(events);
  const mainKey = [...names].find(([, name]) => name === 'CrRendererMain')?.[0];
  const profiles = cpuProfiles(events);
  const main = profiles.find((p) => p.thread === 'CrRendererMain');
  const workers = profiles.filter((p) => /Worker/i.test(p.thread) && p.samples.length > 0);

  console.log(`\n# Profile of one load of the ${WHICH} map (${outDir})\n`);
  console.log('Marks (ms since navigation):');
  for (const [name, time] of Object.entries(marks)) console.log(`  ${name}: ${ms(time)}`);

  const list = (title: string, entries: [string, number][]) => {
    console.log(`\n${title}`);
    for (const [label, time] of entries) console.log(`  ${ms(time).padStart(8)}  ${label}`);
  };
  const describe = (profile: ThreadProfile, from?: number, to?: number) => {
    console.log(`\n## ${profile.thread}: busy ${ms(busyTime(profile, from, to))}`);
    list('Top self time:', top(functionTimes(profile, 'self', from, to), 25));
    list('Top inclusive time:', top(functionTimes(profile, 'inclusive', from, to), 40));
  };
  const phases = (profile: ThreadProfile, wanted: string[]) => {
    console.log(`\n## ${profile.thread}: phases (first–last sample, summed time)`);
    for (const span of spans(profile, wanted)) {
      console.log(
        `  ${span.name.padEnd(32)} ${at(span.first)}–${at(span.last)}  ${ms(span.total)}`,
      );
    }
  };
  if (main !== undefined) phases(main, MAIN_PHASES);
  for (const worker of workers) phases(worker, WORKER_PHASES);
  if (main !== undefined) describe(main);
  for (const worker of workers) describe(worker);

  if (mainKey !== undefined && main !== undefined) {
    console.log('\n## Main-thread tasks ≥ 50 ms');
    for (const task of longTasks(events, mainKey, 50)) {
      const kids = top(task.children, 6)
        .map(([name, time]) => `${name} ${ms(time)}`)
        .join(', ');
      console.log(`\n### at ${at(task.ts)}, ${ms(task.dur / 1000)}: ${kids}`);
      const window: [number, number] = [task.ts, task.ts + task.dur];
      list('  self:', top(functionTimes(main, 'self', ...window), 12));
      list('  inclusive:', top(functionTimes(main, 'inclusive', ...window), 30));
    }
  }
  console.log(`\nThreads: ${[...names.values()].join(', ')}; main = ${mainKey ?? '?'}`);
  console.log(
    `Trace saved to ${OUT}/profile-${WHICH}.trace.json (open in DevTools › Performance).`,
  );
} finally {
  await browser.close();
  await server.close();
  await rm(`${outDir}/__bench__`, { recursive: true, force: true });
}
