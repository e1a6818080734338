import type { ArgumentMap } from '../model/types';
import type { Result } from '../model/problems';
import { readMapText } from './importers/warrant';

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

/**
 * Where a map's source text is, for the source pane: `source.text` read
 * relative to the map's own address, and only on this site.
 */
export function sourceTextUrl(map: ArgumentMap, mapUrl: string): string | null {
  const text = map.source?.text;
  if (text === undefined) return null;
  return sameOriginUrl(text, mapUrl)?.href ?? null;
}
