import { describe, expect, it } from 'vitest';
import { formatImportLoads, type ImportLoad } from '../../../bench/import-loads';
import { aifInput, kialoInput } from '../../../bench/import-inputs';
import { summarize } from '../../../bench/report';
import type { RunResult } from '../../../bench/measure';

const run = (drawn: number): RunResult => ({
  status: 'ok',
  drawn,
  interactive: drawn,
  layout: drawn / 2,
  layoutEnd: drawn - 10,
  longestTask: 120,
  longTasks: [120],
  nodes: 3499,
  scripts: {},
  jsGzip: 0,
});

const load = (file: string, name: string, drawn: number[]): ImportLoad => ({
  plan: {
    name,
    file,
    bytes: 2048,
    path: `__bench__/${file}`,
    statements: 3499,
    relations: 3687,
    drawnNodes: 3499,
  },
  summary: summarize({ map: name, nodes: 3499, edges: 3687, runs: drawn.map(run) }),
  runs: drawn.map(run),
});

describe('the import row', () => {
  it('judges the Kialo discussion’s median first frame against 4 s', () => {
    const timing = {
      input: 'Kialo, 2800 entries',
      entries: 2800,
      bytes: 2048,
      statements: 3499,
      medianMs: 87.4,
      maxMs: 90,
      medianCpuMs: 85,
    };
    const within = formatImportLoads(
      [load('kialo-2800.txt', 'Kialo, 2800 entries', [3900, 5000, 3000])],
      [timing],
    );
    expect(within).toContain(
      '| Kialo, 2800 entries | 2 KB | 3499 | 3 | 87 ms | 3900 ms | 3000–5000 | 1950 ms | 120 ms |',
    );
    expect(within).toContain(
      'PASS  2,800-entry Kialo discussion first frame ≤ 4000 ms: median 3900 ms',
    );
    const over = formatImportLoads([load('kialo-2800.txt', 'Kialo, 2800 entries', [4100])], []);
    expect(over).toContain(
      'MISS  2,800-entry Kialo discussion first frame ≤ 4000 ms: median 4100 ms',
    );
    expect(formatImportLoads([], [])).toContain('MISS (no data)');
  });

  it('reads the same seeded inputs every time', () => {
    expect(kialoInput().text).toBe(kialoInput().text);
    expect(kialoInput().units).toBe(2800);
    const aif = aifInput();
    expect(aif.text).toBe(aifInput().text);
    expect(aif.units).toBe(2939);
  });
});
