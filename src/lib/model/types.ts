/**
 * The Warrant argument-map model.
 *
 * A map is a directed graph: nodes are statements (a thesis, claims, evidence,
 * authorities) and edges are inferences. Every edge points from its reason, or
 * several reasons that only work together, to what it bears on: a statement,
 * or another inference. So the theses are the sinks the map flows into; a map
 * may have several unconnected parts, and zero, one or several theses.
 * The JSON Schema in `data/schema/argument-map.schema.json` is the wire
 * contract; these types mirror it and the validator proves the two agree.
 */

export const SCHEMA_VERSION = 2 as const;
/** The versions the reader accepts; older ones are migrated in `migrate.ts`. */
export const READABLE_VERSIONS = [1, 2] as const;

/** What role a statement plays in the argument. */
export const NODE_KINDS = ['thesis', 'claim', 'evidence', 'authority'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/**
 * How a reason bears on its target.
 * - `supports`: `from` is a reason for `to`. Aimed at an inference, it backs
 *   the step itself (a warrant, in Toulmin's terms).
 * - `opposes`: `from` is a reason against `to` (a rebuttal or an objection).
 *   Aimed at an inference, it is an undercut: it attacks the step from the
 *   premises to the conclusion, not the premises or the conclusion.
 */
export const RELATIONS = ['supports', 'opposes'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * The kind of reasoning an edge uses, after Walton's argumentation schemes.
 * Optional: set only where the text makes the kind of inference clear.
 */
export const SCHEMES = [
  'expert-opinion', // a cited authority vouches for the claim
  'example', // a historical or present case instantiates the claim
  'analogy', // a similar case is argued to hold here too
  'cause-to-effect', // the reason describes a cause that produces the claim
  'statistics', // a poll, count or measurement backs the claim
  'popular-opinion', // what many people believe is offered as a reason
  'consequences', // the claim follows because of what it leads to
  'principle', // a general rule is applied to a case
  'sign', // an observed fact is taken as a sign of the claim
  'definition', // the claim follows from what a term means
  'practical-reasoning', // a goal, and an action that serves it, argue for doing it
  'precedent', // an earlier case is taken to settle how this one should go
] as const;
export type Scheme = (typeof SCHEMES)[number];

/** A bibliographic reference, as the source's footnote gives it. */
export interface Citation {
  /** Footnote number(s) in the source; several when "Ibid." repeats a work. */
  footnote?: number | number[];
  author?: string;
  title: string;
  publication?: string;
  /** As printed, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) where known. */
  date?: string;
  url?: string;
  pages?: string;
  /** The footnote's own remarks beyond the reference. */
  note?: string;
}

export interface Statement {
  id: string;
  kind: NodeKind;
  /** A short, neutral paraphrase (the node's visible text). */
  label: string;
  /** A longer paraphrase. */
  text?: string;
  /** Verbatim passage from the source text. */
  quote?: string;
  /** The id of a section in `ArgumentMap.sections`. */
  section?: string;
  /** Position in the source's reading order (1-based). */
  order?: number;
  /** Whose position this is, when it is not the author's. */
  holder?: string;
  citation?: Citation;
  /** Free-form tags, e.g. "concession", "context", "qualifier" or "reconstructed". */
  tags?: string[];
  /**
   * An unstated premise the analyst supplies where the text leaves a gap
   * (typically where a rule meets its case). Never the author's words, so it
   * has no quote, and it is drawn so that nobody mistakes it for them.
   */
  implicit?: boolean;
}

/**
 * One inference. With one reason in `from` it is a plain support or objection;
 * with several, the reasons are linked premises, which bear on `to` only
 * together (one scheme and one note for the whole step). `to` names a
 * statement, or another edge when the edge bears on that inference.
 */
export interface ArgumentEdge {
  id: string;
  /** The reason: one statement id, or two or more linked premises. */
  from: string | string[];
  /** The statement, or the inference (edge id), the reason bears on. */
  to: string;
  relation: Relation;
  scheme?: Scheme;
  note?: string;
  /**
   * Critical questions of the edge's scheme that the map itself answers, each
   * by a statement or an edge. A question not listed here is open.
   */
  answers?: CriticalAnswer[];
}

/** One critical question of an inference's scheme, answered somewhere in the map. */
export interface CriticalAnswer {
  /** The question's id in the scheme's entry of `data/critical-questions.json`. */
  question: string;
  /** The statement or edge that answers it. */
  by: string;
}

/** One stop of a guided tour: a statement or an inference, and what to say about it. */
export interface TourStep {
  /** A statement id or an edge (inference) id. */
  target: string;
  caption: string;
}

/** A named walk through the map, step by step. */
export interface Tour {
  id: string;
  title: string;
  steps: TourStep[];
}

export interface Section {
  id: string;
  title: string;
}

export interface SourceInfo {
  title: string;
  author?: string;
  /** ISO 8601 date of publication. */
  date?: string;
  publication?: string;
  url?: string;
  /** Path of the plain-text source, relative to the map file and inside its folder. */
  text?: string;
}

export interface ArgumentMap {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string;
  description?: string;
  source?: SourceInfo;
  sections: Section[];
  nodes: Statement[];
  edges: ArgumentEdge[];
  /** Guided tours through the map, for teaching. */
  tours?: Tour[];
}

export const isNodeKind = (value: unknown): value is NodeKind =>
  typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);

export const isRelation = (value: unknown): value is Relation =>
  typeof value === 'string' && (RELATIONS as readonly string[]).includes(value);

export const isScheme = (value: unknown): value is Scheme =>
  typeof value === 'string' && (SCHEMES as readonly string[]).includes(value);

export const isAuthority = (node: Statement): node is Statement & { citation: Citation } =>
  node.kind === 'authority' && node.citation !== undefined;

/** A position the author argues against, or reports, rather than holds. */
export const isHeldByOthers = (node: Statement): node is Statement & { holder: string } =>
  typeof node.holder === 'string' && node.holder.length > 0;

/** An unstated premise, supplied by whoever modeled the map. */
export const isImplicit = (node: Statement): boolean => node.implicit === true;

/** Whether the edge's reasons are linked premises. */
export const isLinked = (edge: ArgumentEdge): edge is ArgumentEdge & { from: string[] } =>
  Array.isArray(edge.from);

/** The statements an edge reasons from: one, or its linked premises in order. */
export const premisesOf = (edge: ArgumentEdge): readonly string[] =>
  typeof edge.from === 'string' ? [edge.from] : edge.from;

/** All footnote numbers a citation answers to. */
export const footnotesOf = (citation: Citation | undefined): number[] =>
  citation?.footnote === undefined
    ? []
    : Array.isArray(citation.footnote)
      ? citation.footnote
      : [citation.footnote];
