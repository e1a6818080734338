import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runsFor, selectMaps, sizes } from '../../../bench/config';

// Empty means unset, so settings in the shell running the tests do not leak in.
beforeEach(() => {
  for (const name of ['BENCH_SIZES', 'BENCH_RUNS', 'BENCH_PEER', 'BENCH_QUALITY']) {
    vi.stubEnv(name, '');
  }
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('bench settings from the environment', () => {
  it('reads the generated sizes, dropping repeats, and rejects anything else', () => {
    expect(sizes()).toEqual([500, 1000, 2000, 3000, 5000]);
    vi.stubEnv('BENCH_SIZES', '300, 1000,300');
    expect(sizes()).toEqual([300, 1000]);
    vi.stubEnv('BENCH_SIZES', '300,big,-2');
    expect(() => sizes()).toThrow('BENCH_SIZES must list positive whole numbers; not: big, -2');
  });

  it('runs 5 times, 3 from 5000 statements, unless BENCH_RUNS says otherwise', () => {
    expect([runsFor(109), runsFor(5000)]).toEqual([5, 3]);
    vi.stubEnv('BENCH_RUNS', '2');
    expect(runsFor(5000)).toBe(2);
    vi.stubEnv('BENCH_RUNS', 'two');
    expect(() => runsFor(10)).toThrow('BENCH_RUNS must be a positive whole number, not "two"');
  });

  it('selects the maps for the peer and the quality table', () => {
    const all = ['letter', '500', '2000'];
    expect([...selectMaps('BENCH_PEER', all)]).toEqual(all);
    vi.stubEnv('BENCH_PEER', 'off');
    expect(selectMaps('BENCH_PEER', all).size).toBe(0);
    vi.stubEnv('BENCH_QUALITY', 'letter, 2000');
    expect([...selectMaps('BENCH_QUALITY', all)]).toEqual(['letter', '2000']);
    vi.stubEnv('BENCH_QUALITY', 'letter,3000');
    expect(() => selectMaps('BENCH_QUALITY', all)).toThrow(
      'BENCH_QUALITY names maps this run does not have: 3000 (it has letter, 500, 2000; set BENCH_SIZES to add sizes)',
    );
  });
});
