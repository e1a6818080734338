import type { Statement } from '../model/types';

export interface SearchHit {
  node: Statement;
  /** Which field matched best; the UI shows it next to the hit. */
  field: SearchField;
  /** A short excerpt around the first match in that field. */
  excerpt: string;
}

export const SEARCH_FIELDS = ['label', 'holder', 'text', 'quote', 'citation'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Earlier fields rank higher: a hit in the label beats a hit in a footnote. */
const FIELD_RANK: Record<SearchField, number> = {
  label: 0,
  holder: 1,
  text: 2,
  quote: 3,
  citation: 4,
};

/**
 * Folds case, diacritics and typographic punctuation, so "marx's" finds
 * "Marx’s" and "selon" finds "sélon". The order matters for folding twice to
 * change nothing: "″" goes before NFKD (which splits it into two primes), and
 * case and punctuation go after it (NFKD can yield capitals and dashes).
 */
export function fold(text: string): string {
  return text
    .replace(/″/g, '"')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');
}

function fieldText(node: Statement, field: SearchField): string {
  if (field !== 'citation') return node[field] ?? '';
  const c = node.citation;
  if (c === undefined) return '';
  return [c.author, c.title, c.publication, c.date, c.pages, c.note, c.url]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
}

/**
 * Finds nodes whose fields contain every word of the query. Each node is
 * reported once, under the best-ranked field where any word matched; ties keep
 * the source's reading order.
 */
export function searchNodes(nodes: readonly Statement[], query: string, limit = 50): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: { hit: SearchHit; rank: number; order: number }[] = [];
  for (const node of nodes) {
    const texts = SEARCH_FIELDS.map((field) => ({ field, raw: fieldText(node, field) }));
    const folded = texts.map(({ raw }) => fold(raw));
    const all = folded.join('\n');
    if (!words.every((word) => all.includes(word))) continue;
    const index = folded.findIndex((text) => words.some((word) => text.includes(word)));
    const best = texts[index]!;
    hits.push({
      hit: { node, field: best.field, excerpt: excerpt(best.raw, folded[index]!, words) },
      rank: FIELD_RANK[best.field],
      order: node.order ?? Number.MAX_SAFE_INTEGER,
    });
  }
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.slice(0, limit).map(({ hit }) => hit);
}

/** Folding can change lengths (ligatures), so positions are found on the folded text and clamped. */
function excerpt(raw: string, folded: string, words: string[], radius = 40): string {
  const at = Math.min(...words.map((word) => folded.indexOf(word)).filter((i) => i >= 0));
  const start = Math.max(0, at - radius);
  const end = Math.min(raw.length, at + radius * 2);
  return `${start > 0 ? '…' : ''}${raw.slice(start, end).trim()}${end < raw.length ? '…' : ''}`;
}
