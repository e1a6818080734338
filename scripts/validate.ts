/**
 * Checks map files:
 *   npm run validate -- FILE...
 * Exit codes: 0 all valid; 1 a file is invalid or unreadable; 2 bad usage.
 */
import { isMainModule, runAsScript, withDefaults, type CliIo } from './lib/cli';
import { loadMapFile } from './lib/load-map';
import { formatProblem } from '../src/lib/model/problems';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { stdout, stderr, cwd, readFile } = withDefaults(io);
  if (argv.length === 0) {
    stderr.write('usage: npm run validate -- FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of argv) {
    const result = await loadMapFile(file, { cwd, readFile });
    if (result.ok) {
      stdout.write(
        `${file}: ok (${result.value.nodes.length} nodes, ${result.value.edges.length} edges)\n`,
      );
    } else {
      failed = true;
      stderr.write(`${file}: ${result.problems.length} problem(s)\n`);
      for (const problem of result.problems) stderr.write(`  ${formatProblem(problem)}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (isMainModule(import.meta.url)) await runAsScript(main);
