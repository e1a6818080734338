/**
 * Each construct of the AIF family, and a few real files, imported and
 * compared byte for byte with a reviewed golden result (map and warnings,
 * or the problems). Goldens are rewritten only on request:
 *   UPDATE_GOLDENS=1 npx vitest run --project unit tests/unit/io/importer-aif-golden.test.ts
 * then read the diff before committing it.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAif } from '../../../src/lib/io/importers/aif';
import { toPrettyJson } from '../../../src/lib/io/text';
import { repoPath } from './export-helpers';

const UPDATE = process.env.UPDATE_GOLDENS === '1';
const CONSTRUCTS = 'tests/fixtures/aif/constructs';

/** Real files whose whole result is worth pinning: one per dialect, and the refusals. */
const REAL = [
  'araucariadb_nodeset10.json',
  'microtexts_nodeset6361_aif.json',
  'microtexts_nodeset6361_ova2.json',
  'papa_rebut_undercut.json',
  'ova3_internal_db_22303.json',
  'recap_query_dog2.json',
  'arguebufts_xaif_empty.json',
  'ach_corp_esp_schemes.json',
  'quirk_dialam_columnar_17918.json',
  'quirk_hgr_rules_19868_hevy.json',
];

const inputs = [
  ...readdirSync(repoPath(CONSTRUCTS))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => `${CONSTRUCTS}/${file}`),
  ...REAL.map((file) => `tests/fixtures/aif/real/${file}`),
];

describe('AIF import goldens', () => {
  it.each(inputs)('%s', (input) => {
    const name = input
      .split('/')
      .pop()!
      .replace(/\.json$/, '');
    const golden = repoPath(`tests/fixtures/aif/golden/${name}.result.json`);
    const output = toPrettyJson(importAif(readFileSync(repoPath(input), 'utf8'), { id: name }));
    if (UPDATE) writeFileSync(golden, output, 'utf8');
    if (!existsSync(golden)) {
      throw new Error(`missing golden ${golden}; create it with UPDATE_GOLDENS=1 and review it`);
    }
    expect(output).toBe(readFileSync(golden, 'utf8'));
  });
});
