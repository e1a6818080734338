import { readFileSync } from 'node:fs';
import type { ArgumentMap } from '../../src/lib/model/types';
import { migrate } from '../../src/lib/model/migrate';

/**
 * Reads a map file, by path from the repository root, without validating it.
 * Older format versions are migrated, as the app does on reading.
 */
export const readMap = (path: string): ArgumentMap =>
  migrate(
    JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')),
  ) as ArgumentMap;

/** The shipped letter map. */
export const letterMap = readMap('data/maps/three-takeaways.json');
/** The five-node fixture most tests use. */
export const smallMap = readMap('tests/fixtures/maps/small.json');
