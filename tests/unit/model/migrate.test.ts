import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/lib/model/migrate';
import { validateMap } from '../../../src/lib/model/validate';
import { SCHEMA_VERSION } from '../../../src/lib/model/types';

const dir = (name: string) => new URL(`../../fixtures/${name}/`, import.meta.url).pathname;
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** Version 1 maps as they were written before format 2, with their source texts. */
const V1_SOURCES: Record<string, string> = {
  'small.json': join(dir('v1'), 'small.txt'),
  'medium.json': join(dir('v1'), 'medium.txt'),
  'three-takeaways.json': new URL('../../../data/sources/three-takeaways.txt', import.meta.url)
    .pathname,
};

describe('version 1 maps', () => {
  const files = readdirSync(dir('v1')).filter((file) => file.endsWith('.json'));

  it('has a source text for every version 1 fixture', () => {
    expect(files.sort()).toEqual(Object.keys(V1_SOURCES).sort());
  });

  it.each(files)('%s still opens, migrated to the current version', (file) => {
    const input = json(join(dir('v1'), file));
    expect(input.schemaVersion).toBe(1);
    const result = validateMap(input, { sourceText: readFileSync(V1_SOURCES[file]!, 'utf8') });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.value).toEqual({ ...input, schemaVersion: SCHEMA_VERSION });
  });

  it('migrates by changing the version only, and leaves the input untouched', () => {
    const input = { schemaVersion: 1, id: 'm', nodes: [], edges: [] };
    expect(migrate(input)).toEqual({ schemaVersion: 2, id: 'm', nodes: [], edges: [] });
    expect(input.schemaVersion).toBe(1);
  });

  it('passes anything else through for the validator to judge', () => {
    for (const value of [null, 3, 'x', [], { schemaVersion: 99 }, { schemaVersion: '1' }]) {
      expect(migrate(value)).toBe(value);
    }
  });

  it('keeps a __proto__ key an inert own property', () => {
    const input = JSON.parse('{"schemaVersion": 1, "__proto__": {"polluted": true}}') as object;
    const migrated = migrate(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(migrated)).toBe(Object.prototype);
    expect(Object.hasOwn(migrated, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('version 2 fixtures', () => {
  const files = readdirSync(dir('v2')).filter((file) => file.endsWith('.json'));

  it.each(files)('%s is valid', (file) => {
    const result = validateMap(json(join(dir('v2'), file)));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('warns of a map in several parts under --strict only', () => {
    const parts = json(join(dir('v2'), 'parts.json'));
    expect(validateMap(parts)).toEqual({ ok: true, value: parts });
    const strict = validateMap(parts, { strict: true });
    expect(strict.ok && strict.warnings?.map((warning) => warning.path)).toEqual([
      '$.nodes[2]',
      '$.nodes[3]',
      '$.nodes[4]',
      '$.nodes[5]',
    ]);
  });
});
