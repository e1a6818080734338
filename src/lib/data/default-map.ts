import letterUrl from '../../../data/maps/three-takeaways.json?url';
import letterSourceUrl from '../../../data/sources/three-takeaways.txt?url';
import type { ArgumentMap } from '../model/types';

/**
 * The letter's map ships as a static JSON asset next to the bundle: JSON parses
 * faster than the same data as JavaScript, and the initial script stays small.
 * `npm test` proves the file valid against the schema and the source text.
 */
/** Where the letter's text is served, for the source pane (fetched only when it opens). */
export const defaultSourceUrl = new URL(letterSourceUrl, location.href).href;

export async function loadDefaultMap(): Promise<ArgumentMap> {
  const response = await fetch(letterUrl);
  if (!response.ok) throw new Error(`could not load the default map (HTTP ${response.status})`);
  return (await response.json()) as ArgumentMap;
}
