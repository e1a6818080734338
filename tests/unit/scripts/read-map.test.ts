import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../scripts/lib/read-map';
import { repoRoot } from '../../support/cli';

const read = (file: string, options: Parameters<typeof readMapFile>[1] = {}) =>
  readMapFile(file, { cwd: repoRoot, ...options });

describe('readMapFile', () => {
  it('reads a Warrant map and its source text, each once', async () => {
    const paths: string[] = [];
    const result = await read('tests/fixtures/maps/small.json', {
      readFile: (path) => {
        paths.push(path.slice(repoRoot.length));
        return readFile(path, 'utf8');
      },
    });
    expect(result.ok && result.format).toBe('Warrant JSON');
    expect(paths).toEqual(['tests/fixtures/maps/small.json', 'tests/fixtures/maps/small.txt']);
  });

  it('with strict, says once for an imported file which statements lie outside the main part', async () => {
    const file = 'tests/fixtures/aif/real/qt30_dialam_test_map1.json';
    const loose = await read(file);
    const strict = await read(file, { strict: true });
    if (!loose.ok || !strict.ok) throw new Error('the file does not import');
    expect(strict.warnings).toEqual([
      ...(loose.warnings ?? []),
      {
        path: file,
        message:
          '17 statements are not connected to the main part of the argument ("26_163907070207948843", "37_163907070207948843", "43_163907070207948843", "49_163907070207948843", "57_163907070207948843", …); --strict expects one connected argument',
      },
    ]);
    const connected = await read('tests/fixtures/kialo/numbered.txt', { strict: true });
    expect(connected.ok && connected.warnings).toBeUndefined();
  });

  it('names the file as given in problems found before any format is chosen', async () => {
    expect(await read('tests/fixtures/kialo/nothing.txt', { readFile: async () => '\n' })).toEqual({
      ok: false,
      problems: [{ path: 'tests/fixtures/kialo/nothing.txt', message: 'is empty' }],
    });
  });
});
