import fc from 'fast-check';

/** The share of a property's CI run count a local run makes, and its floor. */
const LOCAL_SHARE = 0.25;
const LOCAL_MIN = 20;

const isCi = (env: NodeJS.ProcessEnv) =>
  env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI !== 'false';

/**
 * How many runs a fast-check property makes, given the count it should have
 * on CI. `FC_RUNS=n` makes every property run n times (e.g. 10000 for a soak,
 * 10 while iterating); otherwise CI (`CI` set) runs `ciRuns` and a local run a
 * quarter of that, at least 20. fast-check prints the seed of a failure, so a
 * local failure replays on CI and back.
 */
export function runCount(ciRuns: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.FC_RUNS;
  if (forced !== undefined && forced !== '') {
    const count = Number(forced);
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`FC_RUNS must be a whole number of runs, at least 1 (found "${forced}")`);
    }
    return count;
  }
  if (isCi(env)) return ciRuns;
  return Math.max(LOCAL_MIN, Math.round(ciRuns * LOCAL_SHARE));
}

/** fast-check parameters for a property that makes `ciRuns` runs on CI (default 100). */
export const runs = (ciRuns = 100): { numRuns: number } => ({ numRuns: runCount(ciRuns) });

/** Sets the default for properties that name no count: fast-check's own 100, on CI. */
export function configureRuns(): void {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), ...runs() });
}
