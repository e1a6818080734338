/**
 * One Argdown statement (or argument without a premise–conclusion
 * structure) as a Warrant statement: its text becomes the label, and the
 * inline data keys Warrant's exporter writes (`kind`, `order`, `section`,
 * `holder`, `text`, `quote`, `citation`, `implicit`, `tags`) are read back.
 * Other data keys are left out.
 */
import { isNodeKind, type Citation, type NodeKind, type Statement } from '../../model/types';
import type { Problem } from '../../model/problems';
import { oneLine } from '../text';
import { PLACEHOLDER_KEY, PLACEHOLDER_VALUE } from '../formats/argdown';
import type { ArgdownStatement } from './argdown-document';

const LABEL_MAX = 200;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Warrant ids: letters, digits and `_.:-`, starting alphanumeric; accents are dropped, not the letter. */
export function sanitizeId(raw: string): string {
  const cleaned = raw
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 120);
  return cleaned === '' ? 'statement' : cleaned;
}

/** A label within the schema's limit, cut at a word boundary. */
export function labelOf(text: string): { label: string; truncated: boolean } {
  const line = oneLine(text);
  if (line.length <= LABEL_MAX) return { label: line, truncated: false };
  const cut = line.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return { label: `${space > LABEL_MAX / 2 ? cut.slice(0, space) : cut}…`, truncated: true };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/** YAML reads an unquoted `2024-01-15` as a Date. */
export const isoDate = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && Number.isInteger(value)) return isoDate(String(value));
  return typeof value === 'string' && ISO_DATE.test(value.trim()) ? value.trim() : undefined;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A citation from data: the one-line string Warrant exports, or an object of citation fields. */
function citationOf(value: unknown): Citation | undefined {
  const title = text(value);
  if (title !== undefined) return { title: oneLine(title) };
  if (!isRecord(value) || text(value.title) === undefined) return undefined;
  const citation: Citation = { title: String(value.title) };
  for (const key of ['author', 'publication', 'url', 'pages', 'note'] as const) {
    const field = text(value[key]);
    if (field !== undefined) citation[key] = field;
  }
  const date = isoDate(value.date);
  if (date !== undefined) citation.date = date;
  const footnotes = [value.footnote]
    .flat()
    .filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1);
  const unique = [...new Set(footnotes)];
  if (unique.length === 1) citation.footnote = unique[0]!;
  else if (unique.length > 1) citation.footnote = unique;
  return citation;
}

function tagsOf(element: ArgdownStatement): string[] {
  const fromData = element.data.get('tags');
  const all = [...element.tags, ...(Array.isArray(fromData) ? (fromData as unknown[]) : [])]
    .filter((tag): tag is string => typeof tag === 'string')
    .map(oneLine)
    .filter((tag) => tag !== '');
  return [...new Set(all)];
}

export interface StatementDraft {
  node: Statement;
  /** The kind the data gave; otherwise the mapping decides. */
  explicitKind?: NodeKind;
  /** The title of the section the statement belongs to. */
  sectionTitle?: string;
  /** The exporter's stand-in conclusion (see `PLACEHOLDER_KEY`). */
  placeholder: boolean;
}

/** The statement for an Argdown element; `id` is already allocated. */
export function statementOf(
  element: ArgdownStatement,
  id: string,
  warnings: Problem[],
): StatementDraft {
  const data = element.data;
  const { label, truncated } = labelOf(element.text === '' ? element.title : element.text);
  const kindValue = data.get('kind');
  const explicitKind = isNodeKind(kindValue) ? kindValue : undefined;
  const orderValue = data.get('order');
  const node: Statement = {
    id,
    kind: explicitKind ?? 'claim',
    label: label === '' ? id : label,
    // Without an order, the map's node order is the reading order: Argdown's.
    ...(typeof orderValue === 'number' && Number.isFinite(orderValue) && orderValue >= 0
      ? { order: orderValue }
      : {}),
  };
  const longText = truncated ? element.text : text(data.get('text'));
  if (longText !== undefined) node.text = longText;
  const holder = text(data.get('holder'));
  if (holder !== undefined) node.holder = holder;
  const quote = text(data.get('quote'));
  const implicit = data.get('implicit') === true;
  if (implicit) {
    node.implicit = true;
    if (quote !== undefined) {
      warnings.push({
        path: `line ${element.place.line}, column ${element.place.column}`,
        message: `the quote of [${oneLine(element.title)}] was left out: an implicit premise has no words of the author's to quote`,
      });
    }
  } else if (quote !== undefined) node.quote = quote;
  const citation = citationOf(data.get('citation'));
  if (citation !== undefined) node.citation = citation;
  const tags = tagsOf(element);
  if (tags.length > 0) node.tags = tags;
  const sectionTitle = text(data.get('section')) ?? element.section;
  return {
    node,
    placeholder: data.get(PLACEHOLDER_KEY) === PLACEHOLDER_VALUE,
    ...(explicitKind !== undefined ? { explicitKind } : {}),
    ...(sectionTitle !== undefined && oneLine(sectionTitle) !== ''
      ? { sectionTitle: oneLine(sectionTitle) }
      : {}),
  };
}
