import { getContext, setContext, untrack } from 'svelte';
import { showEvaluation, showInspected, showQuestionBadges, showQuiz } from '../graph/overlays';
import type { CanvasController } from './canvas.svelte';
import { EvaluationState } from './evaluation.svelte';
import { InferenceInspector } from './inspector.svelte';
import { QuestionsState } from './questions.svelte';
import { QuizState } from './quiz.svelte';
import { joinHash } from './teaching-hash';
import type { ViewerState } from './viewer.svelte';

/**
 * The teaching tools: critical questions, the what-if evaluation, quizzes,
 * and the inference inspector. Each keeps its own state; this wires them to
 * the viewer (selecting a hidden statement reveals it), the address and the
 * canvas's overlays. Shared through context, like the viewer.
 */
export class Teaching {
  readonly questions: QuestionsState;
  readonly evaluation: EvaluationState;
  readonly quiz: QuizState;
  readonly inspector: InferenceInspector;

  constructor(
    private readonly viewer: ViewerState,
    private readonly canvas: CanvasController,
  ) {
    this.questions = new QuestionsState(viewer);
    this.evaluation = new EvaluationState(viewer);
    this.quiz = new QuizState(viewer);
    this.inspector = new InferenceInspector(viewer);
    canvas.onInference = (id) => this.inspector.inspect(id);
  }

  /** The viewer's hash with the teaching tools' own parameters after it. */
  hash(viewerHash: string): string {
    return joinHash(viewerHash, this.evaluation.hashPart);
  }

  applyHash(hash: string): void {
    this.evaluation.applyHash(hash);
  }

  /** Keeps the canvas's overlays and the quiz in step until the returned cleanup runs. */
  attach(): () => void {
    return $effect.root(() => {
      // Selecting a hidden statement, by click, keyboard or outline, reveals it.
      $effect(() => {
        const { id } = this.viewer.selection;
        if (id !== null) untrack(() => this.quiz.reveal(id));
      });
      // Each overlay is applied again whenever the canvas has been rebuilt.
      const overlay = <T>(
        read: () => T,
        apply: (cy: NonNullable<CanvasController['cy']>, value: T) => void,
      ) => {
        $effect(() => {
          const value = read();
          const cy = this.canvas.status.phase === 'ready' ? this.canvas.cy : null;
          if (cy !== null) apply(cy, value);
        });
      };
      overlay(() => this.questions.badgeCounts, showQuestionBadges);
      overlay(() => this.evaluation.result?.statements ?? null, showEvaluation);
      overlay(() => (this.quiz.on ? this.quiz.hidden : null), showQuiz);
      overlay(() => this.inspector.id, showInspected);
    });
  }
}

const KEY = Symbol('teaching');

export const setTeaching = (teaching: Teaching): Teaching => setContext(KEY, teaching);
export const getTeaching = (): Teaching => getContext<Teaching>(KEY);
