import type { ArgumentMap } from '../../model/types';

/** Turns a map into the text of one file format. */
export interface Exporter {
  /** What `--to` accepts and the registry is keyed by, e.g. `md`. */
  id: string;
  /** Human-readable name for menus. */
  label: string;
  /** File-name extension without the leading dot, e.g. `aif.json`. */
  extension: string;
  mime: string;
  /** Pure: the same map always gives the same text. */
  run(map: ArgumentMap): string;
}
