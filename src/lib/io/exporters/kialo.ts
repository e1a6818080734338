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
 * Linked premises, undercuts and backings, which Kialo's tree cannot hold,
 * are written as entries with a remark at the end of their text, in
 * parentheses left unescaped so that no statement's text can be taken for
 * one (formats/kialo-remarks.ts): each linked premise is a Pro (or Con) of
 * the conclusion, "(Warrant map: linked premise, works only together with
 * 1.2.)"; an undercut is a Con, and a backing a Pro, of the inference's
 * premise, "(Warrant map: undercut, objects to the step from 1.2 to 1, not
 * to the claim above.)". A `-> See` link cannot carry text, so its remarks
 * go on the claim it stands under, as "(Warrant map: 1.4: linked premise,
 * …)". Warrant's Kialo importer reads them back into linked premises and
 * edges aimed at inferences; Kialo and other tools show them as text. Their
 * numbers are the file's: where a discussion edited in Kialo and exported
 * again no longer fits them, they stay text (with a warning on import).
 *
 * What Kialo cannot carry, and is lost: `text`, `quote`, `holder`, `section`,
 * `order` (the outline's order is kept), `tags`, schemes and edge notes;
 * statement kinds other than the thesis (authorities with a web address come
 * back as authorities, everything else as claims); citations beyond title and
 * address; ids (of statements and of edges). Claims more than 64 levels
 * deep start new theses (kialo-tree.ts) and come back as theses.
 */
import type { ArgumentMap } from '../../model/types';
import { DISCUSSION_NOTE, IMPLICIT_MARKER, isWebAddress } from '../formats/kialo';
import { oneLine, stripControlChars } from '../text';
import { writeRemark, type KialoRemark } from '../formats/kialo-remarks';
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

export function exportKialo(map: ArgumentMap): string {
  const { roots, claimOf, placements } = layOutKialo(map);
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
  const numberOf = (entry: OutEntry): string => numbers.get(entry) ?? '?';
  /** The remark with its numbers, or nothing when the entries it names were not written. */
  const numbered = (entry: OutEntry, remark: Remark): KialoRemark[] => {
    const placement = placements.get(remark.type === 'linked' ? remark.edge : remark.target);
    if (placement === undefined) return [];
    if (remark.type === 'linked') {
      const partners = placement.entries.filter((other) => other !== entry).map(numberOf);
      return [{ type: 'linked', partners }];
    }
    const step = placement.entries.map(numberOf);
    return [
      {
        type: 'inference',
        relation: remark.relation,
        step,
        conclusion: numberOf(placement.parent),
      },
    ];
  };
  /** The remarks a claim's text ends with: its own, then those of the links right under it. */
  const remarksOf = (out: OutClaim): string =>
    [
      ...out.remarks.flatMap((remark) => numbered(out, remark)).map((r) => writeRemark(r)),
      ...out.children.flatMap((child) =>
        child.type === 'link'
          ? child.remarks
              .flatMap((remark) => numbered(child, remark))
              .map((r) => writeRemark(r, numberOf(child)))
          : [],
      ),
    ].join('');

  const title = oneLine(map.title) || oneLine(map.id) || 'Warrant map';
  const lines = [`Discussion Title: ${title}`, ''];
  if (question) lines.push(`1. ${guardStart(escapeKialo(title))}`);
  for (const entry of ordered) {
    const number = numbers.get(entry)!;
    if (entry.type === 'link') {
      const target = claimOf.get(entry.node.id);
      lines.push(`${number}. ${entry.stance}: -> See ${target ? numberOf(target) : '?'}.`);
      continue;
    }
    const role = entry.stance ?? (question ? 'Thesis' : undefined);
    const prefix = role !== undefined ? `${role}: ` : '';
    lines.push(`${number}. ${prefix}${claimText(entry)}${remarksOf(entry)}`);
  }
  return `${lines.join('\n')}\n`;
}

function claimText(out: OutClaim): string {
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
  return text;
}

export const kialoExporter: Exporter = {
  id: 'kialo',
  label: 'Kialo discussion (text)',
  extension: 'txt',
  mime: 'text/plain',
  run: exportKialo,
};
