import {
  questionCounts,
  questionStatus,
  withAnswer,
  type QuestionStatus,
  type SessionAnswers,
} from '../analysis/questions';
import type { ArgumentMap } from '../model/types';
import type { ViewerState } from './viewer.svelte';

const NONE: SessionAnswers = new Map();

/**
 * The critical-question layer: whether the canvas shows each inference's
 * open questions, and the answers marked during the session, on top of
 * those the map file gives. Marks belong to the map they were made on.
 */
export class QuestionsState {
  private readonly viewer: ViewerState;
  /** The layer toggle: a badge with the count of open questions on each inference. */
  badges = $state(false);
  #marked = $state.raw<{ map: ArgumentMap | null; answers: SessionAnswers }>({
    map: null,
    answers: NONE,
  });
  readonly session = $derived.by(() =>
    this.#marked.map === this.viewer.map ? this.#marked.answers : NONE,
  );
  readonly counts = $derived.by(() => questionCounts(this.viewer.map, this.session));
  /** The badges to draw: open questions by inference, or null while the layer is off. */
  readonly badgeCounts = $derived(
    // A fresh map per change, read once by the canvas: it needs no reactivity of its own.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.badges ? new Map([...this.counts].map(([id, count]) => [id, count.open])) : null,
  );
  readonly totalOpen = $derived([...this.counts.values()].reduce((sum, c) => sum + c.open, 0));

  constructor(viewer: ViewerState) {
    this.viewer = viewer;
  }

  statusOf(inference: string): QuestionStatus[] {
    const edge = this.viewer.index.edges.get(inference);
    return edge === undefined ? [] : questionStatus(edge, this.session);
  }

  /** Marks a question answered by a statement or edge, or (with null) open again. */
  mark(inference: string, question: string, by: string | null): void {
    this.#marked = {
      map: this.viewer.map,
      answers: withAnswer(this.session, inference, question, by),
    };
  }
}
