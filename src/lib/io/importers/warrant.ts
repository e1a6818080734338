import type { ArgumentMap } from '../../model/types';
import type { Problem, Result } from '../../model/problems';
import { parseJson } from '../parse-json';

/** A Warrant map's top-level keys: JSON with none of them is no broken map but no map at all. */
const MAP_KEYS = [
  'schemaVersion',
  'id',
  'title',
  'description',
  'source',
  'sections',
  'nodes',
  'edges',
];
/** Keys named when saying what a JSON object has instead. */
const KEYS_SHOWN = 5;

const whatItIs = (value: unknown): string => {
  if (value === null) return 'it is null';
  if (Array.isArray(value)) return 'it is a list';
  if (typeof value !== 'object') return `it is a ${typeof value}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return 'it is an empty object';
  const shown = keys.slice(0, KEYS_SHOWN).map((key) => JSON.stringify(key));
  return `its keys are ${shown.join(', ')}${keys.length > KEYS_SHOWN ? ', …' : ''}`;
};

/**
 * Why parsed JSON is no argument map of any kind Warrant reads, said once,
 * instead of every property the schema misses; undefined for anything that
 * may be a Warrant map, however broken (the validator then says what is wrong).
 */
export function notAMap(value: unknown): Problem | undefined {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (record && MAP_KEYS.some((key) => Object.hasOwn(value, key))) return undefined;
  return {
    path: '$',
    message: `this JSON holds no argument map: Warrant JSON has "schemaVersion", "title", "nodes" and "edges" at its top level, and AIF has "nodes" with a "nodeID" each; ${whatItIs(value)}`,
  };
}

/**
 * Reads Warrant's own JSON: parse, then validate. The validator (Ajv and the
 * schema) is loaded on first use, so the opening page does not pay for it.
 */
export async function readMapText(text: string): Promise<Result<ArgumentMap>> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const none = notAMap(parsed.value);
  if (none !== undefined) return { ok: false, problems: [none] };
  const { validateMap } = await import('../../model/validate');
  return validateMap(parsed.value);
}
