import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/export';
import { exportDot } from '../../../src/lib/io/exporters/dot';
import { exportJson } from '../../../src/lib/io/exporters/json';
import { exportArgdown } from '../../../src/lib/io/exporters/argdown';
import { exportKialo } from '../../../src/lib/io/exporters/kialo';
import { importAif } from '../../../src/lib/io/importers/aif';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { importKialo } from '../../../src/lib/io/importers/kialo';
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
      'tests/fixtures/invalid/edge-missing-node.json: 1 problem(s), read as Warrant JSON; nothing exported\n' +
        '  $.edges[1].to: edge "e5" points to missing node or edge "ghost"\n',
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
    const out = join(scratch, 'small.bmp');
    const result = await exportCli('tests/fixtures/maps/small.json', '--to', 'bmp', '-o', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown format "bmp"');
    for (const id of ['json', 'aif', 'argdown', 'graphml', 'dot', 'md', 'kialo']) {
      expect(result.stderr).toContain(`${id} (`);
    }
    expect(result.stderr).toContain('--to png [--size');
    expect(existsSync(out)).toBe(false);
  });

  // Drawing images needs the built app and Chromium: tests/browser/export-cli.test.ts.
  it.each([
    [['--to', 'png', '--size', '5x'], '--size "5x" is not one of: slide, 1x, 2x'],
    [['--to', 'png', '--background', 'pink'], '--background "pink" is not one of: white'],
    [['--to', 'pdf', '--page', 'a3'], '--page "a3" is not one of: a4, letter, fit'],
    [['--to', 'pdf', '--poster'], '--poster needs --page a4 or --page letter'],
    [['--to', 'pdf', '--orientation', 'up'], '--orientation "up" is not one of'],
  ])('refuses bad image options %j with exit 2 before drawing anything', async (args, message) => {
    const out = join(scratch, 'bad-option');
    const result = await exportCli('tests/fixtures/maps/small.json', ...args, '-o', out);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('prints usage with exit 2 when --to or the map is missing', async () => {
    expect((await exportCli('tests/fixtures/maps/small.json')).status).toBe(2);
    const result = await exportCli('--to', 'md');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'usage: npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]',
    );
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
      'usage: npm run export -- FILE --to FORMAT [--from FORMAT] [-o OUT]\n' +
        'formats: json (Warrant JSON), aif (AIF JSON (AIFdb, OVA)), argdown (Argdown), ' +
        'graphml (GraphML (yEd, Gephi)), dot (Graphviz DOT), md (Markdown outline), kialo (Kialo discussion (text))\n' +
        'images (drawn by the built app in Chromium; run `npm run build` first):\n' +
        '  --to png [--size slide|1x|2x|3x|4x|1920px|3840px|7680px|WIDTH] [--background white|transparent]\n' +
        '  --to pdf [--page a4|letter|fit] [--orientation landscape|portrait] [--poster]\n' +
        '  --to svg; any of them [--no-legend]. Default file: MAP-ID-whole.EXT\n' +
        'input formats (found by content and file ending; --from to choose one): ' +
        'warrant (Warrant JSON), aif (AIF JSON (AIFdb, OVA)), xaif (xAIF JSON (AIF with OVA layout)), ' +
        'ova2 (OVA2 JSON (OVA2 and ReCAP save file)), ova3 (OVA3 JSON (OVA3 save file)), ' +
        'kialo (Kialo discussion export), argdown (Argdown)\n',
    );
  });
});

/** A fixture's text, and the map its own importer makes of it. */
const fixtureText = (path: string) => readFileSync(path, 'utf8');

describe('npm run export, from every format Warrant imports', () => {
  it('reads Kialo, Argdown and each AIF format by content and writes the format asked for', async () => {
    const kialo = importKialo(fixtureText('tests/fixtures/kialo/numbered.txt'), { id: 'numbered' });
    const argdown = await importArgdown(fixtureText('tests/fixtures/argdown/relations.argdown'), {
      id: 'relations',
      fileName: 'relations.argdown',
    });
    const aif = importAif(fixtureText('tests/fixtures/aif/araucariadb_nodeset10.json'), {
      id: 'araucariadb_nodeset10',
    });
    if (!kialo.ok || !argdown.ok || !aif.ok) throw new Error('the fixtures do not import');
    const cases: [string, string, string][] = [
      ['tests/fixtures/kialo/numbered.txt', 'argdown', exportArgdown(kialo.value)],
      ['tests/fixtures/argdown/relations.argdown', 'kialo', exportKialo(argdown.value)],
      ['tests/fixtures/aif/araucariadb_nodeset10.json', 'json', exportJson(aif.value)],
    ];
    for (const [file, to, expected] of cases) {
      expect(await exportCli(file, '--to', to)).toEqual({
        status: 0,
        stdout: expected,
        stderr: '',
      });
    }
    for (const [file, label] of [
      ['tests/fixtures/aif/arguebufts_xaif.json', 'xAIF JSON (AIF with OVA layout)'],
      [
        'tests/fixtures/aif/real/microtexts_nodeset6361_ova2.json',
        'OVA2 JSON (OVA2 and ReCAP save file)',
      ],
      ['tests/fixtures/aif/real/ova3_internal_db_22303.json', 'OVA3 JSON (OVA3 save file)'],
    ] as const) {
      const out = join(scratch, `${label.split(' ')[0]}.json`);
      const result = await exportCli(file, '--to', 'json', '-o', out);
      expect(result.status, file).toBe(0);
      // Read back as what it now is: a Warrant map.
      const back = await exportCli(out, '--to', 'json');
      expect(back.stdout).toBe(readFileSync(out, 'utf8'));
    }
  });

  it('goes by content when the ending says another format', async () => {
    const out = join(scratch, 'numbered-as.json');
    const text = fixtureText('tests/fixtures/kialo/numbered.txt');
    const result = await runMain(main, ['discussion.json', '--to', 'json', '-o', out], {
      readFile: async () => text,
    });
    expect(result).toEqual({
      status: 0,
      stdout: '',
      stderr: `discussion.json: wrote Warrant JSON to ${out}\n`,
    });
    const expected = importKialo(text, { id: 'discussion' });
    expect(expected.ok && readFileSync(out, 'utf8')).toBe(
      expected.ok && exportJson(expected.value),
    );
  });

  it('lists what the import leaves out, and still exports', async () => {
    const file = 'tests/fixtures/aif/constructs/dialogue-only.json';
    const result = await exportCli(file, '--to', 'md');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toBe('');
    expect(result.stderr).toBe(
      `${file}: 2 warning(s), read as AIF JSON (AIFdb, OVA)\n` +
        '  warning: $.nodes: this file has no inferences (RA or CA nodes): its 2 propositions open as unconnected statements\n' +
        '  warning: $.nodes: the dialogue is not shown: 2 locutions (L), 2 illocutions (YA), 1 transition (TA); 2 statements name their speakers as holder\n',
    );
  });

  it('refuses a broken file: exit 1, the format it was read as, the problem and where, no output', async () => {
    const cases: [string, string][] = [
      [
        'tests/fixtures/kialo/no-claims.txt',
        'tests/fixtures/kialo/no-claims.txt: 1 problem(s), read as Kialo discussion export; nothing exported\n' +
          '  line 1: the discussion has a title but no claims: expected numbered lines such as "1. …" and "1.1. Pro: …" after it\n',
      ],
      [
        'tests/fixtures/aif/constructs/empty.json',
        'tests/fixtures/aif/constructs/empty.json: 1 problem(s), read as AIF JSON (AIFdb, OVA); nothing exported\n' +
          '  $.nodes: this AIF file is empty: it has no nodes\n',
      ],
      [
        'tests/fixtures/argdown/real/cli_include-test.argdown',
        'tests/fixtures/argdown/real/cli_include-test.argdown: 1 problem(s), read as Argdown; nothing exported\n' +
          '  line 3, column 1: @include reads other files, which Warrant cannot do when it opens one file; paste the included text in its place\n',
      ],
    ];
    for (const [file, stderr] of cases) {
      const out = join(scratch, 'refused.json');
      expect(await exportCli(file, '--to', 'json', '-o', out)).toEqual({
        status: 1,
        stdout: '',
        stderr,
      });
      expect(await exportCli(file, '--to', 'json')).toEqual({ status: 1, stdout: '', stderr });
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses an empty or UTF-16 file as such, under no format', async () => {
    const utf16 = new TextDecoder().decode(Buffer.from('\uFEFFDiscussion Title: x\n', 'utf16le'));
    for (const [text, why] of [
      ['', 'is empty'],
      [utf16, 'is UTF-16 text, and Warrant reads UTF-8'],
    ] as const) {
      const result = await runMain(main, ['notes.txt', '--to', 'json'], {
        readFile: async () => text,
      });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^notes\\.txt: 1 problem\\(s\\); nothing exported\\n  notes\\.txt: ${why}`),
      );
    }
  });

  it('reads the file as --from says, and refuses an unknown input format with exit 2', async () => {
    const file = 'tests/fixtures/kialo/numbered.txt';
    const forced = await exportCli(file, '--from', 'argdown', '--to', 'json');
    // Judged by Argdown's rules, as asked: the Kialo text's indented line is not Argdown.
    expect(forced).toEqual({
      status: 1,
      stdout: '',
      stderr:
        `${file}: 1 problem(s), read as Argdown; nothing exported\n` +
        '  line 9, column 49: expected less indentation but found "<https://example.org/roots>"\n',
    });
    const unknown = await exportCli(file, '--from', 'docx', '--to', 'json');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(
      /^unknown input format "docx"\ninput formats: warrant \(Warrant JSON\), /,
    );
  });
});
