/**
 * Exports a map, in any format Warrant imports, to another format:
 *   npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]
 * Images (png, svg, pdf) are drawn by the built app (./lib/render-image.ts),
 * loaded only for them.
 * Exit codes: 0 written; 1 the map is invalid or cannot be read or written
 * (nothing is written); 2 bad usage or unknown format.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainModule, runAsScript, withDefaults, type CliIo } from './lib/cli';
import { inputFormatsUsage, readMapFile, unknownInputFormat } from './lib/read-map';
import { IMAGE_CLI_OPTIONS, IMAGE_USAGE, imageOptions, isImageFormat } from './lib/image-options';
import { dataExporters, findExporter } from '../src/lib/io/exporters/registry';
import { formatProblem } from '../src/lib/model/problems';

const formats = dataExporters.map((exporter) => `${exporter.id} (${exporter.label})`).join(', ');
const usage = `usage: npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]\nformats: ${formats}\n${IMAGE_USAGE}\n${inputFormatsUsage()}`;

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    options: {
      to: { type: 'string', short: 't' },
      from: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      ...IMAGE_CLI_OPTIONS,
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
  const to = args.values.to;
  const image = isImageFormat(to) ? imageOptions(to, args.values) : undefined;
  if (image !== undefined && !image.ok) return fail(`${image.message}\n${usage}`, 2);
  const exporter = findExporter(to);
  if (exporter === undefined && image === undefined) {
    return fail(`unknown format "${to}"\nformats: ${formats}\n${IMAGE_USAGE}`, 2);
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

  if (image !== undefined) {
    const { exportImageFile } = await import('./lib/render-image');
    return exportImageFile(result.value, image.value, args.values.output, { cwd, stderr }, file);
  }
  if (exporter === undefined) return fail(usage, 2);

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
