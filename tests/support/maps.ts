import { readFileSync } from 'node:fs';
import type { ArgumentMap } from '../../src/lib/model/types';

/** Reads a map file, by path from the repository root, without validating it. */
export const readMap = (path: string): ArgumentMap =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as ArgumentMap;

/** The shipped letter map. */
export const letterMap = readMap('data/maps/three-takeaways.json');
/** The five-node fixture most tests use. */
export const smallMap = readMap('tests/fixtures/maps/small.json');
