/**
 * Exports a map, in any format Warrant imports, to another format:
 *   npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]
 * Exit codes: 0 written; 1 the map is invalid or cannot be read or written
 * (nothing is written); 2 bad usage or unknown format.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule, runAsScript, withDefaults, type CliIo } from './lib/cli';
import { inputFormatsUsage, readMapFile, unknownInputFormat } from './lib/read-map';
import { dataExporters, findExporter } from '../src/lib/io/exporters/registry';
import { formatProblem } from '../src/lib/model/problems';

const formats = dataExporters.map((exporter) => `${exporter.id} (${exporter.label})`).join(', ');
const usage = `usage: npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]\nformats: ${formats}\n${inputFormatsUsage()}`;

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string', short: 't' },
      from: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { stdout, stderr, cwd, readFile, writeFile } = withDefaults(io);
  const fail = (message: string, code: number) => {
    stderr.write(`${message}\n`);
    return code;
  };

  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (args.values.help) {
    stdout.write(`${usage}\n`);
    return 0;
  }
  const [file, ...extra] = args.positionals;
  if (file === undefined || extra.length > 0 || args.values.to === undefined) {
    return fail(usage, 2);
  }
  const exporter = findExporter(args.values.to);
  if (exporter === undefined) {
    return fail(`unknown format "${args.values.to}"\nformats: ${formats}`, 2);
  }

  const { from } = args.values;
  const unknown = unknownInputFormat(from);
  if (unknown !== undefined) return fail(unknown, 2);

  const result = await readMapFile(file, { cwd, readFile, ...(from ? { from } : {}) });
  const readAs = result.format === undefined ? '' : `, read as ${result.format}`;
  if (!result.ok) {
    stderr.write(`${file}: ${result.problems.length} problem(s)${readAs}; nothing exported\n`);
    for (const problem of result.problems) stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
  // What the import could not carry over, said before the export goes ahead.
  if (result.warnings !== undefined) {
    stderr.write(`${file}: ${result.warnings.length} warning(s)${readAs}\n`);
    for (const warning of result.warnings) stderr.write(`  warning: ${formatProblem(warning)}\n`);
  }

  // Exported in full before anything is opened, so a failure leaves no partial file.
  let text: string;
  try {
    text = exporter.run(result.value);
  } catch (error) {
    return fail(`${file}: export to ${exporter.id} failed: ${String(error)}`, 1);
  }
  const output = args.values.output;
  if (output === undefined) {
    stdout.write(text);
    return 0;
  }
  try {
    await writeFile(resolve(cwd, output), text);
  } catch (error) {
    return fail(`cannot write ${output}: ${String(error)}`, 1);
  }
  stderr.write(`${file}: wrote ${exporter.label} to ${output}\n`);
  return 0;
}

if (isMainModule(import.meta.url)) await runAsScript(main);
