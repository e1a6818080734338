import { oneLine } from './text';

/** The schema's limit on a statement's label. */
export const LABEL_MAX = 200;

/**
 * A label within the schema's limit: the text on one line, cut at the last
 * word boundary in the second half of the limit (else mid-word) with an
 * ellipsis. `truncated` says whether the caller must keep the full text.
 */
export function shortLabel(text: string, fallback: string): { label: string; truncated: boolean } {
  const line = oneLine(text);
  if (line === '') return { label: oneLine(fallback).slice(0, LABEL_MAX) || '?', truncated: false };
  if (line.length <= LABEL_MAX) return { label: line, truncated: false };
  // Never end on half of a surrogate pair.
  const cut = line.slice(0, LABEL_MAX - 1).replace(/[\uD800-\uDBFF]$/, '');
  const space = cut.lastIndexOf(' ');
  return { label: `${space > LABEL_MAX / 2 ? cut.slice(0, space) : cut}…`, truncated: true };
}
