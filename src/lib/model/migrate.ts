/**
 * Brings a parsed map of an older format version up to the current one, in
 * this one place, before validation. Anything unrecognised is passed through
 * untouched, so the validator reports it against the current schema.
 *
 * Version 1 → 2: every version 1 map is a valid version 2 map (a single
 * `from`, edges between statements, `source` and `source.text` present), so
 * only the version number changes.
 */
import { SCHEMA_VERSION } from './types';

export function migrate(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const record = input as Record<string, unknown>;
  if (record.schemaVersion !== 1) return input;
  // Spreading copies own data properties only, so a `__proto__` key stays an inert key.
  return { ...record, schemaVersion: SCHEMA_VERSION };
}
