import type { ArgumentMap } from '../../model/types';
import type { Result } from '../../model/problems';

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

/** A fenced ```argdown or ```argdown-map block, as Markdown files embed Argdown. */
const ARGDOWN_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*argdown(?:-map)?(?![\w-])/im;
/** A line only Argdown writes: a statement or argument definition, or a relation to one. */
const ARGDOWN_LINE = /^[ \t]*(?:\[[^\]\n]+\]:|<[^>\n]+>:|(?:[-+_]>?|<[-+_]|><)[ \t]*[[<])/m;

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
    id: 'argdown',
    label: 'Argdown',
    extensions: ['argdown', 'md', 'markdown'],
    sniff: (text) => ARGDOWN_FENCE.test(text) || ARGDOWN_LINE.test(text.slice(0, 65536)),
    run: async (text, fileName) =>
      (await import('./argdown')).importArgdown(text, { id: baseName(fileName), fileName }),
  },
];

/** Picks the importer for a file: by content first, since both formats end in `.json`. */
export function chooseImporter(fileName: string, text: string): Importer | undefined {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  const candidates = importers.filter((importer) => importer.extensions.includes(extension));
  return candidates.find((importer) => importer.sniff(text)) ?? candidates[0];
}
