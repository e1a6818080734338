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
      stdout: `${VALID}: ok (5 nodes, 4 edges), read as Warrant JSON\n`,
      stderr: '',
    });
  });

  it('rejects an invalid map with the path and message on stderr', async () => {
    const file = invalid('edge-missing-node.json');
    expect(await validate(file)).toEqual({
      status: 1,
      stdout: '',
      stderr: `${file}: 1 problem(s), read as Warrant JSON\n  $.edges[1].to: edge "e5" points to missing node or edge "ghost"\n`,
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
      expect(run.stdout).toBe(`${VALID}: ok (5 nodes, 4 edges), read as Warrant JSON\n`);
      // The quote check proves the source text was found relative to the map file.
      expect(run.stderr).toBe(
        `${file}: 1 problem(s), read as Warrant JSON\n` +
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
      expect(run.stderr).toContain(
        `${invalid(name)}: 1 problem(s), read as Warrant JSON\n  ${line}\n`,
      );
    }
  });

  it('with --strict, passes the letter and warns of a statement outside the main part', async () => {
    const letter = await validate('--strict', 'data/maps/three-takeaways.json');
    expect(letter.status).toBe(0);
    const strict = await validate('--strict', 'tests/fixtures/strict/disconnected-node.json');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toBe(
      'tests/fixtures/strict/disconnected-node.json: 1 warning(s), read as Warrant JSON\n' +
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

  it('prints usage and the input formats, and exits 2, without a file or with an unknown option', async () => {
    const usage =
      'usage: npm run validate -- [--strict] [--from FORMAT] FILE...\n' +
      'input formats (found by content and file ending; --from to choose one): ' +
      'warrant (Warrant JSON), aif (AIF JSON (AIFdb, OVA)), xaif (xAIF JSON (AIF with OVA layout)), ' +
      'ova2 (OVA2 JSON (OVA2 and ReCAP save file)), ova3 (OVA3 JSON (OVA3 save file)), ' +
      'kialo (Kialo discussion export), argdown (Argdown)\n';
    expect(await validate()).toEqual({ status: 2, stdout: '', stderr: usage });
    const unknown = await validate('--fast', VALID);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      `Unknown option '--fast'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- "--fast"\n${usage}`,
    );
  });

  it('accepts every format Warrant imports, found by content, and names it', async () => {
    const files = [
      'tests/fixtures/kialo/numbered.txt',
      'tests/fixtures/argdown/relations.argdown',
      'tests/fixtures/argdown/markdown.md',
      'tests/fixtures/aif/araucariadb_nodeset10.json',
      'tests/fixtures/aif/arguebufts_xaif.json',
      'tests/fixtures/aif/real/microtexts_nodeset6361_ova2.json',
      'tests/fixtures/aif/real/ova3_internal_db_22303.json',
    ];
    const run = await validate(...files);
    expect(run).toEqual({
      status: 0,
      stdout: expect.any(String) as string,
      stderr: expect.any(String) as string,
    });
    expect(
      run.stdout.split('\n').map((line) => line.replace(/ \(\d+ nodes, \d+ edges\)/, '')),
    ).toEqual([
      'tests/fixtures/kialo/numbered.txt: ok, read as Kialo discussion export',
      'tests/fixtures/argdown/relations.argdown: ok, read as Argdown',
      'tests/fixtures/argdown/markdown.md: ok, read as Argdown',
      'tests/fixtures/aif/araucariadb_nodeset10.json: ok, read as AIF JSON (AIFdb, OVA)',
      'tests/fixtures/aif/arguebufts_xaif.json: ok, read as xAIF JSON (AIF with OVA layout)',
      'tests/fixtures/aif/real/microtexts_nodeset6361_ova2.json: ok, read as OVA2 JSON (OVA2 and ReCAP save file)',
      'tests/fixtures/aif/real/ova3_internal_db_22303.json: ok, read as OVA3 JSON (OVA3 save file)',
      '',
    ]);
    expect(run.stdout).toContain('tests/fixtures/kialo/numbered.txt: ok (10 nodes, 10 edges)');
  });

  it('lists what an import leaves out as warnings, failing on them only with --strict', async () => {
    const file = 'tests/fixtures/aif/constructs/dialogue-only.json';
    const warnings =
      `${file}: 2 warning(s), read as AIF JSON (AIFdb, OVA)\n` +
      '  warning: $.nodes: this file has no inferences (RA or CA nodes): its 2 propositions open as unconnected statements\n' +
      '  warning: $.nodes: the dialogue is not shown: 2 locutions (L), 2 illocutions (YA), 1 transition (TA); 2 statements name their speakers as holder\n';
    expect(await validate(file)).toEqual({
      status: 0,
      stdout: `${file}: ok (2 nodes, 0 edges), read as AIF JSON (AIFdb, OVA)\n`,
      stderr: warnings,
    });
    const strict = await validate('--strict', file);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    // --strict adds its own, once for the file: the two statements are not connected.
    expect(strict.stderr).toBe(
      warnings.replace('2 warning(s)', '3 warning(s)') +
        `  warning: ${file}: 1 statement is not connected to the main part of the argument ("22"); --strict expects one connected argument\n`,
    );
  });

  it('names the format a broken file was read as, the problem and where', async () => {
    const run = await validate(
      'tests/fixtures/kialo/no-claims.txt',
      'tests/fixtures/aif/constructs/empty.json',
      'tests/fixtures/argdown/real/cli_include-test.argdown',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'tests/fixtures/kialo/no-claims.txt: 1 problem(s), read as Kialo discussion export\n' +
        '  line 1: the discussion has a title but no claims: expected numbered lines such as "1. …" and "1.1. Pro: …" after it\n' +
        'tests/fixtures/aif/constructs/empty.json: 1 problem(s), read as AIF JSON (AIFdb, OVA)\n' +
        '  $.nodes: this AIF file is empty: it has no nodes\n' +
        'tests/fixtures/argdown/real/cli_include-test.argdown: 1 problem(s), read as Argdown\n' +
        '  line 3, column 1: @include reads other files, which Warrant cannot do when it opens one file; paste the included text in its place\n',
    );
  });

  it('reads a file as the format --from names, and refuses an unknown one with exit 2', async () => {
    const file = 'tests/fixtures/argdown/relations.argdown';
    const forced = await validate('--from', 'kialo', file);
    expect(forced.status).toBe(1);
    expect(forced.stderr).toContain(`${file}: 1 problem(s), read as Kialo discussion export\n`);
    const unknown = await validate('--from', 'pdf', file);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(
      /^unknown input format "pdf"\ninput formats: warrant \(Warrant JSON\), /,
    );
  });
});
