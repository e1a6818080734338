/**
 * What Warrant reads out of @argdown/core's model: plain data, with nothing
 * of the library's object graph (which links back and forth, and keys
 * statements by title in objects). `argdown-parse.ts` fills it in;
 * `argdown-map.ts` turns it into a Warrant map, and can be tested without
 * the parser.
 */
import type { ArgdownRelationType } from '../formats/argdown';

/** Where an element is in the file (1-based), for messages. */
export interface Place {
  line: number;
  column: number;
}

interface Element {
  title: string;
  /** The canonical text (the last definition's), tags removed; may be empty. */
  text: string;
  tags: string[];
  /** Inline data merged over all mentions; only plain own values. */
  data: ReadonlyMap<string, unknown>;
  /** Title of the innermost heading the element was defined under. */
  section?: string;
  place: Place;
}

/** An equivalence class: every `[Title]` of one title. */
export type ArgdownStatement = Element;

/** One numbered line of a premise–conclusion structure. */
export interface PcsLine {
  /** The statement (equivalence class) it states. */
  title: string;
  role: 'premise' | 'intermediary-conclusion' | 'main-conclusion';
  /** For conclusions: the inference line above it. */
  inference?: {
    rules: string[];
    data: ReadonlyMap<string, unknown>;
    place: Place;
  };
}

export interface ArgdownArgument extends Element {
  /** Empty for an argument that only has a title and a description. */
  pcs: PcsLine[];
}

/** One end of a relation. */
export type Endpoint =
  | { type: 'statement'; title: string }
  | { type: 'argument'; title: string }
  /** The inference above a conclusion: `index` is that conclusion's position in the PCS (0-based). */
  | { type: 'inference'; argument: string; index: number };

export interface ArgdownRelation {
  type: ArgdownRelationType;
  from: Endpoint;
  to: Endpoint;
  place: Place;
}

export interface ArgdownDocument {
  /** In the order @argdown/core met them (the reading order). */
  statements: ArgdownStatement[];
  arguments: ArgdownArgument[];
  relations: ArgdownRelation[];
  /** The front matter's plain own values. */
  frontMatter: ReadonlyMap<string, unknown>;
  /**
   * The front matter asks for strict interpretation (`model: {mode: strict}`):
   * an attack between two statements then means they are contraries.
   */
  strict: boolean;
}
