/** What the Argdown importer refuses, and what it says: where, in words, and safely. */
import { describe, expect, it } from 'vitest';
import { importArgdown } from '../../../src/lib/io/importers/argdown';
import { syntaxMessage } from '../../../src/lib/io/importers/argdown-messages';
import type { ArgumentMap } from '../../../src/lib/model/types';
import type { Problem, Result } from '../../../src/lib/model/problems';

async function problemsOf(text: string, fileName = 'test.argdown'): Promise<Problem[]> {
  const result: Result<ArgumentMap> = await importArgdown(text, { fileName });
  if (result.ok) throw new Error(`imported, but should not have: ${text}`);
  return result.problems;
}

describe('refused Argdown, with line and column', () => {
  it.each([
    [
      'a syntax error',
      '[A]: text\n\n<B>\n\n(1) p\n----\n',
      'line 6, column 5',
      'expected a numbered statement such as "(2) text" but found the end of the text',
    ],
    [
      'invalid inline data',
      '[A]: a {x: [1,}\n',
      'line 1, column 15',
      'this inline data is not valid YAML: missed comma between flow collection entries',
    ],
    [
      'invalid front matter',
      '===\ntitle: [unclosed\n===\n\n[A]: a\n',
      'line 3, column 1',
      'the front matter is not valid YAML: unexpected end of the stream within a flow collection',
    ],
    [
      '@include',
      '[A]: a\n\n  @include(other.argdown)\n',
      'line 3, column 3',
      '@include reads other files, which Warrant cannot do when it opens one file; paste the included text in its place',
    ],
    [
      'an empty file',
      '   \n\n',
      'line 1, column 1',
      'there is no Argdown text to read: it is empty',
    ],
    [
      'only a comment',
      '// only a comment\n',
      'line 1, column 18',
      'expected Argdown here: a statement ("[Title]: text"), an argument ("<Title>: text"), a heading or text',
    ],
  ])('%s', async (_what, text, path, message) => {
    expect(await problemsOf(text)).toEqual([{ path, message }]);
  });

  it('reports the errors of every Markdown block, at the file’s own lines', async () => {
    const problems = await problemsOf(
      'x\n```argdown\n[A]: a\n  + [B\n```\n\n```argdown\n[C]: c\n  - \n```\n',
      'notes.md',
    );
    expect(problems.map((p) => p.path)).toEqual(['line 9, column 3']);
    expect(problems[0]!.message).toMatch(/^Missing relation content\./);
  });

  it('refuses Markdown without an Argdown block', async () => {
    expect(await problemsOf('# Title\n\n```js\nconst x = 1;\n```\n', 'notes.md')).toEqual([
      {
        path: 'line 1, column 1',
        message: 'this Markdown file has no ```argdown or ```argdown-map code block to read',
      },
    ]);
  });

  it('refuses relations nested deeper than it can parse', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `${' '.repeat(i + 1)}+ [B${i}]: b`);
    expect(await problemsOf(`[A]: a\n${lines.join('\n')}\n`)).toEqual([
      {
        path: 'line 101, column 101',
        message: 'relations are nested more than 100 levels deep here; Warrant reads at most 100',
      },
    ]);
  });

  it('refuses more Argdown than it reads in well under a second, naming the limit', async () => {
    expect(await problemsOf(`[A]: ${'x'.repeat(140_000)}`)).toEqual([
      {
        path: 'line 1, column 1',
        message:
          'the Argdown text is 140005 characters long; Warrant reads at most 131072 (128 KiB)',
      },
    ]);
  });

  it('never puts control characters from the file into a message', async () => {
    expect(syntaxMessage("Expecting --> EOF <-- but found --> '\u001b[31m' <--")).toBe(
      'cannot read "\\u001b[31m" here',
    );
    expect(syntaxMessage('Invalid \u0007 thing\u2028here')).toBe(
      'Invalid \\u0007 thing\\u2028here',
    );
    const hostile = '\u001b]0;x\u0007\n\n[A]: a {x: "\u0007\u001b[31m}\n  ++ [B\u0085]\n';
    const problems = await problemsOf(hostile);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(problem.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('warns, and imports the rest, when an inference concludes its only premise', async () => {
    const result = await importArgdown('<A>\n\n(1) [A]: p\n----\n(2) [A]\n');
    expect(result.ok && result.warnings).toEqual([
      {
        path: 'line 4, column 1',
        message: 'an inference of <A> was left out: its conclusion is its only premise',
      },
    ]);
  });
});
