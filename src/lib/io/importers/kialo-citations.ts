/**
 * Authority statements for what Kialo claims cite: one per http(s) address
 * linked in the claims' Markdown, and one per entry of the `Sources:` block,
 * each supporting every claim that cites it (see kialo.ts for why).
 */
import type { Citation } from '../../model/types';
import { shortLabel } from '../labels';
import { oneLine } from '../text';
import type { MapDraft } from './kialo-draft';
import { claimNumber, type Entry, type Source } from './kialo-lines';
import type { ClaimText } from './kialo-text';

/** A claim whose text may cite works. */
export interface CitingClaim {
  id: string;
  entry: Entry;
  read: ClaimText;
}

/** The site's name, for a source that gives nothing but its address. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/**
 * Label and citation title of a linked work: the link's text, except where
 * the text is only a footnote number (`[1](…)`), which says nothing of the work.
 */
function linkNames(text: string, url: string): { label: string; title: string } {
  const words = oneLine(text);
  const footnote = /^\[?(\d{1,4})\]?$/.exec(words);
  if (words !== '' && footnote === null) return { label: words, title: words };
  const host = hostOf(url);
  return { label: footnote !== null ? `[${footnote[1]}] ${host}` : host, title: host };
}

export function addCitations(
  claims: readonly CitingClaim[],
  sources: ReadonlyMap<number, Source>,
  draft: MapDraft,
): void {
  const authorities = new Map<string, string>();
  /** The statement for a key, made on first use; `line` is where it was first seen. */
  const authority = (
    key: string,
    preferred: string,
    labelText: string,
    citation: Citation,
    line: number,
  ): string => {
    const known = authorities.get(key);
    if (known !== undefined) return known;
    const { label, truncated } = shortLabel(labelText, citation.url ?? citation.title);
    const id = draft.addNode(
      preferred,
      preferred,
      {
        kind: 'authority',
        label,
        ...(truncated ? { text: oneLine(labelText) } : {}),
        order: draft.nodes.length + 1,
        citation,
      },
      line,
    );
    authorities.set(key, id);
    return id;
  };
  const sourceAuthority = (source: Source, line: number): string => {
    const title = oneLine(source.title) || (source.url !== undefined ? hostOf(source.url) : '');
    return authority(
      `source:${source.number}`,
      `source-${source.number}`,
      `[${source.number}] ${title}`,
      {
        footnote: source.number,
        title: title || `Source ${source.number}`,
        ...(source.url !== undefined ? { url: source.url } : {}),
        ...(source.excerpt !== '' ? { note: source.excerpt } : {}),
      },
      line,
    );
  };
  let citeCount = 0;
  const cite = (from: string, claim: CitingClaim) => {
    const id = `cite-${citeCount + 1}`;
    if (
      draft.addEdge(id, id, { from, to: claim.id, relation: 'supports' }, claim.entry.line).added
    ) {
      citeCount++;
    }
  };

  let linkCount = 0;
  for (const claim of claims) {
    const { entry, read } = claim;
    for (const link of read.links) {
      const key = `url:${link.url}`;
      const { label, title } = linkNames(link.text, link.url);
      const id = authority(
        key,
        authorities.has(key) ? '' : `link-${++linkCount}`,
        label,
        { title, url: link.url },
        entry.line,
      );
      cite(id, claim);
    }
    for (const number of read.footnotes)
      cite(sourceAuthority(sources.get(number)!, entry.line), claim);
    for (const number of read.unanswered) {
      draft.warn(
        entry.line,
        `claim ${claimNumber(entry.key)} cites [${number}], which the Sources list does not have`,
      );
    }
  }
  for (const source of sources.values()) {
    if (authorities.has(`source:${source.number}`)) continue;
    draft.warn(
      source.line,
      `source [${source.number}] is cited by no claim; kept as a separate part`,
    );
    sourceAuthority(source, source.line);
  }
}
