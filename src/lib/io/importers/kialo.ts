/**
 * Reads a Kialo discussion export (the `.txt` from "Export discussion") into
 * a Warrant map. Both layouts found in the wild are read; kialo-lines.ts
 * describes them.
 *
 * The mapping:
 * - The root entry is the thesis. A root that is a question (`Question:`, or
 *   one with `Thesis:` or stance-less entries right below it) is no
 *   statement: it titles the map, and each thesis below it heads its own
 *   part of the map.
 * - Every other entry is a claim, with an edge from it to its parent:
 *   `supports` for Pro, `opposes` for Con.
 * - `-> See 1.2.3.` (Kialo's way of showing one claim in two places) is an
 *   edge from claim 1.2.3 to the link's parent, not a copy of the claim.
 *   `-> See discussion #N: title` (a link to another discussion) is a claim
 *   with that title whose edge carries the note "Kialo: see discussion #N".
 * - Citations become authority statements that support the claim citing
 *   them, rather than a `citation` on the claim: a claim often cites several
 *   works while a statement has one citation, and a work cited by several
 *   claims is then one statement with several edges. Each http(s) link
 *   `[text](url)` gives one authority per address (label and citation title:
 *   the link text, citation url: the address as written). A claim that is
 *   nothing but one link is itself the authority. Each `[n]` entry of the
 *   `Sources:` block gives an authority (citation footnote n, the address,
 *   and the quoted passage as its note) supporting every claim whose text
 *   has the marker `[n]`. Links to anything but http(s) stay in the text.
 * - A claim starting `[unstated premise] ` (as Warrant's Kialo export marks
 *   them) is an implicit premise.
 * - The remarks Warrant's Kialo export ends a claim with, `(Warrant map: …)`
 *   in unescaped parentheses (formats/kialo-remarks.ts), rebuild what Kialo
 *   cannot hold (kialo-structure.ts): entries that name each other as
 *   linked premises become one edge from all their statements; an undercut
 *   (a Con) or backing (a Pro) of "the step from 1.2 to 1" becomes an edge
 *   aimed at that step's edge. The remarks leave the text. Only remarks
 *   whose numbers fit the tree as the exporter lays it out are read so; any
 *   other stays text, with a warning. Look-alikes a Kialo user typed
 *   (Kialo's export escapes their parentheses) are never read as remarks.
 *   Edge ids are the first entry's (`e1.2`), not the map's, so what Warrant
 *   wrote comes back with the same statements, groups and relations but
 *   other ids.
 * - Labels are the text on one line, cut at a word to 200 characters; the
 *   full text (escapes resolved, links reduced to their text, line breaks
 *   kept) is the statement's `text` whenever the label differs from it.
 * - Ids are Kialo's numbers (`1.2.3`; edges `e1.2.3`), so a problem or a
 *   statement can be found in the file.
 *
 * Kialo's text export carries no votes, authors, dates or background info,
 * so nothing of those is lost here.
 *
 * Tolerated, with a warning and nothing dropped: an entry whose parent is
 * missing, a Pro or Con right under a question, a `Thesis:` under a claim
 * (each kept as a statement of its own), a number used twice, a `-> See`
 * whose target is missing, a question, or a ring of links (kept as a claim
 * with its text), a link to its own parent (no edge), a source no claim
 * cites, a `[n]` with no source, a Warrant remark that does not fit (kept in
 * the text). Refused: a file that does not start with
 * `Discussion Title:` or `Discussion Name:`, a title without claims, more
 * than 10,000 claims, and more statements and relations than the viewer takes.
 */
import type { Problem, Result } from '../../model/problems';
import { SCHEMA_VERSION, type ArgumentMap, type NodeKind } from '../../model/types';
import { DEFAULT_MAX_ELEMENTS, validateMap } from '../../model/validate';
import { IMPLICIT_MARKER } from '../formats/kialo';
import { shortLabel } from '../labels';
import { MAX_INPUT_BYTES } from '../parse-json';
import { oneLine } from '../text';
import { addCitations, type CitingClaim } from './kialo-citations';
import { MapDraft } from './kialo-draft';
import { claimNumber, parseKialoLines, type Entry, type KialoDocument } from './kialo-lines';
import { linkOf, resolveLinks, type BrokenLink, type EntryLink } from './kialo-links';
import { addRelations } from './kialo-relations';
import { parentKey, readStructure } from './kialo-structure';
import { readClaimText } from './kialo-text';

export interface ImportKialoOptions {
  /** Map id; default `kialo-import`. */
  id?: string;
}

const BROKEN_LINK: Record<BrokenLink, (target: string) => string> = {
  missing: (target) => `links to ${target}, which is not in the file`,
  question: (target) => `links to ${target}, the question, which is no claim`,
  ring: () => 'is part of a ring of "-> See" links that never reaches a claim',
};

/** Structure read off the entries before any statement is made. */
interface Outline {
  byKey: Map<string, Entry>;
  questions: Set<Entry>;
  links: Map<Entry, EntryLink>;
}

function outline(doc: KialoDocument, draft: MapDraft): Outline {
  const byKey = new Map<string, Entry>();
  const headsTheses = new Set<string>();
  const links = new Map<Entry, EntryLink>();
  for (const entry of doc.entries) {
    const first = byKey.get(entry.key);
    if (first === undefined) byKey.set(entry.key, entry);
    else {
      draft.warn(
        entry.line,
        `claim number ${claimNumber(entry.key)} is used again (first at line ${first.line}); claims numbered below it belong to the first`,
      );
    }
    if (entry.depth > 1 && (entry.role === undefined || entry.role === 'Thesis')) {
      headsTheses.add(parentKey(entry.key));
    }
    const link = linkOf(entry.body);
    if (link !== undefined && entry.depth > 1) links.set(entry, link);
  }
  const questions = new Set(
    doc.entries.filter(
      (entry) =>
        entry.depth === 1 &&
        byKey.get(entry.key) === entry &&
        (entry.role === 'Question' || headsTheses.has(entry.key)),
    ),
  );
  return { byKey, questions, links };
}

export function importKialo(text: string, options: ImportKialoOptions = {}): Result<ArgumentMap> {
  if (text.length > MAX_INPUT_BYTES) {
    return fail(`the file is ${text.length} characters long; at most ${MAX_INPUT_BYTES} are read`);
  }
  const parsed = parseKialoLines(text);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const draft = new MapDraft();
  for (const warning of doc.warnings) draft.report(warning);
  const { byKey, questions, links } = outline(doc, draft);
  const { target, broken } = resolveLinks(doc.entries, links, byKey, (e) => questions.has(e));

  // The text each statement entry is read from, then what Warrant's remarks in it say.
  const written = new Map<Entry, string>();
  for (const entry of doc.entries) {
    if (questions.has(entry) || target.has(entry)) continue;
    const link = broken.has(entry) ? undefined : links.get(entry);
    const implicit = entry.body.startsWith(IMPLICIT_MARKER);
    written.set(
      entry,
      link?.type === 'discussion'
        ? link.title
        : implicit
          ? entry.body.slice(IMPLICIT_MARKER.length)
          : entry.body,
    );
  }
  const isQuestion = (entry: Entry) => questions.has(entry);
  const structure = readStructure({
    entries: doc.entries,
    byKey,
    isQuestion,
    linkTarget: target,
    bodies: written,
  });

  // Statements, in file order: every entry but questions and `-> See` links that resolve.
  const sourceNumbers = new Set(doc.sources.keys());
  const statementOf = new Map<Entry, string>();
  const citing: CitingClaim[] = [];
  for (const entry of doc.entries) {
    const body = structure.bodies.get(entry);
    if (body === undefined) continue;
    const reason = broken.get(entry);
    if (reason !== undefined) {
      const link = links.get(entry);
      const shown = link?.type === 'claim' ? claimNumber(link.key) : '';
      draft.warn(
        entry.line,
        `claim ${claimNumber(entry.key)} ${BROKEN_LINK[reason](shown)}; kept as a claim with its text`,
      );
    }
    const link = broken.has(entry) ? undefined : links.get(entry);
    const implicit = entry.body.startsWith(IMPLICIT_MARKER);
    const read = readClaimText(body, sourceNumbers);
    const kind: NodeKind =
      entry.depth === 1 || entry.role === undefined || entry.role === 'Thesis' ? 'thesis' : 'claim';
    const whole =
      read.links.length === 1 && read.footnotes.length === 0 ? read.links[0]! : undefined;
    const isAuthority =
      kind === 'claim' && whole !== undefined && oneLine(whole.text) === oneLine(read.plain);
    const fallback =
      link?.type === 'discussion'
        ? `Kialo discussion #${link.number}`
        : `Claim ${claimNumber(entry.key)}`;
    const { label } = shortLabel(read.plain, fallback);
    const id = draft.addNode(
      entry.key,
      `claim-${draft.nodes.length + 1}`,
      {
        kind: isAuthority ? 'authority' : kind,
        label,
        ...(read.plain !== '' && read.plain !== label ? { text: read.plain } : {}),
        order: draft.nodes.length + 1,
        ...(isAuthority
          ? { citation: { title: oneLine(whole.text) || whole.url, url: whole.url } }
          : {}),
        ...(implicit ? { implicit: true } : {}),
      },
      entry.line,
    );
    statementOf.set(entry, id);
    if (!isAuthority) citing.push({ id, entry, read });
  }
  for (const [link, end] of target) statementOf.set(link, statementOf.get(end)!);

  addRelations({ entries: doc.entries, byKey, questions, links, structure, statementOf }, draft);
  for (const warning of structure.warnings) draft.report(warning);
  addCitations(citing, doc.sources, draft);
  return finish(doc, draft, questions, options);
}

function finish(
  doc: KialoDocument,
  draft: MapDraft,
  questions: ReadonlySet<Entry>,
  options: ImportKialoOptions,
): Result<ArgumentMap> {
  const count = draft.nodes.length + draft.edges.length;
  if (count > DEFAULT_MAX_ELEMENTS) {
    return fail(
      `the discussion gives ${count} statements and relations; at most ${DEFAULT_MAX_ELEMENTS} are supported`,
    );
  }
  const question = [...questions][0];
  const discussion = oneLine(doc.title);
  const title =
    (question !== undefined ? oneLine(readClaimText(question.body, new Set()).plain) : '') ||
    discussion ||
    draft.nodes[0]?.label ||
    'Kialo discussion';
  const map: ArgumentMap = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'kialo-import',
    title,
    ...(doc.preamble !== '' ? { description: doc.preamble } : {}),
    source: { title: discussion || title, publication: 'Kialo' },
    sections: [],
    nodes: draft.nodes,
    edges: draft.edges,
  };
  const checked = validateMap(map);
  if (!checked.ok) {
    // Point at the line each offending statement or relation came from.
    const problems: Problem[] = checked.problems.map((problem) => {
      const match = /^\$\.(nodes|edges)\[(\d+)\]/.exec(problem.path);
      const lines = match?.[1] === 'nodes' ? draft.nodeLines : draft.edgeLines;
      const line = match ? lines[Number(match[2])] : undefined;
      return line !== undefined ? { path: `line ${line}`, message: problem.message } : problem;
    });
    return { ok: false, problems };
  }
  const warnings = draft.warnings;
  return warnings.length > 0 ? { ...checked, warnings } : checked;
}

const fail = (message: string): Result<ArgumentMap> => ({
  ok: false,
  problems: [{ path: 'line 1', message }],
});
