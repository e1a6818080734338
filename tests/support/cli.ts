import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliIo, CliMain } from '../../scripts/lib/cli';

/** The repository root, which the CLIs' relative paths are resolved against. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script's `main` in-process from the repository root, capturing both streams. */
export async function runMain(
  main: CliMain,
  argv: string[],
  io: Omit<Partial<CliIo>, 'stdout' | 'stderr'> = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    cwd: repoRoot,
    ...io,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { status, stdout, stderr };
}

/**
 * Runs a script the way `npm run` does, minus npm's start-up: a real node
 * process through tsx. Slow (about 300 ms), so one smoke test per script.
 */
export function spawnScript(script: string, argv: string[]): CliRun {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...argv], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
