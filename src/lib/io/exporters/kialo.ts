/**
 * A Kialo discussion export (numbered layout, `.txt`), which Kialo and the
 * tools built on its exports read:
 *
 *     Discussion Title: <map title>
 *
 *     1. <thesis>
 *     1.1. Pro: <a statement supporting the thesis>
 *     1.1.1. Con: <a statement opposing 1.1>
 *     1.2. Con: -> See 1.1.1.
 *
 * A map is a graph and Kialo's discussion a tree, so a statement bearing on
 * several others is written once, under the first, and linked with
 * `-> See <number>` everywhere else (kialo-tree.ts). A map with several
 * theses (or parts) is written as Kialo's multi-thesis discussion: the map's
 * title as the question, `1.1. Thesis: …`, `1.2. Thesis: …` below it.
 *
 * Each claim's text is the statement's label, with `\ ( ) [ ] <` escaped as
 * Kialo escapes them. Authorities with a web address are written as a link,
 * `[label](url)`; other statements with a cited web address get the link
 * `[citation title](url)` after the label. Implicit premises start with
 * `[unstated premise] `. An edge note "Kialo: see discussion #N" (from an
 * import) writes the statement as `-> See discussion #N: label`.
 *
 * What Kialo cannot carry, and is lost: `text`, `quote`, `holder`, `section`,
 * `order` (the outline's order is kept), `tags`, schemes and edge notes;
 * statement kinds other than the thesis (authorities with a web address come
 * back as authorities, everything else as claims); citations beyond title and
 * address; ids. Linked premises are written as separate Pros (or Cons) of the
 * conclusion, each text ending "(Linked premise: works only together with
 * 1.2.)"; an undercut is a Con, and a backing a Pro, of the inference's
 * premise, ending "(Undercut: objects to the step from 1.2 to 1, not to the
 * claim above.)". Read back, those remarks are part of the text and the
 * premises separate reasons: the structure is said, not kept.
 */
import type { ArgumentMap, Relation } from '../../model/types';
import { DISCUSSION_NOTE, IMPLICIT_MARKER, isWebAddress } from '../formats/kialo';
import { oneLine, stripControlChars } from '../text';
import { layOutKialo, type OutClaim, type OutEntry, type Remark } from './kialo-tree';
import type { Exporter } from './types';

/** Kialo's escapes: what its Markdown would otherwise read as links. */
export const escapeKialo = (text: string): string => text.replace(/[\\()[\]<]/g, '\\$&');

/** An address inside `(…)`: escaped like text, with no whitespace to end it early. */
const escapeAddress = (url: string): string =>
  escapeKialo(stripControlChars(url).trim()).replace(/\s/g, (ch) => encodeURIComponent(ch));

/**
 * Text that cannot be misread at the start of an entry: not a role word
 * (`Pro:`, `Thesis:`…) nor a `-> See` link.
 */
const guardStart = (text: string): string =>
  text.replace(/^(Pro|Con|Thesis|Question):/, '$1\\:').replace(/^->/, '\\->');

const REMARK_WORDS: Readonly<Record<Relation, (step: string) => string>> = {
  opposes: (step) => `Undercut: objects to the step from ${step}, not to the claim above.`,
  supports: (step) => `Backing: supports the step from ${step}, not the claim above.`,
};

export function exportKialo(map: ArgumentMap): string {
  const { roots, claimOf } = layOutKialo(map);
  const question = roots.length !== 1;
  const numbers = new Map<OutEntry, string>();
  const ordered: OutEntry[] = [];
  // Depth-first and iterative, numbering children 1, 2, … in the outline's order.
  const stack: [OutEntry, string][] = roots
    .map((root, i): [OutEntry, string] => [root, question ? `1.${i + 1}` : '1'])
    .reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [entry, number] = item;
    numbers.set(entry, number);
    ordered.push(entry);
    if (entry.type !== 'claim') continue;
    for (let i = entry.children.length - 1; i >= 0; i--) {
      stack.push([entry.children[i]!, `${number}.${i + 1}`]);
    }
  }
  const numberOf = (id: string): string => {
    const out = claimOf.get(id);
    return (out && numbers.get(out)) ?? '?';
  };

  const title = oneLine(map.title) || oneLine(map.id) || 'Warrant map';
  const lines = [`Discussion Title: ${title}`, ''];
  if (question) lines.push(`1. ${guardStart(escapeKialo(title))}`);
  for (const entry of ordered) {
    const number = numbers.get(entry)!;
    if (entry.type === 'link') {
      lines.push(`${number}. ${entry.stance}: -> See ${numberOf(entry.node.id)}.`);
      continue;
    }
    const role = entry.stance ?? (question ? 'Thesis' : undefined);
    lines.push(`${number}. ${role !== undefined ? `${role}: ` : ''}${claimText(entry, numberOf)}`);
  }
  return `${lines.join('\n')}\n`;
}

function claimText(out: OutClaim, numberOf: (id: string) => string): string {
  const { node } = out;
  const label = escapeKialo(oneLine(node.label) || oneLine(node.id) || '?');
  const discussion = DISCUSSION_NOTE.exec(oneLine(out.edge?.note ?? ''));
  if (discussion !== null) return `-> See discussion #${discussion[1]}: ${label}`;
  const url = node.citation?.url;
  let text = guardStart(label);
  if (url !== undefined && isWebAddress(url)) {
    const address = escapeAddress(url);
    text =
      node.kind === 'authority'
        ? `[${label}](${address})`
        : `${text} [${escapeKialo(oneLine(node.citation?.title ?? '') || url)}](${address})`;
  }
  if (node.implicit === true) text = `${IMPLICIT_MARKER}${text}`;
  for (const remark of out.remarks) text += ` ${escapeKialo(remarkText(remark, numberOf))}`;
  return text;
}

function remarkText(remark: Remark, numberOf: (id: string) => string): string {
  const list = (ids: readonly string[]) => ids.map(numberOf).join(' and ');
  if (remark.type === 'linked') {
    return `(Linked premise: works only together with ${list(remark.partners)}.)`;
  }
  const step = `${list(remark.premises)} to ${numberOf(remark.conclusion)}`;
  return `(${REMARK_WORDS[remark.relation](step)})`;
}

export const kialoExporter: Exporter = {
  id: 'kialo',
  label: 'Kialo discussion (text)',
  extension: 'txt',
  mime: 'text/plain',
  run: exportKialo,
};
