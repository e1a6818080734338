import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/lib/io/exporters/json';
import { validateMap } from '../../../src/lib/model/validate';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { loadValidMap } from './export-helpers';

const medium = await loadValidMap('tests/fixtures/maps/medium.json');

/** The same map with every object's keys reversed, as an editor might build it. */
function scramble(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scramble);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, scramble(inner)]),
    );
  }
  return value;
}

describe('json exporter', () => {
  it('round-trips to an equal map that still validates', () => {
    const text = exportJson(medium);
    const back = JSON.parse(text) as unknown;
    expect(back).toEqual(medium);
    expect(validateMap(back).ok).toBe(true);
  });

  it('writes the schema key order whatever order the object has', () => {
    const scrambled = scramble(medium) as ArgumentMap;
    expect(Object.keys(scrambled)[0]).toBe('edges');
    const text = exportJson(scrambled);
    expect(text).toBe(exportJson(medium));
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'schemaVersion',
      'id',
      'title',
      'description',
      'source',
      'sections',
      'nodes',
      'edges',
    ]);
    const missouri = (JSON.parse(text) as ArgumentMap).nodes.find((n) => n.id === 'missouri')!;
    expect(Object.keys(missouri)).toEqual([
      'id',
      'kind',
      'label',
      'quote',
      'section',
      'order',
      'citation',
    ]);
    expect(Object.keys(missouri.citation!)).toEqual([
      'footnote',
      'author',
      'title',
      'publication',
      'date',
      'url',
      'note',
    ]);
  });

  it('pretty-prints with two spaces and one trailing newline', () => {
    const text = exportJson(medium);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('drops properties the schema does not know, so the export re-validates', () => {
    const extra = {
      ...medium,
      viewState: { zoom: 2 },
      nodes: medium.nodes.map((node) => ({ ...node, selected: true })),
    } as ArgumentMap;
    const back = JSON.parse(exportJson(extra)) as unknown;
    expect(back).toEqual(medium);
    expect(validateMap(back).ok).toBe(true);
  });
});
