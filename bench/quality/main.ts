/**
 * `npx tsx bench/quality/main.ts`: the layout-quality table alone, without the
 * timed runs: the letter and the generated maps (BENCH_SIZES, as
 * `npm run bench`), laid out by Warrant in headless Chromium and by Graphviz
 * dot from Warrant's DOT export. Measures the built `dist/`.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { launchChromium, startPreview } from '../../scripts/lib/browser';
import { migrate } from '../../src/lib/model/migrate';
import type { ArgumentMap } from '../../src/lib/model/types';
import { DOT_TIMEOUT_MS, TIMEOUT_MS, sizes } from '../config';
import { generateMap } from '../generate';
import { formatQualityTable } from './report';
import { measureQuality, type QualityPlan } from './run';

const DIR = 'dist/__bench__';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const letter = migrate(
  JSON.parse(await readFile('data/maps/three-takeaways.json', 'utf8')),
) as ArgumentMap;
await mkdir(DIR, { recursive: true });
const server = await startPreview();
const browser = await launchChromium();
try {
  // Everything unfolded: the table is about the whole map's layout.
  const plans: QualityPlan[] = [{ map: 'letter', data: letter, url: `${server.url}#expand=all` }];
  for (const size of sizes()) {
    const data = generateMap(size);
    await writeFile(`${DIR}/quality-${size}.json`, JSON.stringify(data));
    plans.push({
      map: String(size),
      data,
      url: `${server.url}?map=__bench__/quality-${size}.json#expand=all`,
    });
  }
  const rows = await measureQuality(browser, plans, {
    timeoutMs: TIMEOUT_MS,
    dotTimeoutMs: DOT_TIMEOUT_MS,
    log: (line) => console.error(line),
  });
  console.log(formatQualityTable(rows));
} finally {
  await browser.close();
  await server.close();
}
