import { loadMapFile } from './lib/load-map';
import { formatProblem } from '../src/lib/model/problems';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE...');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = await loadMapFile(file);
  if (result.ok) {
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
