import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium, startPreview } from '../scripts/lib/browser';
import { toElements } from '../src/lib/graph/elements';
import { importFile } from '../src/lib/io/import-file';
import { TIMEOUT_MS, runsFor } from './config';
import { importInputs, type ImportInput } from './import-inputs';
import { benchImporters, type ImportTiming } from './importers';
import { measureRun, type RunResult } from './measure';
import { summarize, type Summary } from './report';

/**
 * The import row: opening a large Kialo discussion and a large AIF map by
 * address (`?map=`, through the importer registry as "Open…" uses it), from
 * navigation to the first drawn frame of the laid-out map, in a fresh,
 * cache-less page per run (bench/measure.ts). So it counts fetching the
 * file, loading the importer, parsing, validating and the layout. The parse
 * alone is timed in Node (bench/importers.ts).
 *
 * `npx tsx bench/import-loads.ts` runs this part alone against the built
 * `dist/`; `npm run bench` runs it with the rest.
 */

/** The issue's budget: a 2,800-entry discussion draws its first frame within 4 s at the median. */
export const KIALO_FIRST_FRAME_MS = 4000;

export interface ImportPlan {
  input: ImportInput;
  /** `?map=` value. */
  path: string;
  statements: number;
  relations: number;
  /** Canvas nodes once drawn: statements and the junctions of linked or attacked inferences. */
  drawnNodes: number;
}

export interface ImportLoad {
  plan: Omit<ImportPlan, 'input'> & { name: string; file: string; bytes: number };
  summary: Summary;
  runs: RunResult[];
}

/**
 * Writes the inputs where the preview serves them. Call before the preview
 * starts: it lists its files once.
 */
export async function writeImportInputs(dir: string, urlDir: string): Promise<ImportPlan[]> {
  await mkdir(dir, { recursive: true });
  const plans: ImportPlan[] = [];
  for (const input of importInputs()) {
    const opened = await importFile(input.file, input.text);
    if (!opened.ok)
      throw new Error(`${input.file} does not import: ${opened.problems[0]?.message}`);
    await writeFile(`${dir}/${input.file}`, input.text);
    plans.push({
      input,
      path: `${urlDir}/${input.file}`,
      statements: opened.value.nodes.length,
      relations: opened.value.edges.length,
      drawnNodes: toElements(opened.value).filter((element) => element.group === 'nodes').length,
    });
  }
  return plans;
}

export async function measureImportLoads(
  browser: Browser,
  url: string,
  plans: ImportPlan[],
  log: (line: string) => void,
): Promise<ImportLoad[]> {
  const loads: ImportLoad[] = [];
  for (const { input, ...plan } of plans) {
    const count = runsFor(plan.statements);
    const runs: RunResult[] = [];
    for (let i = 0; i < count; i++) {
      const run = await measureRun(browser, {
        url: `${url}?map=${plan.path}`,
        expectedNodes: plan.drawnNodes,
        timeoutMs: TIMEOUT_MS,
      });
      runs.push(run);
      log(
        `  ${input.file} run ${i + 1}/${count}: ${run.status === 'ok' ? `drawn ${Math.round(run.drawn)} ms, layout ${Math.round(run.layout)} ms` : `${run.status}: ${run.message}`}`,
      );
    }
    const summary = summarize({
      map: input.name,
      nodes: plan.statements,
      edges: plan.relations,
      runs,
    });
    loads.push({
      plan: { ...plan, name: input.name, file: input.file, bytes: input.text.length },
      summary,
      runs,
    });
  }
  return loads;
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`;

/** The import row, one line per input, with the parse time from `timings` beside the load. */
export function formatImportLoads(loads: ImportLoad[], timings: ImportTiming[]): string {
  const lines = [
    '| import by address | size | statements | runs | parse (Node, median) | nav → first frame (median) | min–max | layout (median) | longest task (median) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...loads.map(({ plan, summary: s }) => {
      const parse = timings.find((timing) => timing.input === plan.name)?.medianMs;
      const range = s.ok === 0 ? 'n/a' : `${Math.round(s.drawn.min)}–${Math.round(s.drawn.max)}`;
      const runs = s.ok === s.runs ? `${s.runs}` : `${s.ok}/${s.runs} ok`;
      return `| ${plan.name} | ${(plan.bytes / 1024).toFixed(0)} KB | ${plan.statements} | ${runs} | ${ms(parse)} | ${ms(s.drawn.median)} | ${range} | ${ms(s.layout.median)} | ${ms(s.longestTask.median)} |`;
    }),
  ];
  const kialo = loads.find(({ plan }) => plan.file.endsWith('.txt'))?.summary;
  const drawn = kialo?.drawn.median;
  const verdict =
    drawn === undefined || Number.isNaN(drawn)
      ? 'MISS (no data)'
      : drawn <= KIALO_FIRST_FRAME_MS
        ? 'PASS'
        : 'MISS';
  lines.push(
    '',
    `${verdict}  2,800-entry Kialo discussion first frame ≤ ${KIALO_FIRST_FRAME_MS} ms: median ${ms(drawn)}`,
  );
  for (const { plan, summary } of loads) {
    for (const failure of summary.failures) lines.push(`  ${plan.file} run failed: ${failure}`);
  }
  return lines.join('\n');
}

/** This part alone: Node parse timings, then the loads, against the built dist/. */
async function main(): Promise<void> {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` first.');
  const dir = 'dist/__bench_import__';
  const timings = benchImporters();
  const plans = await writeImportInputs(dir, '__bench_import__');
  const server = await startPreview();
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const loads = await measureImportLoads(browser, server.url, plans, (line) =>
      console.error(line),
    );
    console.log(`Chromium ${browser.version()}\n`);
    console.log(formatImportLoads(loads, timings));
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
