/**
 * Checks map files:
 *   npm run validate -- [--strict] FILE...
 * Exit codes: 0 all valid; 1 a file is invalid or unreadable (or, with
 * --strict, has warnings); 2 bad usage.
 */
import { isMainModule, runAsScript, withDefaults, type CliIo } from './lib/cli';
import { loadMapFile } from './lib/load-map';
import { formatProblem } from '../src/lib/model/problems';

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { stdout, stderr, cwd, readFile } = withDefaults(io);
  // `--strict` also warns of what a hand-modeled map should not have (statements outside its
  // main part), and then fails on warnings too.
  const strict = argv.includes('--strict');
  const files = argv.filter((arg) => arg !== '--strict');
  if (files.length === 0) {
    stderr.write('usage: npm run validate -- [--strict] FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = await loadMapFile(file, { strict, cwd, readFile });
    if (result.ok && result.warnings !== undefined) {
      failed = true;
      stderr.write(`${file}: ${result.warnings.length} warning(s)\n`);
      for (const warning of result.warnings) stderr.write(`  warning: ${formatProblem(warning)}\n`);
    } else if (result.ok) {
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
