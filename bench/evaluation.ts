import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { evaluateMap } from '../src/lib/analysis/evaluation';
import type { ArgumentMap } from '../src/lib/model/types';
import { generateMap } from './generate';

/**
 * How long the what-if evaluation (src/lib/analysis/evaluation.ts) takes, in
 * Node (the same V8 as Chromium; the app runs it on the main thread each time
 * a supposition changes). The target: a 2000-statement map in under 50 ms.
 * Medians of several runs after one warm-up; `npx tsx bench/evaluation.ts`
 * runs it alone.
 */
const RUNS = 15;
export const EVALUATION_TARGET_MS = 50;

export interface EvaluationTiming {
  map: string;
  statements: number;
  edges: number;
  /** One supposition on the first statement, so the run is a what-if, not the default. */
  medianMs: number;
  maxMs: number;
}

function time(name: string, map: ArgumentMap): EvaluationTiming {
  const suppose = new Map([[map.nodes[0]!.id, 'rejected' as const]]);
  evaluateMap(map, suppose);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    evaluateMap(map, suppose);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    map: name,
    statements: map.nodes.length,
    edges: map.edges.length,
    medianMs: times[Math.floor(RUNS / 2)]!,
    maxMs: times[RUNS - 1]!,
  };
}

export function benchEvaluation(): EvaluationTiming[] {
  const letter = JSON.parse(
    readFileSync(new URL('../data/maps/three-takeaways.json', import.meta.url), 'utf8'),
  ) as ArgumentMap;
  return [
    time('letter', letter),
    ...[2000, 5000].map((size) => time(String(size), generateMap(size))),
  ];
}

export function formatEvaluationTable(timings: readonly EvaluationTiming[]): string {
  const rows = timings.map(
    (t) =>
      `| ${t.map} | ${t.statements} | ${t.edges} | ${t.medianMs.toFixed(1)} ms | ${t.maxMs.toFixed(1)} ms |`,
  );
  const big = timings.find((t) => t.map === '2000');
  const verdict =
    big === undefined ? 'MISS (no data)' : big.medianMs <= EVALUATION_TARGET_MS ? 'PASS' : 'MISS';
  return [
    '| What-if evaluation | statements | edges | median | slowest |',
    '| ------------------ | ---------: | ----: | -----: | ------: |',
    ...rows,
    '',
    `${verdict}  2000-node map evaluated ≤ ${EVALUATION_TARGET_MS} ms: median ${big?.medianMs.toFixed(1) ?? '?'} ms`,
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatEvaluationTable(benchEvaluation()));
}
