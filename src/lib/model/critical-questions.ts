/**
 * The critical questions of each argumentation scheme, from the catalogue in
 * `data/critical-questions.json` (after Walton, Reed and Macagno,
 * Argumentation Schemes, 2008). The catalogue is data with a schema of its
 * own; a unit test validates it and checks it names every scheme. Typed
 * here as a `Record` over the schemes, so code can rely on every entry.
 */
import catalogue from '../../../data/critical-questions.json';
import type { Scheme } from './types';

export interface CriticalQuestion {
  /** Unique within its scheme; what a map's `answers[].question` names. */
  id: string;
  text: string;
}

export interface SchemeQuestions {
  /** "Argument from analogy". */
  name: string;
  /** The scheme(s) of the book the questions follow. */
  after: string;
  /** How the questions were adapted, where the book has no scheme of this name. */
  note?: string;
  questions: readonly CriticalQuestion[];
}

export const CRITICAL_QUESTIONS: Readonly<Record<Scheme, SchemeQuestions>> = catalogue.schemes;

/** The work the catalogue follows, as one line for a citation. */
export const CATALOGUE_SOURCE = `${catalogue.source.author}, ${catalogue.source.title} (${catalogue.source.publisher}, ${catalogue.source.date})`;

/** The question of `scheme` with this id, if there is one. */
export const findQuestion = (scheme: Scheme, id: string): CriticalQuestion | undefined =>
  CRITICAL_QUESTIONS[scheme].questions.find((question) => question.id === id);
