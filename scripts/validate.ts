import { loadMapFile } from './lib/load-map';
import { formatProblem } from '../src/lib/model/problems';

// `--strict` also warns of what a hand-modeled map should not have (statements outside its
// main part), and then fails on warnings too.
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const files = args.filter((arg) => arg !== '--strict');
if (files.length === 0) {
  console.error('usage: npm run validate -- [--strict] FILE...');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await loadMapFile(file, { strict });
  if (result.ok && result.warnings !== undefined) {
    failed = true;
    console.error(`${file}: ${result.warnings.length} warning(s)`);
    for (const warning of result.warnings) console.error(`  warning: ${formatProblem(warning)}`);
  } else if (result.ok) {
    console.log(
      `${file}: ok (${result.value.nodes.length} nodes, ${result.value.edges.length} edges)`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
