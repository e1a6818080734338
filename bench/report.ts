import type { RunMetrics, RunResult } from './measure';

export interface MapResult {
  map: string;
  nodes: number;
  edges: number;
  runs: RunResult[];
}

export interface Summary {
  map: string;
  nodes: number;
  edges: number;
  runs: number;
  ok: number;
  failures: string[];
  drawn: Stat;
  interactive: Stat;
  layout: Stat;
  longestTask: Stat;
  /** Median over runs (the scripts fetched can differ only by timing). */
  jsGzip: number | null;
  scripts: RunMetrics['scripts'];
}

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const stat = (values: number[]): Stat =>
  values.length === 0
    ? { median: NaN, min: NaN, max: NaN }
    : { median: median(values), min: Math.min(...values), max: Math.max(...values) };

export function summarize(result: MapResult): Summary {
  const ok = result.runs.filter((run): run is RunMetrics => run.status === 'ok');
  const failures = result.runs.flatMap((run) =>
    run.status === 'ok' ? [] : [`${run.status}: ${run.message}`],
  );
  return {
    map: result.map,
    nodes: result.nodes,
    edges: result.edges,
    runs: result.runs.length,
    ok: ok.length,
    failures,
    drawn: stat(ok.map((run) => run.drawn)),
    interactive: stat(ok.map((run) => run.interactive)),
    layout: stat(ok.map((run) => run.layout)),
    longestTask: stat(ok.map((run) => run.longestTask)),
    jsGzip: ok.length > 0 ? median(ok.map((run) => run.jsGzip)) : null,
    scripts: ok[0]?.scripts ?? {},
  };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const range = (s: Stat) =>
  Number.isNaN(s.median) ? 'n/a' : `${Math.round(s.min)}–${Math.round(s.max)}`;
/** "5", or "3/5 ok (2 timeout)" when some runs failed. */
const runs = (s: Summary) => {
  if (s.ok === s.runs) return `${s.runs}`;
  const kinds = s.failures.map((failure) => failure.split(':')[0]);
  const timeouts = kinds.filter((kind) => kind === 'timeout').length;
  const errors = kinds.length - timeouts;
  const why = [timeouts > 0 ? `${timeouts} timeout` : '', errors > 0 ? `${errors} error` : '']
    .filter(Boolean)
    .join(', ');
  return `${s.ok}/${s.runs} ok (${why})`;
};

export function formatTables(summaries: Summary[], mainBundleGzip: number): string {
  const lines = [
    '| map | nodes | edges | runs | nav → drawn (median) | layout (median) | longest task (median) | initial JS gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...summaries.map(
      (s) =>
        `| ${s.map} | ${s.nodes} | ${s.edges} | ${runs(s)} | ${ms(s.drawn.median)} | ${ms(s.layout.median)} | ${ms(s.longestTask.median)} | ${kb(s.jsGzip)} |`,
    ),
    '',
    'Ranges over runs (min–max, ms), and navigation → interactive (status "ready"):',
    '',
    '| map | nav → interactive (median) | interactive | drawn | layout | longest task |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...summaries.map(
      (s) =>
        `| ${s.map} | ${ms(s.interactive.median)} | ${range(s.interactive)} | ${range(s.drawn)} | ${range(s.layout)} | ${range(s.longestTask)} |`,
    ),
    '',
    `Main bundle only (entry script of index.html): ${kb(mainBundleGzip)} gzip.`,
  ];
  for (const s of summaries) {
    const files = Object.entries(s.scripts)
      .map(([path, size]) => `${path.replace(/^.*\//, '')} ${kb(size.gzip)}`)
      .join(', ');
    lines.push(`Scripts for ${s.map}: ${files || '–'}`);
    for (const failure of s.failures) lines.push(`  ${s.map} run failed: ${failure}`);
  }
  return lines.join('\n');
}

export interface Target {
  ok: boolean | null;
  text: string;
}

/** The performance budget; each line is judged on medians. */
export function checkTargets(summaries: Summary[], mainBundleGzip: number): Target[] {
  const byName = (name: string) => summaries.find((s) => s.map === name);
  const judge = (value: number | undefined, limit: number) =>
    value === undefined || Number.isNaN(value) ? null : value <= limit;
  const line = (ok: boolean | null, text: string): Target => ({
    ok,
    text: `${ok === null ? 'MISS (no data)' : ok ? 'PASS' : 'MISS'}  ${text}`,
  });
  const letter = byName('letter');
  const big = byName('2000');
  return [
    line(
      judge(letter?.interactive.median, 500),
      `letter map interactive ≤ 500 ms after navigation: median ${ms(letter?.interactive.median ?? NaN)}`,
    ),
    line(
      judge(big?.drawn.median, 3000),
      `2000-node map first frame ≤ 3000 ms: median ${ms(big?.drawn.median ?? NaN)}`,
    ),
    line(
      judge(big?.longestTask.median, 200),
      `2000-node map longest main-thread task ≤ 200 ms: median ${ms(big?.longestTask.median ?? NaN)} (worst run ${ms(big?.longestTask.max ?? NaN)})`,
    ),
    line(
      judge(mainBundleGzip, 200 * 1024),
      `initial JS ≤ 200 KB gzip: main bundle ${kb(mainBundleGzip)} (letter page loads ${kb(letter?.jsGzip ?? null)})`,
    ),
  ];
}
