/**
 * Splits a Kialo discussion export into its parts, line by line: the title,
 * the numbered entries with their role and raw text, and the `Sources:`
 * block. Both layouts go through the same rules:
 *
 * - numbered (older): `Discussion Title: T`, a blank line, then one entry per
 *   line, `1. thesis`, `1.1. Pro: …`, `1.1.1. Con: …`; a line that starts no
 *   entry continues the one above (claims with line breaks).
 * - indented (newer): `Discussion Name:` with the title on the next line,
 *   then `1. Thesis:` (or `1. Question:`), `  1.1. Con:` with the text on the
 *   following lines, two spaces of indentation per level, blank lines between
 *   entries, `[n]` footnote markers and a trailing `Sources:` block of
 *   `[n] URL` lines each followed by the quoted passage.
 *
 * Only lines of the form `N.N. Role: …` start an entry, besides the first
 * entry and stance-less `N.N.` entries at depth 2 (the theses under a
 * question), so a sentence such as "2019. A year…" in a claim stays text.
 * Work is linear in the input: no regular expression here can backtrack
 * beyond one line, and no scan goes back.
 */
import type { Problem, Result } from '../../model/problems';

/** What an entry is in the discussion: a reason (Pro, Con), a thesis, or the question above theses. */
export const ENTRY_ROLES = ['Pro', 'Con', 'Thesis', 'Question'] as const;
export type EntryRole = (typeof ENTRY_ROLES)[number];

export interface Entry {
  /** The entry's number without the trailing dot or leading zeros: `1.2.10`. */
  key: string;
  /** How many numbers it has: 1 for the root. */
  depth: number;
  /** Absent on the numbered layout's root and on theses written without `Thesis:`. */
  role?: EntryRole;
  /** The text as written (Markdown with backslash escapes), lines trimmed and joined by `\n`. */
  body: string;
  /** 1-based line of the entry's number. */
  line: number;
}

/** One `[n] URL` entry of the `Sources:` block. */
export interface Source {
  number: number;
  /** The first word of the entry when it is an address. */
  url?: string;
  /** Whatever else the entry's first line says. */
  title: string;
  /** The quoted passage on the lines below. */
  excerpt: string;
  line: number;
}

export interface KialoDocument {
  /** The discussion's title, possibly empty. */
  title: string;
  /** Text between the title and the first entry, if any. */
  preamble: string;
  entries: Entry[];
  sources: Map<number, Source>;
  warnings: Problem[];
}

/**
 * More entries than this are refused. A file this large (about 2.6 MB)
 * imports in about 0.3 s (npm run bench), and the canvas needs tens of
 * seconds for so many statements already; beyond it lies the validator's
 * limit of 50,000 statements and relations.
 */
export const MAX_CLAIMS = 10_000;

const HEADING = /^[ \t]*Discussion (Title|Name):[ \t]*(.*)$/;
const ENTRY = /^[ \t]*((?:\d+\.)+)(?:[ \t]+(?:(Pro|Con|Thesis|Question):(?![^ \t]))?[ \t]*(.*))?$/;
const SOURCE = /^[ \t]*\[(\d{1,9})\][ \t]*(.*)$/;
const ADDRESS = /^([a-z][a-z0-9+.-]*:\/\/\S+)[ \t]*(.*)$/i;
/** A table of claims made from an export (number, stance, text in tab-separated columns). */
const TSV_ROW = /^(?:\d+\.)+\t(?:Pro|Con)?:?\t/;

/** `1.02.3.` → `1.2.3`: leading zeros do not make another number. */
export const normalizeKey = (dotted: string): string =>
  dotted.replace(/\.$/, '').replace(/(^|\.)0+(?=\d)/g, '$1');

/** A claim's number for a message, as Kialo writes it (`1.2.3.`); hostile depths are abridged. */
export function claimNumber(key: string): string {
  if (key.length <= 40) return `${key}.`;
  return `${key.slice(0, 20)}…${key.slice(-12)}. (${key.split('.').length} levels deep)`;
}

const lineProblem = (line: number, message: string): Problem => ({ path: `line ${line}`, message });

export function parseKialoLines(text: string): Result<KialoDocument> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const heading = i < lines.length ? HEADING.exec(lines[i]!) : null;
  if (heading === null) {
    return { ok: false, problems: [notKialo(lines[i] ?? '', Math.min(i + 1, lines.length))] };
  }
  const headingLine = i + 1;
  let title = heading[2]!.trim();
  i++;
  // The newer layout puts the title on the line after `Discussion Name:`.
  if (title === '') {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i < lines.length && !ENTRY.test(lines[i]!)) title = lines[i++]!.trim();
  }

  const entries: Entry[] = [];
  const warnings: Problem[] = [];
  const preamble: string[] = [];
  let open: { entry: Entry; lines: string[] } | undefined;
  const close = () => {
    if (open !== undefined) open.entry.body = joinLines(open.lines);
    open = undefined;
  };
  let sources = new Map<number, Source>();
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const match = ENTRY.exec(line);
    if (match !== null) {
      const key = normalizeKey(match[1]!);
      const depth = key.split('.').length;
      const role = match[2] as EntryRole | undefined;
      if (role !== undefined || entries.length === 0 || depth === 2) {
        close();
        if (entries.length === MAX_CLAIMS) {
          return {
            ok: false,
            problems: [
              lineProblem(
                i + 1,
                `the discussion has more than ${MAX_CLAIMS} claims; at most ${MAX_CLAIMS} are read`,
              ),
            ],
          };
        }
        const entry: Entry = { key, depth, ...(role ? { role } : {}), body: '', line: i + 1 };
        entries.push(entry);
        open = { entry, lines: [match[3] ?? ''] };
        continue;
      }
    }
    if (line.trim() === 'Sources:' && entries.length > 0 && startsSources(lines, i + 1)) {
      close();
      sources = readSources(lines, i + 1, warnings);
      break;
    }
    if (open !== undefined) open.lines.push(line);
    else preamble.push(line);
  }
  close();
  if (entries.length === 0) {
    return {
      ok: false,
      problems: [
        lineProblem(
          headingLine,
          'the discussion has a title but no claims: expected numbered lines such as "1. …" and "1.1. Pro: …" after it',
        ),
      ],
    };
  }
  return {
    ok: true,
    value: { title, preamble: joinLines(preamble), entries, sources, warnings },
  };
}

/** Trimmed lines joined by `\n`, without blank lines at either end. */
const joinLines = (lines: readonly string[]): string =>
  lines
    .map((line) => line.trim())
    .join('\n')
    .trim();

/** `Sources:` starts the block only when a `[n]` entry follows within a few blank lines. */
function startsSources(lines: readonly string[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + 4; i++) {
    if (lines[i]!.trim() !== '') return SOURCE.test(lines[i]!);
  }
  return false;
}

function readSources(lines: readonly string[], from: number, warnings: Problem[]) {
  const sources = new Map<number, Source>();
  let open: { source: Source; lines: string[] } | undefined;
  const close = () => {
    if (open === undefined) return;
    open.source.excerpt = joinLines(open.lines);
    const earlier = sources.get(open.source.number);
    if (earlier === undefined) sources.set(open.source.number, open.source);
    else {
      warnings.push(
        lineProblem(
          open.source.line,
          `source [${open.source.number}] is listed again (first at line ${earlier.line}); only the first is used`,
        ),
      );
    }
  };
  for (let i = from; i < lines.length; i++) {
    const match = SOURCE.exec(lines[i]!);
    if (match === null) {
      open?.lines.push(lines[i]!);
      continue;
    }
    close();
    const rest = match[2]!.trim();
    const address = ADDRESS.exec(rest);
    const source: Source = {
      number: Number(match[1]),
      ...(address !== null ? { url: address[1]! } : {}),
      title: address !== null ? address[2]!.trim() : rest,
      excerpt: '',
      line: i + 1,
    };
    open = { source, lines: [] };
  }
  close();
  return sources;
}

/** Says why a file is not read as Kialo, naming what it looks like where that is known. */
function notKialo(firstLine: string, line: number): Problem {
  return lineProblem(
    line,
    TSV_ROW.test(firstLine)
      ? 'this is a tab-separated table of Kialo claims (number, stance, text), not a Kialo discussion export: it has no "Discussion Title:" line and no thesis; export the discussion from Kialo again'
      : 'this text is not a Kialo discussion export: its first line should start with "Discussion Title:" or "Discussion Name:"',
  );
}
