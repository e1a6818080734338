import { describe, expect, it } from 'vitest';
import { plainDataOrThrow } from '../../browser/evaluate';

describe('plainDataOrThrow (the browser tests’ guard on page results)', () => {
  it('returns plain data unchanged, shared (acyclic) references included', () => {
    const shared = { x: 1 };
    const value = {
      s: 'a',
      n: 2,
      nan: Number.NaN,
      b: false,
      nil: null,
      gone: undefined,
      list: [1, 'two', [3], shared, shared],
      bare: Object.assign(Object.create(null) as object, { k: 'v' }),
    };
    expect(plainDataOrThrow(value)).toBe(value);
    for (const leaf of [undefined, null, 0, '', true]) expect(plainDataOrThrow(leaf)).toBe(leaf);
  });

  it('names the class and the path of the first value that is not plain data', () => {
    class Core {}
    expect(() => plainDataOrThrow(new Core())).toThrow(
      'evaluate: the callback returned a Core at $; return plain data',
    );
    expect(() => plainDataOrThrow({ a: [1, { b: new Map() }] })).toThrow(
      'returned a Map at $.a[1].b;',
    );
    expect(() => plainDataOrThrow([() => 1])).toThrow('returned a function at $[0];');
    expect(() => plainDataOrThrow({ when: new Date(0) })).toThrow('returned a Date at $.when;');
    expect(() => plainDataOrThrow(Object.create(Object.create(null) as object))).toThrow(
      'returned a non-plain object at $;',
    );
    expect(() => plainDataOrThrow(new Set([1]))).toThrow('returned a Set at $;');
  });

  it('refuses a cycle', () => {
    const loop: { self?: unknown } = {};
    loop.self = loop;
    expect(() => plainDataOrThrow(loop)).toThrow('returned a cycle at $.self;');
  });
});
