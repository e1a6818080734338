import type { ArgumentMap } from '../model/types';
import type { Result } from '../model/problems';
import { parseJson } from './parse-json';

/**
 * Parses and validates a map from text. The validator (Ajv and the schema) is
 * loaded on first use, so the opening page does not pay for it.
 */
export async function readMapText(text: string): Promise<Result<ArgumentMap>> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const { validateMap } = await import('../model/validate');
  return validateMap(parsed.value);
}

/** Same-origin, relative paths only: the app never talks to another host. */
export function sameOriginUrl(path: string, base: string): URL | null {
  try {
    const url = new URL(path, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}

/** Loads a map named by `?map=PATH` in the page address. */
export async function fetchMap(path: string, base: string): Promise<Result<ArgumentMap>> {
  const url = sameOriginUrl(path, base);
  if (url === null) {
    return { ok: false, problems: [{ path, message: 'only maps from this site can be opened' }] };
  }
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return {
        ok: false,
        problems: [{ path, message: `could not load (HTTP ${response.status})` }],
      };
    }
    return await readMapText(await response.text());
  } catch (error) {
    return { ok: false, problems: [{ path, message: `could not load: ${String(error)}` }] };
  }
}
