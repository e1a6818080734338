import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/validate';
import { runMain, spawnScript } from '../../support/cli';

const VALID = 'tests/fixtures/maps/small.json';
const invalid = (name: string) => `tests/fixtures/invalid/${name}`;

/** Runs `npm run validate -- ...files` in-process. */
const validate = (...files: string[]) => runMain(main, files);

describe('npm run validate', () => {
  it('accepts a valid map', async () => {
    expect(await validate(VALID)).toEqual({
      status: 0,
      stdout: `${VALID}: ok (5 nodes, 4 edges)\n`,
      stderr: '',
    });
  });

  it('rejects an invalid map with the path and message on stderr', async () => {
    const file = invalid('edge-missing-node.json');
    expect(await validate(file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${file}: 1 problem(s)\n  $.edges[1].to: edge "e5" points to missing node or edge "ghost"\n`,
    });
  });

  // The one test that starts a real process: exit code, both streams and
  // paths relative to the working directory, as `npm run validate` has them.
  it(
    'reports both files when one is valid and one is not (as a script)',
    { timeout: 30_000 },
    () => {
      const file = invalid('quote-not-verbatim.json');
      const run = spawnScript('scripts/validate.ts', [VALID, file]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(`${VALID}: ok (5 nodes, 4 edges)\n`);
      // The quote check proves the source text was found relative to the map file.
      expect(run.stderr).toBe(
        `${file}: 1 problem(s)\n` +
          '  $.nodes[1].quote: quote is not verbatim in the source text: "Trees cool the streets in winter"' +
          ' (it departs from the source after "Trees cool the streets in ")\n',
      );
    },
  );

  it('reports every invalid fixture in one run', async () => {
    const expected: [string, string][] = [
      ['malformed.json', `line 18, column 15: invalid JSON: Unexpected token ','`],
      ['self-loop.json', '$.edges[4]: edge "e5" is a self-loop on "cooling"'],
      ['proto-key.json', '$.nodes[1]: unknown property "__proto__"'],
      ['wrong-schema-version.json', '$.schemaVersion: must be 2 (found 99)'],
    ];
    const run = await validate(...expected.map(([name]) => invalid(name)));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    for (const [name, line] of expected) {
      expect(run.stderr).toContain(`${invalid(name)}: 1 problem(s)\n  ${line}\n`);
    }
  });

  it('with --strict, passes the letter and warns of a statement outside the main part', async () => {
    const letter = await validate('--strict', 'data/maps/three-takeaways.json');
    expect(letter.status).toBe(0);
    const strict = await validate('--strict', 'tests/fixtures/strict/disconnected-node.json');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe(
      'tests/fixtures/strict/disconnected-node.json: 1 warning(s)\n' +
        '  warning: $.nodes[5]: node "island" is not connected to the rest of the map\n',
    );
    const loose = await validate('tests/fixtures/strict/disconnected-node.json');
    expect(loose.status).toBe(0);
  });

  it('reports a missing file', async () => {
    const run = await validate('tests/fixtures/maps/nope.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tests/fixtures/maps/nope.json: cannot read:');
    expect(run.stderr).toContain('ENOENT');
  });

  it('prints usage and exits 2 without arguments', async () => {
    expect(await validate()).toEqual({
      status: 2,
      stdout: '',
      stderr: 'usage: npm run validate -- [--strict] FILE...\n',
    });
  });
});
