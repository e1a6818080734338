/**
 * What `npm run bench` measures, from environment variables:
 *
 * - BENCH_SIZES: generated map sizes, comma-separated (default 500,1000,2000,3000,5000).
 * - BENCH_RUNS: runs per map (default 5, 3 at 5000 statements and above).
 * - BENCH_PEER: maps the Argdown peer runs on, interleaved with Warrant's runs
 *   ("letter,500,…"; default all; "off" for none).
 * - BENCH_QUALITY: maps whose layout quality is measured, Warrant's and Graphviz dot's (same form).
 * - BENCH_TIMEOUT_MS: per-load limit (default 120 000).
 * - BENCH_DOT_TIMEOUT_MS: limit for one `dot` layout (default 300 000; 5000 statements take about 80 s).
 */

const DEFAULT_SIZES = [500, 1000, 2000, 3000, 5000];

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  }
  return value;
}

export const TIMEOUT_MS = positiveInteger('BENCH_TIMEOUT_MS', 120_000);
export const DOT_TIMEOUT_MS = positiveInteger('BENCH_DOT_TIMEOUT_MS', 300_000);

export function sizes(): number[] {
  const raw = process.env.BENCH_SIZES;
  if (raw === undefined || raw.trim() === '') return DEFAULT_SIZES;
  const list = raw.split(',').map((item) => item.trim());
  const values = list.map(Number);
  const bad = list.filter((_, i) => !Number.isInteger(values[i]) || values[i]! < 1);
  if (bad.length > 0) {
    throw new Error(`BENCH_SIZES must list positive whole numbers; not: ${bad.join(', ')}`);
  }
  return [...new Set(values)];
}

export function runsFor(nodes: number): number {
  const raw = process.env.BENCH_RUNS;
  if (raw !== undefined && raw !== '') return positiveInteger('BENCH_RUNS', 5);
  return nodes >= 5000 ? 3 : 5;
}

/** The maps a BENCH_PEER / BENCH_QUALITY variable selects out of `all`. */
export function selectMaps(name: 'BENCH_PEER' | 'BENCH_QUALITY', all: string[]): Set<string> {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '' || raw === 'all') return new Set(all);
  if (raw === 'off' || raw === 'none' || raw === '0') return new Set();
  const wanted = raw.split(',').map((item) => item.trim());
  const unknown = wanted.filter((map) => !all.includes(map));
  if (unknown.length > 0) {
    throw new Error(
      `${name} names maps this run does not have: ${unknown.join(', ')} (it has ${all.join(', ')}; set BENCH_SIZES to add sizes)`,
    );
  }
  return new Set(wanted);
}
