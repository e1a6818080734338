/**
 * Argdown (https://argdown.org) text, for the Argdown editor and CLI, and
 * for Warrant's own Argdown importer, which reads it back to the same
 * statements, linked premises and relations.
 *
 * Layout: a YAML front matter; then the plain relations as trees from the
 * theses down; then one argument per inference Argdown needs to see as an
 * argument. A statement is defined (`[title]: text #(tag) {data}`) where it
 * first appears; later appearances are bare references (`[title]`).
 *
 * - A plain relation (one premise, bearing on a statement, not itself the
 *   target of another edge) is a tree line: `+ [B]` / `- [B]` indented under
 *   `[A]` says that B supports / attacks A, exactly a Warrant edge B → A.
 *   Its scheme and note become a `//` comment, which Argdown does not keep.
 * - An inference with linked premises, or one that another edge bears on,
 *   is an argument with a premise–conclusion structure, titled with the
 *   edge id: the premises, an inference line (the scheme as its rule:
 *   `-- Argument from analogy --`, else `----`), and the conclusion. Its
 *   note is the argument's description. A support of a statement concludes
 *   that statement. Anything else (an objection, an undercut, a backing)
 *   has no conclusion of its own in Warrant, so the argument concludes a
 *   stand-in statement marked `{warrant: "placeholder"}` and carries the
 *   relation: `-> [T]` attacks T, `_> <E>` undercuts argument E, `+> <E>`
 *   backs it. Warrant's importer folds the stand-in away again.
 * - A single reason aimed at an inference is a line under that argument's
 *   title: `<_ [U]` (U undercuts it) or `<+ [W]` (W backs it).
 *
 * Kind, order, section (its title), holder, longer text, quote, citation (as
 * one line), the implicit mark and tags Argdown cannot write as `#(tag)` go
 * in the statement's inline data, as YAML with JSON-style quoted strings.
 *
 * What Argdown readers other than Warrant lose: the stand-ins are
 * statements to them, and a backing (`+>` to an argument) is a support of
 * the argument rather than of its step. Warrant's importer loses plain
 * relations' ids, schemes and notes (comments), section ids (titles stay),
 * the citation's structure (it comes back as a title) and the map's id.
 */
import {
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Relation,
  type Statement,
} from '../../model/types';
import { indexMap } from '../../model/inference';
import { oneLine } from '../text';
import { statementEntries, walkTree } from '../../analysis/outline';
import { ARGDOWN_SCHEME_RULES, PLACEHOLDER_KEY, PLACEHOLDER_VALUE } from '../formats/argdown';
import {
  argdownTitles,
  escapeArgdownText,
  inlineData,
  splitTags,
  titleAllocator,
  yamlString,
} from './argdown-syntax';
import type { Exporter } from './types';

export { argdownTitles, escapeArgdownText, yamlString } from './argdown-syntax';

const INDENT = '  ';

/** `+ [B]` under `[A]`: B supports A; `- [B]`: B attacks A. */
const TREE_SIGN: Readonly<Record<Relation, string>> = { supports: '+', opposes: '-' };
/** Under an argument's title: a reason aimed at its inference. */
const INCOMING_SIGN: Readonly<Record<Relation, string>> = { supports: '<+', opposes: '<_' };
/** Under an argument's title: what its stand-in conclusion does to an inference. */
const OUTGOING_TO_INFERENCE: Readonly<Record<Relation, string>> = {
  supports: '+>',
  opposes: '_>',
};

function frontMatter(map: ArgumentMap): string[] {
  return [
    '===',
    `title: ${yamlString(map.title)}`,
    ...(map.source !== undefined
      ? [
          `subTitle: ${yamlString([map.source.title, map.source.publication].filter(Boolean).join(', '))}`,
          ...(map.source.author !== undefined ? [`author: ${yamlString(map.source.author)}`] : []),
          ...(map.source.date !== undefined ? [`date: ${yamlString(map.source.date)}`] : []),
        ]
      : []),
    ...(map.description !== undefined ? [`abstract: ${yamlString(map.description)}`] : []),
    '===',
  ];
}

/**
 * The scheme and note of a plain relation, as a `//` comment. Comments take
 * no escapes, and @argdown/core reads `[title] // … ]:` as the definition
 * of a statement titled up to that `]`; so `]:` and `>:` get a space.
 */
const remarksOf = (edge: ArgumentEdge | undefined): string => {
  const remarks = [
    ...(edge?.scheme !== undefined ? [`scheme: ${edge.scheme}`] : []),
    ...(edge?.note !== undefined && oneLine(edge.note) !== ''
      ? [`note: ${oneLine(edge.note)}`]
      : []),
  ];
  return remarks.length > 0 ? ` // ${remarks.join('; ').replace(/([\]>]):/g, '$1 :')}` : '';
};

export function exportArgdown(map: ArgumentMap): string {
  const index = indexMap(map);
  const titles = argdownTitles(map);
  const defined = new Set<string>();
  /** `[title]: text #(tags) {data}` the first time, `[title]` after. */
  const statement = (node: Statement): string => {
    const title = titles.get(node.id)!;
    if (defined.has(node.id)) return `[${title}]`;
    defined.add(node.id);
    const text = escapeArgdownText(node.label);
    const tags = splitTags(node.tags);
    const parts = [
      text === '' ? escapeArgdownText(title) : text,
      tags.inline,
      inlineData(node, map, tags.data),
    ];
    return `[${title}]: ${parts.filter((part) => part !== '').join(' ')}`;
  };

  // Inferences written as arguments: linked premises, or the target of another edge.
  const asArgument = (edge: ArgumentEdge) =>
    premisesOf(edge).length > 1 || index.aimedAt.has(edge.id);
  const argumentEdges = [...index.edges.values()].filter(asArgument);
  const argumentTitles = new Map<string, string>();
  const allocateArgument = titleAllocator();
  for (const edge of argumentEdges) argumentTitles.set(edge.id, allocateArgument(edge.id));
  const plain = [...index.edges.values()].filter(
    (edge) => !asArgument(edge) && index.nodes.has(edge.to),
  );
  const inArguments = new Set<string>();
  for (const edge of index.edges.values()) {
    if (!asArgument(edge) && index.nodes.has(edge.to)) continue;
    for (const id of premisesOf(edge)) inArguments.add(id);
    if (index.nodes.has(edge.to)) inArguments.add(edge.to);
  }

  const lines = frontMatter(map);
  const entries = statementEntries(walkTree({ nodes: map.nodes, edges: plain }));
  entries.forEach(({ node, depth, edge }, i) => {
    const alone = depth === 0 && (entries[i + 1]?.depth ?? 0) === 0;
    // A statement with no plain relations is written where its argument names it; a thesis stays on top.
    if (alone && inArguments.has(node.id) && node.kind !== 'thesis') return;
    if (depth === 0) lines.push('');
    const sign = edge === undefined ? '' : `${TREE_SIGN[edge.relation]} `;
    lines.push(`${INDENT.repeat(depth)}${sign}${statement(node)}${remarksOf(edge)}`);
  });

  // Stand-in conclusions get titles after every statement has its own.
  const allocateTitle = titleAllocator();
  for (const title of titles.values()) allocateTitle(title);
  for (const edge of argumentEdges) {
    const title = argumentTitles.get(edge.id)!;
    const description =
      edge.note !== undefined && oneLine(edge.note) !== ''
        ? `: ${escapeArgdownText(edge.note)}`
        : '';
    lines.push('', `<${title}>${description}`);
    const target = index.nodes.get(edge.to);
    const concludes = target !== undefined && edge.relation === 'supports';
    if (!concludes) {
      lines.push(
        target !== undefined
          ? `${INDENT}-> ${statement(target)}`
          : `${INDENT}${OUTGOING_TO_INFERENCE[edge.relation]} <${argumentTitles.get(edge.to)!}>`,
      );
    }
    for (const reason of index.aimedAt.get(edge.id) ?? []) {
      if (asArgument(reason)) continue; // Written under its own title, as outgoing.
      const node = index.nodes.get(premisesOf(reason)[0]!);
      if (node !== undefined)
        lines.push(`${INDENT}${INCOMING_SIGN[reason.relation]} ${statement(node)}`);
    }
    lines.push('');
    const premises = premisesOf(edge)
      .map((id) => index.nodes.get(id))
      .filter((node): node is Statement => node !== undefined);
    premises.forEach((node, i) => lines.push(`(${i + 1}) ${statement(node)}`));
    lines.push(edge.scheme !== undefined ? `-- ${ARGDOWN_SCHEME_RULES[edge.scheme]} --` : '----');
    const number = `(${premises.length + 1})`;
    if (concludes) lines.push(`${number} ${statement(target)}`);
    else {
      const standIn =
        target !== undefined
          ? `Against: ${target.label}`
          : `${edge.relation === 'supports' ? 'For' : 'Against'} the step ${argumentTitles.get(edge.to)!}`;
      lines.push(
        `${number} [${allocateTitle(`${title}.conclusion`)}]: ${escapeArgdownText(standIn)} {${PLACEHOLDER_KEY}: ${yamlString(PLACEHOLDER_VALUE)}}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export const argdownExporter: Exporter = {
  id: 'argdown',
  label: 'Argdown',
  extension: 'argdown',
  mime: 'text/plain',
  run: exportArgdown,
};
