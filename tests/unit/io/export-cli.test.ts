import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDot } from '../../../src/lib/io/exporters/dot';
import { exportJson } from '../../../src/lib/io/exporters/json';
import { loadValidMap, repoPath } from './export-helpers';

const scratch = mkdtempSync(join(tmpdir(), 'warrant-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the CLI the way `npm run export --` does, minus npm's start-up time. */
function exportCli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], {
    cwd: repoPath(''),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.error !== undefined) throw result.error;
  return result;
}

const small = await loadValidMap('tests/fixtures/maps/small.json');

describe('npm run export', () => {
  it('writes the requested format to -o', () => {
    const out = join(scratch, 'small.dot');
    const result = exportCli('tests/fixtures/maps/small.json', '--to', 'dot', '-o', out);
    expect(result.stderr).toContain('wrote Graphviz DOT');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(exportDot(small));
  });

  it('prints to stdout without -o', () => {
    const result = exportCli('tests/fixtures/maps/small.json', '--to=json');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(exportJson(small));
  });

  it('refuses an invalid map: exit 1, the validator’s message and path, no file', () => {
    const out = join(scratch, 'invalid.dot');
    const result = exportCli(
      'tests/fixtures/invalid/edge-missing-node.json',
      '--to',
      'dot',
      '-o',
      out,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '$.edges[1].to: edge "e5" points to missing node or edge "ghost"',
    );
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unreadable map with exit 1', () => {
    const out = join(scratch, 'missing.md');
    const result = exportCli('tests/fixtures/maps/no-such-map.json', '--to', 'md', '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unknown format with exit 2 and lists the formats', () => {
    const out = join(scratch, 'small.pdf');
    const result = exportCli('tests/fixtures/maps/small.json', '--to', 'pdf', '-o', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "pdf"');
    for (const id of ['json', 'aif', 'argdown', 'graphml', 'dot', 'md', 'kialo']) {
      expect(result.stderr).toContain(`${id} (`);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('prints usage with exit 2 when --to or the map is missing', () => {
    expect(exportCli('tests/fixtures/maps/small.json').status).toBe(2);
    const result = exportCli('--to', 'md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run export -- MAP.json --to FORMAT [-o FILE]');
  });
});
