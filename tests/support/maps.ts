import { readFileSync } from 'node:fs';
import type { ArgumentMap } from '../../src/lib/model/types';
import { migrate } from '../../src/lib/model/migrate';
import { deepFreeze } from './freeze';

/**
 * Reads a map file, by path from the repository root, without validating it.
 * Older format versions are migrated, as the app does on reading. A fresh
 * copy each call.
 */
export const readMap = (path: string): ArgumentMap =>
  migrate(
    JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')),
  ) as ArgumentMap;

/** The shipped letter map. Frozen: shared by every test file; `readMap` gives a copy to change. */
export const letterMap = deepFreeze(readMap('data/maps/three-takeaways.json'));
/** The five-node fixture most tests use. Frozen, like `letterMap`. */
export const smallMap = deepFreeze(readMap('tests/fixtures/maps/small.json'));
