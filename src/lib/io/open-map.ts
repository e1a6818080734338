import type { ArgumentMap } from '../model/types';
import type { Opened } from './import-file';

/** Same-origin, relative paths only: the app never talks to another host. */
export function sameOriginUrl(path: string, base: string): URL | null {
  try {
    const url = new URL(path, base);
    return url.origin === new URL(base).origin ? url : null;
  } catch {
    return null;
  }
}

/**
 * The `?map=` path of a link dropped on the page: the first http(s) address
 * in a `text/uri-list`, if it is on this site. Null for anything else.
 */
export function droppedAddress(list: string, base: string): string | null {
  const first = list
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('#'));
  if (first === undefined || !/^https?:/i.test(first)) return null;
  const url = sameOriginUrl(first, base);
  return url === null ? null : `${url.pathname}${url.search}`;
}

/** The file's name in an address (`maps/x%20y.txt?v=2` → `x y.txt`), which the importers go by. */
function fileNameOf(url: URL): string {
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * Loads a map named by `?map=PATH` in the page address, in any format Warrant
 * opens: the same importers as "Open…", which load only when a map is asked for.
 */
export async function fetchMap(path: string, base: string): Promise<Opened> {
  const url = sameOriginUrl(path, base);
  if (url === null) {
    return { ok: false, problems: [{ path, message: 'only maps from this site can be opened' }] };
  }
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return {
        ok: false,
        problems: [{ path, message: `could not load (HTTP ${response.status})` }],
      };
    }
    text = await response.text();
  } catch (error) {
    return { ok: false, problems: [{ path, message: `could not load: ${String(error)}` }] };
  }
  const { importFile } = await import('./import-file');
  return importFile(fileNameOf(url), text);
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
