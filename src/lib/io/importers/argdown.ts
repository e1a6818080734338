/**
 * Reads Argdown (https://argdown.org) into a Warrant map: an `.argdown`
 * file, or the fenced ```argdown / ```argdown-map blocks of a Markdown file
 * (each parsed on its own, then merged by title: see `argdown-merge.ts`).
 * Parsed by @argdown/core in its default (loose) interpretation, or strict
 * when the front matter asks for it.
 *
 * The mapping:
 * - Statements (`[Title]: text`) become statements. The text is the label
 *   (cut at 200 characters, the whole text then kept in `text`); the title
 *   becomes the id, with accents dropped and any other character an id
 *   cannot hold replaced by `-` (so `[Thesis 1]` is `Thesis-1`). A statement
 *   with no text is labelled with its title.
 * - Arguments with a premise–conclusion structure become inferences: each
 *   conclusion, with the lines it follows from (see `argdown-steps.ts`),
 *   becomes one `supports` edge, with linked premises when there are
 *   several. Intermediary conclusions are statements in the chain. The last
 *   inference is the argument's own edge and has its title as id; the
 *   argument's description becomes that edge's note. Inference rules that
 *   name a scheme ("Argument from analogy", "analogy", AIF's names) or an
 *   inference's `scheme` data set the edge's scheme; other rules are kept
 *   in the note as "Inference: …".
 * - Arguments without a premise–conclusion structure (a title and a
 *   description) become statements of kind claim, keeping their relations.
 * - Relations: support `+` → supports; attack `-` → opposes; undercut `_`
 *   → opposes aimed at the argument's inference (its edge); contradiction
 *   `><` (and contrariety, strict mode's reading of an attack between
 *   statements) → opposes both ways; entailment (strict mode's support
 *   between statements) → supports. A relation from an argument with a
 *   structure comes from its conclusion (as @argdown/core already models
 *   it); a support or attack aimed at such an argument as a whole is aimed
 *   at its inference, as Warrant draws the argument there (a backing, or an
 *   objection to the step). A relation of a statement to itself is dropped.
 * - Theses: statements that something bears on and that bear on nothing
 *   (contraries aside), unless their data names a kind. A map may have
 *   several parts and several theses.
 * - Headings become sections (nesting is flattened: a statement belongs to
 *   its innermost heading); `#tags` become tags.
 * - The inline data Warrant's exporter writes (`kind`, `order`, `section`,
 *   `holder`, `text`, `quote`, `citation`, `implicit`, `tags`) is read back,
 *   and the exporter's stand-in conclusions (`{warrant: "placeholder"}`)
 *   are folded into the objection they stand for. The front matter's
 *   `title`, `abstract`, `subTitle`, `author` and `date` become the map's
 *   title, description and source.
 *
 * What is lost: other inline data and front-matter settings, tags and data
 * of reconstructed arguments, argument titles of arguments without a
 * structure (their id keeps them), the exact characters of titles ids cannot
 * hold, Argdown's colours, groups' closedness, and text formatting (bold,
 * italics; links keep their text, not the address).
 *
 * Refused, with line and column: syntax errors, invalid YAML data,
 * `@include` (it reaches for other files), relations nested deeper than
 * `MAX_NESTING`, and more than `MAX_ARGDOWN_CHARS` of Argdown.
 */
import type { ArgumentMap } from '../../model/types';
import type { Problem, Result } from '../../model/problems';
import { validateMap } from '../../model/validate';
import { readArgdownSource } from './argdown-source';
import { parseArgdown } from './argdown-parse';
import { mapArgdown } from './argdown-map';
import { mergeDocuments } from './argdown-merge';
import type { ArgdownDocument } from './argdown-document';

export interface ImportArgdownOptions {
  /** Map id; default `argdown-import`. */
  id?: string;
  /** The file name: `.md` and `.markdown` files are read as Markdown. */
  fileName?: string;
}

const at = (place: { line: number; column: number }): string =>
  `line ${place.line}, column ${place.column}`;

export async function importArgdown(
  text: string,
  options: ImportArgdownOptions = {},
): Promise<Result<ArgumentMap>> {
  const markdown = /\.(md|markdown)$/i.test(options.fileName ?? '');
  const source = readArgdownSource(text, markdown);
  if (!source.ok) return source;
  const documents: ArgdownDocument[] = [];
  const syntaxProblems: Problem[] = [];
  for (const document of source.value.documents) {
    const parsed = await parseArgdown(document);
    if (parsed.ok) documents.push(parsed.value);
    else syntaxProblems.push(...parsed.problems);
  }
  if (syntaxProblems.length > 0) return { ok: false, problems: syntaxProblems };
  const { map, origins, warnings } = mapArgdown(mergeDocuments(documents), {
    id: options.id ?? 'argdown-import',
    ...(source.value.heading !== undefined ? { heading: source.value.heading } : {}),
    title: 'Imported Argdown map',
  });
  if (map.nodes.length === 0) {
    return {
      ok: false,
      problems: [
        {
          path: 'line 1, column 1',
          message: 'there are no statements or arguments in this Argdown text',
        },
      ],
    };
  }
  const checked = validateMap(map);
  if (!checked.ok) {
    // Point at the line each offending statement or edge came from.
    const problems = checked.problems.map((problem): Problem => {
      const match = /^\$\.(nodes|edges)\[(\d+)\]/.exec(problem.path);
      const origin = match && origins[match[1] as 'nodes' | 'edges'][Number(match[2])];
      return origin ? { ...problem, path: at(origin) } : problem;
    });
    return { ok: false, problems };
  }
  const allWarnings = [...(checked.warnings ?? []), ...warnings];
  return allWarnings.length > 0 ? { ...checked, warnings: allWarnings } : checked;
}
