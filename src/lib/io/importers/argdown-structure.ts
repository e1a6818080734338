/**
 * The passes over the whole imported map that need every statement and edge
 * in place: folding the exporter's stand-in conclusions away, choosing the
 * theses, and turning section titles into sections.
 */
import {
  SCHEMA_VERSION,
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Section,
  type Statement,
} from '../../model/types';
import type { Place } from './argdown-document';
import { isoDate, sanitizeId, type StatementDraft } from './argdown-statement';
import { idAllocator, oneLine } from '../text';

export interface EdgeDraft {
  edge: ArgumentEdge;
  place: Place;
  /** One of the two edges of a symmetric relation (contrary, contradictory). */
  symmetric: boolean;
}

/**
 * A stand-in conclusion (see `PLACEHOLDER_KEY`) is folded away when it is
 * exactly what the exporter writes: the conclusion of one argument's own
 * inference, and the source of one relation and nothing else. That
 * inference then bears on the relation's target itself, with its relation.
 * Anything else keeps the stand-in as an ordinary statement.
 */
export function foldPlaceholders(
  drafts: readonly StatementDraft[],
  edges: readonly EdgeDraft[],
  mainEdgeIds: ReadonlySet<string>,
): { drafts: StatementDraft[]; edges: EdgeDraft[] } {
  const folded = new Set<string>();
  const dropped = new Set<EdgeDraft>();
  for (const draft of drafts) {
    if (!draft.placeholder) continue;
    const id = draft.node.id;
    const into = edges.filter((item) => item.edge.to === id);
    const outOf = edges.filter((item) => premisesOf(item.edge).includes(id));
    const step = into[0];
    const relation = outOf[0];
    if (into.length !== 1 || outOf.length !== 1 || step === undefined || relation === undefined) {
      continue;
    }
    if (!mainEdgeIds.has(step.edge.id) || relation.symmetric) continue;
    if (relation.edge.from !== id || relation.edge.to === step.edge.id) continue;
    step.edge.to = relation.edge.to;
    step.edge.relation = relation.edge.relation;
    dropped.add(relation);
    folded.add(id);
  }
  return {
    drafts: drafts.filter((draft) => !folded.has(draft.node.id)),
    edges: edges.filter((item) => !dropped.has(item)),
  };
}

/**
 * Statements whose data names no kind are claims, except the theses: those
 * that something bears on and that bear on nothing themselves. Opposition
 * both ways is ignored for this (contraries, contradictions, and two
 * statements attacking each other, as rival theses do in many debates).
 * Arguments without a premise–conclusion structure are claims: in Argdown
 * they are reasons, even when the map does not say for what.
 */
export function assignKinds(
  drafts: readonly StatementDraft[],
  edges: readonly EdgeDraft[],
  argumentNodes: ReadonlySet<string>,
): void {
  const key = (from: string, to: string) => JSON.stringify([from, to]);
  const oppositions = new Set(
    edges
      .filter(({ edge }) => edge.relation === 'opposes' && typeof edge.from === 'string')
      .map(({ edge }) => key(edge.from as string, edge.to)),
  );
  const hasReasons = new Set<string>();
  const isReason = new Set<string>();
  for (const { edge, symmetric } of edges) {
    const mutual =
      symmetric ||
      (edge.relation === 'opposes' &&
        typeof edge.from === 'string' &&
        oppositions.has(key(edge.to, edge.from)));
    if (mutual) continue;
    hasReasons.add(edge.to);
    for (const id of premisesOf(edge)) isReason.add(id);
  }
  for (const draft of drafts) {
    if (draft.explicitKind !== undefined) continue;
    const id = draft.node.id;
    draft.node.kind =
      !argumentNodes.has(id) && hasReasons.has(id) && !isReason.has(id) ? 'thesis' : 'claim';
  }
}

/** One section per heading (or `section` data) a statement names, in order of first use. */
export function sectionsOf(drafts: readonly StatementDraft[]): Section[] {
  const allocate = idAllocator(sanitizeId);
  const byTitle = new Map<string, string>();
  const sections: Section[] = [];
  for (const draft of drafts) {
    if (draft.sectionTitle === undefined) continue;
    let id = byTitle.get(draft.sectionTitle);
    if (id === undefined) {
      id = allocate(draft.sectionTitle);
      byTitle.set(draft.sectionTitle, id);
      sections.push({ id, title: draft.sectionTitle });
    }
    draft.node.section = id;
  }
  return sections;
}

const stringValue = (value: unknown): string | undefined =>
  typeof value === 'string' && oneLine(value) !== '' ? oneLine(value) : undefined;

const authorOf = (value: unknown): string | undefined =>
  Array.isArray(value)
    ? stringValue(value.filter((name) => typeof name === 'string').join(', '))
    : stringValue(value);

/**
 * The map's id, title, description and source. The title is the front
 * matter's, else a Markdown file's top heading, else the one thesis's label.
 */
export function mapHeader(
  frontMatter: ReadonlyMap<string, unknown>,
  nodes: readonly Statement[],
  options: { id: string; heading?: string; title: string },
): Pick<ArgumentMap, 'schemaVersion' | 'id' | 'title' | 'description' | 'source'> {
  const theses = nodes.filter((node) => node.kind === 'thesis');
  const title =
    stringValue(frontMatter.get('title')) ??
    stringValue(options.heading) ??
    (theses.length === 1 ? theses[0]!.label : options.title);
  const description = stringValue(frontMatter.get('abstract'));
  const sourceTitle =
    stringValue(frontMatter.get('subTitle')) ?? stringValue(frontMatter.get('subtitle'));
  const author = authorOf(frontMatter.get('author'));
  const date = isoDate(frontMatter.get('date'));
  const hasSource = sourceTitle !== undefined || author !== undefined || date !== undefined;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title,
    ...(description !== undefined ? { description } : {}),
    ...(hasSource
      ? {
          source: {
            title: sourceTitle ?? title,
            ...(author !== undefined ? { author } : {}),
            ...(date !== undefined ? { date } : {}),
          },
        }
      : {}),
  };
}
