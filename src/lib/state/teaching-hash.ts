/**
 * The address's record of what-if suppositions: `suppose=ID:rejected,ID2:accepted`
 * sets them and shows the overlay; `suppose=` alone shows it with none. Ids
 * may contain ":", so each entry splits at its last one. Written readable
 * (ids hold only letters, digits, "_", ".", ":" and "-", all safe in a fragment).
 */
import { isSupposition, type Supposition } from '../analysis/evaluation';

export const SUPPOSE_PARAM = 'suppose';

/** What the address says of the what-if overlay. */
export interface WhatIf {
  on: boolean;
  suppositions: Map<string, Supposition>;
}

export function decodeWhatIf(hash: string): WhatIf {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SUPPOSE_PARAM);
  const suppositions = new Map<string, Supposition>();
  if (value === null) return { on: false, suppositions };
  for (const entry of value.split(',')) {
    const cut = entry.lastIndexOf(':');
    const id = entry.slice(0, cut);
    const label = entry.slice(cut + 1);
    // Malformed entries are skipped; the rest still apply.
    if (cut > 0 && isSupposition(label)) suppositions.set(id, label);
  }
  return { on: true, suppositions };
}

/** `suppose=…`, or nothing while the overlay is off. */
export function encodeWhatIf(on: boolean, suppositions: ReadonlyMap<string, Supposition>): string {
  if (!on) return '';
  const entries = [...suppositions].map(([id, label]) => `${id}:${label}`);
  return `${SUPPOSE_PARAM}=${entries.join(',')}`;
}

/** The viewer's hash (`#…` or empty) with more parameters after it. */
export function joinHash(hash: string, extra: string): string {
  if (extra === '') return hash;
  return hash === '' || hash === '#' ? `#${extra}` : `${hash}&${extra}`;
}
