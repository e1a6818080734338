import { describe, expect, it } from 'vitest';
import { formatProblem, pointerToPath } from '../../../src/lib/model/problems';

describe('pointerToPath', () => {
  it.each([
    ['', '$'],
    ['/nodes', '$.nodes'],
    ['/nodes/3/id', '$.nodes[3].id'],
    ['/edges/12/to', '$.edges[12].to'],
    ['/nodes/0/citation/footnote/1', '$.nodes[0].citation.footnote[1]'],
    // Identifiers may hold digits, `_` and `$` after the first character.
    ['/a1/_b/$c/d2e', '$.a1._b.$c.d2e'],
    // RFC 6901 escapes: `~1` is `/`, `~0` is `~`, and `~01` is the literal `~1`.
    ['/a~1b', '$["a/b"]'],
    ['/a~0b', '$["a~b"]'],
    ['/~01', '$["~1"]'],
    ['/~10', '$["/0"]'],
    // Anything that is not an identifier is quoted as JSON.
    ['/with space', '$["with space"]'],
    ['/1st', '$["1st"]'],
    ['/a-b/c.d', '$["a-b"]["c.d"]'],
    ['/say "hi"', '$["say \\"hi\\""]'],
    ['/', '$[""]'],
    ['/nodes//id', '$.nodes[""].id'],
    ['/__proto__', '$.__proto__'],
  ])('%j → %s', (pointer, path) => {
    expect(pointerToPath(pointer)).toBe(path);
  });
});

describe('formatProblem', () => {
  it('puts the path before the message', () => {
    expect(
      formatProblem({ path: '$.edges[1].to', message: 'edge "e2" points to missing node "ghost"' }),
    ).toBe('$.edges[1].to: edge "e2" points to missing node "ghost"');
    expect(
      formatProblem({ path: 'line 7, column 3', message: 'invalid JSON: Unexpected end' }),
    ).toBe('line 7, column 3: invalid JSON: Unexpected end');
  });
});
