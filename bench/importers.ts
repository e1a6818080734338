import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArgumentMap } from '../src/lib/model/types';
import type { Result } from '../src/lib/model/problems';
import { importAif } from '../src/lib/io/importers/aif';
import { importKialo } from '../src/lib/io/importers/kialo';
import { generateKialo } from './generate-kialo';
import { aifInput, kialoInput } from './import-inputs';

/**
 * How long the importers take, from text to a validated map, in Node (the
 * same V8 as Chromium; the app runs them on the main thread when a file is
 * opened): the import row's inputs (a 2,800-entry Kialo discussion and a
 * 1,400-statement AIF map, `import-inputs.ts`), a Kialo discussion of
 * 10,000 entries (the most its importer reads), and the largest real Kialo
 * export, and a discussion made of Warrant's remarks for linked premises.
 * Medians of several runs after one warm-up; `npx tsx bench/importers.ts`
 * runs it alone.
 */
const RUNS = 7;

export interface ImportTiming {
  input: string;
  /** Entries (Kialo) or AIF nodes (AIF). */
  entries: number;
  bytes: number;
  statements: number;
  medianMs: number;
  maxMs: number;
  /** Median CPU time of the process: less swayed by other work on a shared machine. */
  medianCpuMs: number;
}

function time(
  input: string,
  entries: number,
  text: string,
  run: (text: string) => Result<ArgumentMap> = importKialo,
): ImportTiming {
  const result = run(text);
  if (!result.ok) throw new Error(`${input} does not import: ${result.problems[0]?.message}`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    run(text);
    const used = process.cpuUsage(startedCpu);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    input,
    entries,
    bytes: text.length,
    statements: result.value.nodes.length,
    medianMs: times[Math.floor(RUNS / 2)]!,
    maxMs: times[RUNS - 1]!,
    medianCpuMs: cpu[Math.floor(RUNS / 2)]!,
  };
}

export function benchImporters(): ImportTiming[] {
  const kialo = kialoInput();
  const aif = aifInput();
  const timings = [
    time(kialo.name, kialo.units, kialo.text),
    time(aif.name, aif.units, aif.text, (text) => importAif(text)),
    time('Kialo, 10000 entries', 10_000, generateKialo(10_000, 7).text),
  ];
  const real = fileURLToPath(new URL('../tests/fixtures/kialo/real/', import.meta.url));
  const largest = readdirSync(real)
    .filter((name) => name.startsWith('edo_free-speech'))
    .map((name) => readFileSync(`${real}${name}`, 'utf8'))[0];
  if (largest !== undefined) {
    const entries = largest.split('\n').filter((line) => /^(\d+\.)+ /.test(line)).length;
    timings.push(time('Kialo, real 2867 (largest)', entries, largest));
  }
  timings.push(remarksTiming());
  return timings;
}

/**
 * Warrant's remarks at their worst: 600 entries that each name the 599
 * others as linked premises (3.5 MB), read back into one edge.
 */
function remarksTiming(): ImportTiming {
  const keys = Array.from({ length: 600 }, (_, i) => `1.${i + 1}`);
  const lines = ['Discussion Title: Linked', '', '1. A thesis'];
  for (const key of keys) {
    const partners = keys.filter((other) => other !== key).join(' and ');
    lines.push(
      `${key}. Pro: Premise ${key} (Warrant map: linked premise, works only together with ${partners}.)`,
    );
  }
  return time('600 linked premises (remarks)', keys.length + 1, lines.join('\n'));
}

export function formatImportTable(timings: readonly ImportTiming[]): string {
  const rows = timings.map(
    (t) =>
      `| ${t.input} | ${t.entries} | ${(t.bytes / 1024).toFixed(0)} KB | ${t.statements} | ${t.medianMs.toFixed(0)} ms | ${t.maxMs.toFixed(0)} ms | ${t.medianCpuMs.toFixed(0)} ms |`,
  );
  return [
    '| import (text to validated map, Node) | entries / AIF nodes | size | statements | median | slowest | median CPU |',
    '| ------------------------------------ | ------------------: | ---: | ---------: | -----: | ------: | ---------: |',
    ...rows,
  ].join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatImportTable(benchImporters()));
}
