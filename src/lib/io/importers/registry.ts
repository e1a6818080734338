import type { ArgumentMap } from '../../model/types';
import type { Result } from '../../model/problems';
import { looksLikeKialo } from '../formats/kialo';
import { AIF_FAMILY, aifFamilyOfText, type AifFamily } from './aif/shape';

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

/** The AIF family, each format told by its shape (see `aif/shape.ts`). */
const AIF_LABELS: Record<AifFamily, string> = {
  aif: 'AIF JSON (AIFdb, OVA)',
  xaif: 'xAIF JSON (AIF with OVA layout)',
  ova2: 'OVA2 JSON (OVA2 and ReCAP save file)',
  ova3: 'OVA3 JSON (OVA3 save file)',
};

const baseName = (fileName: string): string =>
  fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '') || 'imported-map';

/** A fenced ```argdown or ```argdown-map block, as Markdown files embed Argdown. */
const ARGDOWN_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*argdown(?:-map)?(?![\w-])/im;
/**
 * A line only Argdown writes: a statement or argument definition, a relation
 * to one, or an `@include` (refused, but by Argdown's importer, which says why).
 */
const ARGDOWN_LINE =
  /^[ \t]*(?:\[[^\]\n]+\]:|<[^>\n]+>:|(?:[-+_]>?|<[-+_]|><)[ \t]*[[<]|@include\()/m;
/** Lines of a premise–conclusion structure: numbered statements, and the inference line. */
const PCS_STATEMENT = /^[ \t]*\(\d+\)[ \t]+\S/;
const PCS_INFERENCE = /^[ \t]*-{2,}/;
/** How much of a file the sniffs read: real Argdown shows itself in its first lines. */
const SNIFF_CHARS = 65536;

/**
 * Whether the text holds a premise–conclusion structure: `(1) …`, then an
 * inference line (`----`, `-- rule --`), then `(n) …` right after it. One
 * pass over the lines, so hostile text costs no more than its length.
 */
function hasPcs(text: string): boolean {
  let premise = false;
  let inference = false;
  for (const line of text.slice(0, SNIFF_CHARS).split('\n')) {
    if (inference && PCS_STATEMENT.test(line)) return true;
    inference = premise && PCS_INFERENCE.test(line);
    premise ||= PCS_STATEMENT.test(line);
  }
  return false;
}

/** Importers load their code on first use, keeping the initial bundle small. */
export const importers: readonly Importer[] = [
  {
    id: 'warrant',
    label: 'Warrant JSON',
    extensions: ['json'],
    // An AIF text may quote the word; its shape decides.
    sniff: (text) =>
      /"schemaVersion"\s*:/.test(text.slice(0, 4096)) && aifFamilyOfText(text) === undefined,
    run: async (text) => (await import('./warrant')).readMapText(text),
  },
  ...AIF_FAMILY.map((family): Importer => ({
    id: family,
    label: AIF_LABELS[family],
    extensions: ['json'],
    sniff: (text) => aifFamilyOfText(text) === family,
    run: async (text, fileName) =>
      (await import('./aif')).importAif(text, { id: baseName(fileName), family }),
  })),
  {
    id: 'kialo',
    label: 'Kialo discussion export',
    extensions: ['txt'],
    sniff: looksLikeKialo,
    run: async (text, fileName) =>
      (await import('./kialo')).importKialo(text, { id: baseName(fileName) }),
  },
  {
    id: 'argdown',
    label: 'Argdown',
    extensions: ['argdown', 'md', 'markdown'],
    sniff: (text) =>
      ARGDOWN_FENCE.test(text) || ARGDOWN_LINE.test(text.slice(0, SNIFF_CHARS)) || hasPcs(text),
    run: async (text, fileName) =>
      (await import('./argdown')).importArgdown(text, { id: baseName(fileName), fileName }),
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
