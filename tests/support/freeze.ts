/**
 * Freezes `value` and everything reachable from it, and returns it. Shared
 * fixtures are frozen because unit test files share one module graph
 * (`isolate: false`): a test that changed one would change it for every file
 * after it. Frozen, the change throws where it happens.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
