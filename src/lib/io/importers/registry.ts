import type { ArgumentMap } from '../../model/types';
import type { Result } from '../../model/problems';
import { looksLikeKialo } from '../formats/kialo';

/** Reads one file format into a validated map. */
export interface Importer {
  id: string;
  label: string;
  /** File-name endings this importer claims, without the dot. */
  extensions: readonly string[];
  /** Whether the text looks like this format, for files with an ambiguous ending. */
  sniff(text: string): boolean;
  /** Parses, validates and normalises; never throws on bad input. */
  run(text: string, fileName: string): Promise<Result<ArgumentMap>>;
}

const baseName = (fileName: string): string =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '') || 'imported-map';

/** Importers load their code on first use, keeping the initial bundle small. */
export const importers: readonly Importer[] = [
  {
    id: 'warrant',
    label: 'Warrant JSON',
    extensions: ['json'],
    sniff: (text) => /"schemaVersion"\s*:/.test(text.slice(0, 4096)),
    run: async (text) => (await import('./warrant')).readMapText(text),
  },
  {
    id: 'aif',
    label: 'AIF JSON (AIFdb, OVA)',
    extensions: ['json'],
    sniff: (text) => /"(nodeID|AIF)"\s*:/.test(text.slice(0, 4096)),
    run: async (text, fileName) =>
      (await import('./aif')).importAif(text, { id: baseName(fileName) }),
  },
  {
    id: 'kialo',
    label: 'Kialo discussion export',
    extensions: ['txt'],
    sniff: looksLikeKialo,
    run: async (text, fileName) =>
      (await import('./kialo')).importKialo(text, { id: baseName(fileName) }),
  },
];

/**
 * Picks the importer for a file by content first: among those claiming its
 * ending (Warrant and AIF both end in `.json`), then among all (a Kialo
 * export saved as `.csv`). Failing both, the first claiming the ending,
 * whose own checks then say what is wrong with the file.
 */
export function chooseImporter(fileName: string, text: string): Importer | undefined {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const candidates = importers.filter((importer) => importer.extensions.includes(extension));
  return (
    candidates.find((importer) => importer.sniff(text)) ??
    importers.find((importer) => importer.sniff(text)) ??
    candidates[0]
  );
}
