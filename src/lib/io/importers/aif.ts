/**
 * Reads the JSON formats of the AIF family into a Warrant map: AIF (as
 * AIFdb and OVA export it), xAIF (AIF wrapped with OVA's layout), and the
 * save files of OVA2 and OVA3. `aif/shape.ts` tells them apart; each is
 * judged by its own rules only.
 *
 * What is kept:
 * - Every I-node becomes a statement, connected or not: a file in several
 *   parts is a map in several parts. Ids keep their exact text (see
 *   `aif/json.ts`), made schema-safe. A text over 200 characters is cut for
 *   the label and kept whole in `text`.
 * - Each RA node is one `supports` edge, each CA node one `opposes` edge,
 *   with all their premises: several premises are linked (`from: [...]`).
 *   An RA or CA aimed at another RA or CA is an edge aimed at that edge: a
 *   CA there is an undercut, an RA a backing. Two CAs between the same two
 *   statements, one each way (a symmetric conflict), stay two edges.
 * - Schemes Warrant knows ("Argument From Expert Opinion", "Sign", …) become
 *   the edge's scheme; any other named scheme ("Information leak -
 *   connections", a conflict scheme) is kept in the edge's note.
 * - A proposition's speakers (L → YA → I, named by `locutions` and
 *   `participants`, or AIFdb's "Speaker : text"; see `aif/speakers.ts`)
 *   become its holder.
 * - Warrant's own export names each statement's kind in `warrant:kind`;
 *   without it, each part's one statement that bears on nothing is its thesis.
 *
 * What is lost, each with a warning in the result: the dialogue (L, TA and
 * YA nodes: locutions, their order and illocutionary force; only speakers
 * survive, as holders), rephrases (MA) and preferences (PA), which Warrant
 * has no relation for, node types AIF does not define, edges to nodes the
 * file lacks, and S-nodes that name no complete inference (no premise, no
 * conclusion). Lost silently: timestamps (but the earliest, as the source's
 * date), OVA's layout and the analysed text, descriptors, critical
 * questions, and node objects repeated verbatim (read once).
 *
 * A file with propositions but no inference (dialogue only) opens as
 * unconnected statements, with a warning that says so. Refused, with the
 * problem and its JSON path: anything that is not JSON of the format
 * detected, a file without propositions (empty, dialogue without content,
 * unknown node types only), nodes or edges without ids, one id for two
 * different nodes, AIF stored column by column, a list of schemes, and an
 * xAIF file with OVA's layout but no AIF.
 */
import type { Problem, Result } from '../../model/problems';
import type { ArgumentMap } from '../../model/types';
import { validateMap } from '../../model/validate';
import { buildMap, countOfType, leftOutWarnings, typeCounts } from './aif/build';
import { AIF_DIALECT, OVA2_DIALECT, readGraph, type AifGraph } from './aif/graph';
import { readInferences } from './aif/inferences';
import { isRecord, parseJsonExact } from './aif/json';
import { aifFamilyOf, type AifFamily } from './aif/shape';
import { speakersOf } from './aif/speakers';

export type { AifFamily } from './aif/shape';

export interface ImportAifOptions {
  /** Map id; default `aif-import`. */
  id?: string;
  /** Map title; default OVA2's document title, else the first thesis's label. */
  title?: string;
  /** The format to read; default the one the file's shape shows. */
  family?: AifFamily;
}

/** Each format's name in messages, and what its files look like. */
const FAMILY: Record<AifFamily, { name: string; expected: string }> = {
  aif: {
    name: 'AIF',
    expected: 'an object with "nodes" and "edges" lists, each node with a "nodeID"',
  },
  xaif: { name: 'xAIF', expected: 'an object with an "AIF" part' },
  ova2: {
    name: 'OVA2',
    expected:
      'an object with "nodes" (each with an "id") and "edges" holding "from" and "to" nodes',
  },
  ova3: {
    name: 'OVA3',
    expected: 'an object with "nodes" (each with a "nodeID" and a position) and "edges"',
  },
};

/** At most this many warnings are listed; real files give fewer than ten. */
const MAX_WARNINGS = 100;

const fail = (path: string, message: string): Result<ArgumentMap> => ({
  ok: false,
  problems: [{ path, message }],
});

export function importAif(text: string, options: ImportAifOptions = {}): Result<ArgumentMap> {
  const parsed = parseJsonExact(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const detected = aifFamilyOf(value);
  const family = options.family ?? detected ?? 'aif';
  if (detected !== family) {
    const { name, expected } = FAMILY[family];
    return fail(
      '$',
      detected === undefined
        ? `this is not ${name} JSON: expected ${expected}`
        : `this looks like ${FAMILY[detected].name} JSON, not ${name} JSON`,
    );
  }
  const located = locate(value as Record<string, unknown>, family);
  if (!located.ok) return located;
  const { container, base } = located.value;
  for (const key of ['nodes', 'edges'] as const) {
    if (container[key] !== undefined && !Array.isArray(container[key])) {
      return fail(`${base}.${key}`, `"${key}" must be a list`);
    }
  }

  const read = readGraph(container, base, family === 'ova2' ? OVA2_DIALECT : AIF_DIALECT);
  if (read.problems.length > 0) return { ok: false, problems: read.problems.slice(0, 100) };
  const { graph } = read;
  const propositions = [...graph.nodes.values()].filter((node) => node.type === 'I').length;
  if (propositions === 0) return fail(`${base}.nodes`, noPropositions(graph, family));

  const { inferences, warnings: inferenceWarnings } = readInferences(graph);
  const speakers = speakersOf(graph);
  const title = options.title ?? documentTitle(value);
  const { map, origins } = buildMap(graph, inferences, speakers, {
    id: options.id ?? 'aif-import',
    title,
    publication: FAMILY[family].name,
  });

  const checked = validateMap(map);
  if (!checked.ok) {
    // Point at the AIF node each offending statement or edge came from.
    return {
      ok: false,
      problems: checked.problems.map((problem) => {
        const match = /^\$\.(nodes|edges)\[(\d+)\]/.exec(problem.path);
        const origin = match && origins[match[1] as 'nodes' | 'edges'][Number(match[2])];
        return origin ? { ...problem, path: origin.path } : problem;
      }),
    };
  }
  const holders = map.nodes.filter((node) => node.holder !== undefined).length;
  const warnings: Problem[] = [
    ...read.warnings,
    ...inferenceWarnings,
    ...leftOutWarnings(graph, base, holders, inferences.length),
  ];
  if (warnings.length === 0) return { ok: true, value: checked.value };
  const shown = warnings.slice(0, MAX_WARNINGS);
  if (warnings.length > MAX_WARNINGS) {
    shown.push({ path: base, message: `${warnings.length - MAX_WARNINGS} more warnings` });
  }
  return { ok: true, value: checked.value, warnings: shown };
}

/** The object holding the AIF nodes and edges, and its JSON path. */
function locate(
  value: Record<string, unknown>,
  family: AifFamily,
): Result<{ container: Record<string, unknown>; base: string }> {
  if (family === 'xaif') {
    if (value.AIF === undefined) {
      return {
        ok: false,
        problems: [
          {
            path: '$',
            message:
              'this xAIF file has only its OVA layout (node positions) and no "AIF" part, so it holds no argument',
          },
        ],
      };
    }
    if (!isRecord(value.AIF)) {
      return { ok: false, problems: [{ path: '$.AIF', message: '"AIF" must be an object' }] };
    }
    return { ok: true, value: { container: value.AIF, base: '$.AIF' } };
  }
  if (isRecord(value.nodes)) {
    return {
      ok: false,
      problems: [
        {
          path: '$.nodes',
          message:
            'this AIF file stores its nodes column by column ("nodeID" is a list of ids); Warrant reads AIF with one object per node, as AIFdb and OVA export it',
        },
      ],
    };
  }
  if (value.nodes === undefined && Array.isArray(value.schemes)) {
    return {
      ok: false,
      problems: [
        {
          path: '$.schemes',
          message: 'this is a list of argument schemes, not an argument: it has no nodes or edges',
        },
      ],
    };
  }
  return { ok: true, value: { container: value, base: '$' } };
}

/** Why a file without I-nodes cannot open, in the words of what it does have. */
function noPropositions(graph: AifGraph, family: AifFamily): string {
  const name = FAMILY[family].name;
  if (graph.nodes.size === 0) return `this ${name} file is empty: it has no nodes`;
  const counts = typeCounts(graph);
  const has = counts.slice(0, 5).map(([type, n]) => countOfType(type, n));
  return `this ${name} file has no propositions (I-nodes), so no statement to show; it has ${has.join(', ')}${counts.length > 5 ? ', …' : ''}`;
}

/** OVA2 keeps the analysed document's title. */
function documentTitle(value: unknown): string | undefined {
  const analysis = isRecord(value) ? value.analysis : undefined;
  const title = isRecord(analysis) ? analysis.documentTitle : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
}
