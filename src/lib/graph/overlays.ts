/**
 * The teaching overlays on a live Cytoscape graph: open critical questions
 * on each inference, the what-if labels, and a quiz's hidden statements.
 * Each function sets its classes and data on exactly the elements it names
 * and clears them from every other, so calling it again after the canvas is
 * rebuilt, or with `null` to switch the overlay off, leaves nothing stale.
 */
import type { Core, SingularElementArgument } from 'cytoscape';
import { LABELS, type Label } from '../analysis/evaluation';
import { OVERLAY } from './classes';
import { PADDING } from './elements';

const EVALUATION_CLASS: Readonly<Record<Label, string>> = {
  accepted: OVERLAY.accepted,
  rejected: OVERLAY.rejected,
  undecided: OVERLAY.undecided,
};

/** The element that draws an inference: its junction, or its one edge. */
function inferenceElement(cy: Core, id: string): SingularElementArgument | undefined {
  const element = cy.getElementById(id);
  return element.empty() ? undefined : element;
}

/** "?2" for two open questions; a tick once all are answered. */
export const questionBadge = (open: number): string => (open === 0 ? '✓' : `?${open}`);

/** Shows each inference's count of open critical questions; `null` hides them all. */
export function showQuestionBadges(cy: Core, openByInference: ReadonlyMap<string, number> | null) {
  cy.batch(() => {
    cy.elements(`.${OVERLAY.questions}`).forEach((element) => {
      if (openByInference?.has(element.id()) === true) return;
      element.removeClass(OVERLAY.questions);
      element.removeData('questionBadge openQuestions');
    });
    for (const [id, open] of openByInference ?? []) {
      const element = inferenceElement(cy, id);
      if (element === undefined) continue;
      element.data({ questionBadge: questionBadge(open), openQuestions: open });
      element.addClass(OVERLAY.questions);
    }
  });
}

/** Labels every statement named in `labels` (its `evaluation` data and a class); `null` clears. */
export function showEvaluation(cy: Core, labels: ReadonlyMap<string, Label> | null) {
  const all = LABELS.map((label) => EVALUATION_CLASS[label]).join(' ');
  cy.batch(() => {
    cy.nodes(LABELS.map((label) => `.${EVALUATION_CLASS[label]}`).join(', ')).forEach((node) => {
      if (labels?.has(node.id()) === true) return;
      node.removeClass(all);
      node.removeData('evaluation');
    });
    for (const [id, label] of labels ?? []) {
      const node = cy.getElementById(id);
      if (node.empty() || node.data('evaluation') === label) continue;
      node.removeClass(all);
      node.addClass(EVALUATION_CLASS[label]);
      node.data('evaluation', label);
    }
  });
}

/** Hides the labels of the statements in `numbers`, each behind its box number; `null` shows all. */
export function showQuiz(cy: Core, numbers: ReadonlyMap<string, number> | null) {
  cy.batch(() => {
    cy.nodes(`.${OVERLAY.quizHidden}`).forEach((node) => {
      if (numbers?.has(node.id()) === true) return;
      node.removeClass(OVERLAY.quizHidden);
      node.removeData('quizNumber quizDx quizDy');
    });
    for (const [id, number] of numbers ?? []) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      // The number sits in the box's top-left corner, leaving the rest blank to write in.
      node.data({
        quizNumber: String(number),
        quizDx: -(node.data('width') as number) / 2 + PADDING.x,
        quizDy: -(node.data('height') as number) / 2 + PADDING.y,
      });
      node.addClass(OVERLAY.quizHidden);
    }
  });
}

/** Marks the lines and junction of one inference, the one in the details panel; `null` clears. */
export function showInspected(cy: Core, inference: string | null) {
  cy.batch(() => {
    cy.elements(`.${OVERLAY.inspected}`).removeClass(OVERLAY.inspected);
    if (inference === null) return;
    cy.elements()
      .filter((element) => element.data('inference') === inference)
      .addClass(OVERLAY.inspected);
  });
}
