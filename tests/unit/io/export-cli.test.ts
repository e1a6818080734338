import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/export';
import { exportDot } from '../../../src/lib/io/exporters/dot';
import { exportJson } from '../../../src/lib/io/exporters/json';
import { runMain, spawnScript } from '../../support/cli';
import { loadValidMap } from './export-helpers';

const scratch = mkdtempSync(join(tmpdir(), 'warrant-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `npm run export -- ...args` in-process. */
const exportCli = (...args: string[]) => runMain(main, args);

const small = await loadValidMap('tests/fixtures/maps/small.json');

describe('npm run export', () => {
  it('writes the requested format to -o', async () => {
    const out = join(scratch, 'small.dot');
    const result = await exportCli('tests/fixtures/maps/small.json', '--to', 'dot', '-o', out);
    expect(result.stderr).toContain('wrote Graphviz DOT');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(exportDot(small));
  });

  // The one test that starts a real process: exit code and an output that
  // drains through a pipe, as `npm run export` has them.
  it('prints to stdout without -o (as a script)', { timeout: 30_000 }, () => {
    const result = spawnScript('scripts/export.ts', [
      'tests/fixtures/maps/small.json',
      '--to=json',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(exportJson(small));
  });

  it('refuses an invalid map: exit 1, the validator’s message and path, no file', async () => {
    const out = join(scratch, 'invalid.dot');
    const result = await exportCli(
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

  it('refuses an unreadable map with exit 1', async () => {
    const out = join(scratch, 'missing.md');
    const result = await exportCli('tests/fixtures/maps/no-such-map.json', '--to', 'md', '-o', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read/);
    expect(existsSync(out)).toBe(false);
  });

  it('rejects an unknown format with exit 2 and lists the formats', async () => {
    const out = join(scratch, 'small.pdf');
    const result = await exportCli('tests/fixtures/maps/small.json', '--to', 'pdf', '-o', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "pdf"');
    for (const id of ['json', 'aif', 'argdown', 'graphml', 'dot', 'md', 'kialo']) {
      expect(result.stderr).toContain(`${id} (`);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('prints usage with exit 2 when --to or the map is missing', async () => {
    expect((await exportCli('tests/fixtures/maps/small.json')).status).toBe(2);
    const result = await exportCli('--to', 'md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run export -- MAP.json --to FORMAT [-o FILE]');
  });

  it('reports a failed write with exit 1 and the file named as given', async () => {
    const result = await runMain(
      main,
      ['tests/fixtures/maps/small.json', '--to', 'md', '-o', 'out.md'],
      {
        writeFile: () => Promise.reject(new Error('EACCES: permission denied')),
      },
    );
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr: 'cannot write out.md: Error: EACCES: permission denied\n',
    });
  });

  it('prints usage and the formats on stdout with --help, exit 0', async () => {
    const result = await exportCli('--help');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      'usage: npm run export -- MAP.json --to FORMAT [-o FILE]\n' +
        'formats: json (Warrant JSON), aif (AIF JSON (AIFdb, OVA)), argdown (Argdown), ' +
        'graphml (GraphML (yEd, Gephi)), dot (Graphviz DOT), md (Markdown outline), kialo (Kialo discussion (text))\n',
    );
  });
});
