/**
 * Checks map files, in any format Warrant imports:
 *   npm run validate -- [--strict] [--from FORMAT] FILE...
 * Exit codes: 0 all valid; 1 a file is invalid or unreadable (or, with
 * --strict, has warnings); 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { isMainModule, runAsScript, withDefaults, type CliIo } from './lib/cli';
import { inputFormatsUsage, readMapFile, unknownInputFormat } from './lib/read-map';
import { formatProblem } from '../src/lib/model/problems';

const usage = () =>
  `usage: npm run validate -- [--strict] [--from FORMAT] FILE...\n${inputFormatsUsage()}`;

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      // Also warn of what a hand-modeled map should not have (statements outside its
      // main part), and then fail on warnings too.
      strict: { type: 'boolean' },
      from: { type: 'string', short: 'f' },
    },
  });

/** `, read as Kialo discussion export`, when a format was chosen. */
const readAs = (format: string | undefined) => (format === undefined ? '' : `, read as ${format}`);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { stdout, stderr, cwd, readFile } = withDefaults(io);
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage()}\n`);
    return 2;
  }
  const { strict = false, from } = args.values;
  const files = args.positionals;
  const unknown = unknownInputFormat(from);
  if (files.length === 0 || unknown !== undefined) {
    stderr.write(`${unknown ?? usage()}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const result = await readMapFile(file, {
      strict,
      cwd,
      readFile,
      ...(from === undefined ? {} : { from }),
    });
    if (!result.ok) {
      failed = true;
      stderr.write(`${file}: ${result.problems.length} problem(s)${readAs(result.format)}\n`);
      for (const problem of result.problems) stderr.write(`  ${formatProblem(problem)}\n`);
      continue;
    }
    const { nodes, edges } = result.value;
    if (result.warnings === undefined || !strict) {
      stdout.write(
        `${file}: ok (${nodes.length} nodes, ${edges.length} edges)${readAs(result.format)}\n`,
      );
    }
    if (result.warnings !== undefined) {
      // Without --strict, warnings are an importer's notes of what the map could not carry.
      failed ||= strict;
      stderr.write(`${file}: ${result.warnings.length} warning(s)${readAs(result.format)}\n`);
      for (const warning of result.warnings) stderr.write(`  warning: ${formatProblem(warning)}\n`);
    }
  }
  return failed ? 1 : 0;
}

if (isMainModule(import.meta.url)) await runAsScript(main);
