/**
 * Exports a map to another format:
 *   npm run export -- MAP.json --to FORMAT [-o FILE]
 * Exit codes: 0 written; 1 the map is invalid or cannot be read or written
 * (nothing is written); 2 bad usage or unknown format.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadMapFile } from './lib/load-map';
import { dataExporters, findExporter } from '../src/lib/io/exporters/registry';
import { formatProblem } from '../src/lib/model/problems';

const formats = dataExporters.map((exporter) => `${exporter.id} (${exporter.label})`).join(', ');
const usage = `usage: npm run export -- MAP.json --to FORMAT [-o FILE]\nformats: ${formats}`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      to: { type: 'string', short: 't' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
}
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (file === undefined || extra.length > 0 || args.values.to === undefined) fail(usage, 2);
const exporter = findExporter(args.values.to);
if (exporter === undefined) fail(`unknown format "${args.values.to}"\nformats: ${formats}`, 2);

const result = await loadMapFile(file);
if (!result.ok) {
  console.error(`${file}: ${result.problems.length} problem(s); nothing exported`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}

// Exported in full before anything is opened, so a failure leaves no partial file.
let text: string;
try {
  text = exporter.run(result.value);
} catch (error) {
  fail(`${file}: export to ${exporter.id} failed: ${String(error)}`, 1);
}
const output = args.values.output;
if (output === undefined) {
  // No process.exit() on success: a large export piped to another program must drain first.
  process.stdout.write(text);
} else {
  try {
    await writeFile(output, text, 'utf8');
  } catch (error) {
    fail(`cannot write ${output}: ${String(error)}`, 1);
  }
  console.error(`${file}: wrote ${exporter.label} to ${output}`);
}
