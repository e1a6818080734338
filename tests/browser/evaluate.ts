import type { Page } from 'playwright-core';

/**
 * Plain data: what can cross from the page to the test cheaply. `undefined` is
 * allowed (as a missing property, or as the result of a callback that returns
 * nothing); functions, DOM nodes and class instances are not.
 */
export type Json =
  string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

/**
 * Runs `fn` in the page and returns its result, which must be plain data.
 *
 * Why not `page.evaluate`: Playwright serialises whatever the callback
 * returns, walking every reachable property. Returning the Cytoscape core by
 * accident (`cy.fit()` returns `cy`) took 17–70 s per call and no error. Here
 * the type parameter refuses such a callback at compile time, and the result is
 * checked in the page before it is sent, so a non-plain value fails at once,
 * naming where it is.
 */
export async function evaluate<R extends Json | void>(
  page: Page,
  fn: () => R | Promise<R>,
): Promise<R>;
export async function evaluate<R extends Json | void, A extends Json>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R>;
export async function evaluate<R extends Json | void, A extends Json>(
  page: Page,
  fn: (arg: A) => R | Promise<R>,
  arg?: A,
): Promise<R> {
  // The handle keeps the result in the page, unserialised, until it is checked.
  const handle = await page.evaluateHandle<unknown, unknown>(fn as (arg: unknown) => R, arg);
  try {
    return (await handle.evaluate(plainDataOrThrow)) as R;
  } finally {
    await handle.dispose();
  }
}

/**
 * Runs a script's source in the page for its effect (e.g. a library that sets
 * a global). Its completion value stays in the page: it may be anything.
 */
export async function runScript(page: Page, source: string): Promise<void> {
  await (await page.evaluateHandle(source)).dispose();
}

/**
 * Runs in the page, so it refers to nothing outside itself. Returns `value`
 * unchanged if it is plain data, and throws naming the first part that is not.
 */
export function plainDataOrThrow(value: unknown): unknown {
  const ancestors = new Set<object>();
  const check = (part: unknown, path: string): void => {
    if (part === null || part === undefined) return;
    const type = typeof part;
    if (type === 'string' || type === 'number' || type === 'boolean') return;
    const fail = (what: string) => {
      throw new Error(
        `evaluate: the callback returned ${what} at ${path}; return plain data ` +
          '(strings, numbers, booleans, null, arrays and plain objects), not page objects',
      );
    };
    if (type !== 'object') fail(`a ${type}`);
    const object = part;
    if (ancestors.has(object)) fail('a cycle');
    const prototype: unknown = Object.getPrototypeOf(object);
    if (Array.isArray(object) && prototype === Array.prototype) {
      ancestors.add(object);
      object.forEach((item: unknown, index) => check(item, `${path}[${index}]`));
    } else if (prototype === Object.prototype || prototype === null) {
      ancestors.add(object);
      for (const [key, item] of Object.entries(object)) check(item, `${path}.${key}`);
    } else {
      const name = (object as { constructor?: { name?: unknown } }).constructor?.name;
      fail(typeof name === 'string' && name !== '' ? `a ${name}` : 'a non-plain object');
    }
    ancestors.delete(object);
  };
  check(value, '$');
  return value;
}
