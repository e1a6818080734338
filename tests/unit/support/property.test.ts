import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCount } from '../../support/property';

describe('runCount (fast-check runs from the environment)', () => {
  it('runs the CI count on CI, and a quarter of it (at least 20) elsewhere', () => {
    expect(runCount(200, { CI: 'true' })).toBe(200);
    expect(runCount(200, { CI: '1' })).toBe(200);
    expect(runCount(200, {})).toBe(50);
    expect(runCount(500, { CI: '' })).toBe(125);
    expect(runCount(300, { CI: 'false' })).toBe(75);
    expect(runCount(200, { CI: '0' })).toBe(50);
    expect(runCount(60, {})).toBe(20);
  });

  it('lets FC_RUNS set every count, on CI too', () => {
    expect(runCount(200, { FC_RUNS: '7' })).toBe(7);
    expect(runCount(60, { FC_RUNS: '10000', CI: 'true' })).toBe(10_000);
    expect(runCount(60, { FC_RUNS: '', CI: 'true' })).toBe(60);
  });

  it('refuses an FC_RUNS that is not a whole number of runs', () => {
    for (const bad of ['0', '-3', '2.5', 'many']) {
      expect(() => runCount(100, { FC_RUNS: bad })).toThrow(
        `FC_RUNS must be a whole number of runs, at least 1 (found "${bad}")`,
      );
    }
  });

  it('is the default for properties that name no count (the unit setup file sets it)', () => {
    expect(fc.readConfigureGlobal().numRuns).toBe(runCount(100));
  });
});
