/**
 * Which critical questions of each inference are answered, and by what. A
 * question is answered when the map says so (an edge's `answers`) or when
 * someone marked it during the session; every other question of the
 * inference's scheme is open.
 */
import { CRITICAL_QUESTIONS, type CriticalQuestion } from '../model/critical-questions';
import type { ArgumentEdge, ArgumentMap } from '../model/types';

/** Answers given during a session: inference id → question id → the answering statement or edge. */
export type SessionAnswers = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface QuestionStatus {
  question: CriticalQuestion;
  /** The statement or edge that answers it; absent while the question is open. */
  answeredBy?: string;
  /** Where the answer comes from: the map file, or this session. */
  source?: 'map' | 'session';
}

/** The questions of an inference's scheme in the catalogue's order; none without a scheme. */
export function questionStatus(
  edge: ArgumentEdge,
  session: SessionAnswers = new Map(),
): QuestionStatus[] {
  if (edge.scheme === undefined) return [];
  const inMap = new Map((edge.answers ?? []).map((answer) => [answer.question, answer.by]));
  const marked = session.get(edge.id);
  return CRITICAL_QUESTIONS[edge.scheme].questions.map((question) => {
    const fromMap = inMap.get(question.id);
    if (fromMap !== undefined) return { question, answeredBy: fromMap, source: 'map' };
    const fromSession = marked?.get(question.id);
    if (fromSession !== undefined) return { question, answeredBy: fromSession, source: 'session' };
    return { question };
  });
}

export interface QuestionCount {
  open: number;
  total: number;
}

/** For every inference that names a scheme, how many of its questions are open. */
export function questionCounts(
  map: Pick<ArgumentMap, 'edges'>,
  session: SessionAnswers = new Map(),
): Map<string, QuestionCount> {
  const counts = new Map<string, QuestionCount>();
  for (const edge of map.edges) {
    const statuses = questionStatus(edge, session);
    if (statuses.length === 0) continue;
    const open = statuses.filter((status) => status.answeredBy === undefined).length;
    counts.set(edge.id, { open, total: statuses.length });
  }
  return counts;
}

/** The same session answers with one more (or, with `by` null, one fewer). */
export function withAnswer(
  session: SessionAnswers,
  inference: string,
  question: string,
  by: string | null,
): SessionAnswers {
  const next = new Map(session);
  const answers = new Map(session.get(inference));
  if (by === null) answers.delete(question);
  else answers.set(question, by);
  if (answers.size === 0) next.delete(inference);
  else next.set(inference, answers);
  return next;
}
