/**
 * Every text format of the small fixture, and of the format-2 fixtures (linked
 * premises, an unstated premise, an undercut and a backing), compared byte for
 * byte with a reviewed golden file. Goldens are rewritten only on request:
 *   UPDATE_GOLDENS=1 npx vitest run --project unit tests/unit/io/exporters-golden.test.ts
 * then read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataExporters, findExporter } from '../../../src/lib/io/exporters/registry';
import { loadValidMap, repoPath } from './export-helpers';

const UPDATE = process.env.UPDATE_GOLDENS === '1';
const small = await loadValidMap('tests/fixtures/maps/small.json');
const FIXTURES = {
  small,
  linked: await loadValidMap('tests/fixtures/v2/linked.json'),
  backing: await loadValidMap('tests/fixtures/v2/backing.json'),
};

describe('golden exports', () => {
  it.each(
    Object.entries(FIXTURES).flatMap(([name, map]) =>
      dataExporters.map((exporter) => [`${name}.${exporter.extension}`, map, exporter] as const),
    ),
  )('%s matches its golden file', (golden, map, exporter) => {
    const file = repoPath(`tests/fixtures/export/golden/${golden}`);
    const output = exporter.run(map);
    if (UPDATE) writeFileSync(file, output, 'utf8');
    if (!existsSync(file)) {
      throw new Error(`missing golden ${file}; create it with UPDATE_GOLDENS=1 and review it`);
    }
    expect(output).toBe(readFileSync(file, 'utf8'));
  });

  it('is deterministic: a second run gives the same bytes', () => {
    for (const map of Object.values(FIXTURES)) {
      for (const exporter of dataExporters) {
        expect(exporter.run(structuredClone(map))).toBe(exporter.run(map));
      }
    }
  });
});

describe('golden Argdown exports of the format-2 fixtures', () => {
  // Linked premises, undercuts and backings: what small.json does not have.
  it.each(['linked', 'undercut', 'backing'])('v2/%s.json matches its golden file', async (name) => {
    const map = await loadValidMap(`tests/fixtures/v2/${name}.json`);
    const file = repoPath(`tests/fixtures/export/golden/v2-${name}.argdown`);
    const output = findExporter('argdown')!.run(map);
    if (UPDATE) writeFileSync(file, output, 'utf8');
    if (!existsSync(file)) {
      throw new Error(`missing golden ${file}; create it with UPDATE_GOLDENS=1 and review it`);
    }
    expect(output).toBe(readFileSync(file, 'utf8'));
  });
});

describe('registry', () => {
  it('lists the seven text formats once each, with distinct extensions', () => {
    expect(dataExporters.map((exporter) => exporter.id)).toEqual([
      'json',
      'aif',
      'argdown',
      'graphml',
      'dot',
      'md',
      'kialo',
    ]);
    const extensions = dataExporters.map((exporter) => exporter.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const exporter of dataExporters) {
      expect(exporter.extension).not.toMatch(/^\./);
      expect(exporter.mime).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(exporter.label).not.toBe('');
    }
  });

  it('finds exporters by id and nothing else', () => {
    expect(findExporter('md')?.extension).toBe('md');
    expect(findExporter('aif')?.extension).toBe('aif.json');
    expect(findExporter('markdown')).toBeUndefined();
    expect(findExporter('__proto__')).toBeUndefined();
    expect(findExporter('')).toBeUndefined();
  });
});
