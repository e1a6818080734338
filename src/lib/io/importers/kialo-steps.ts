/**
 * The steps of a Kialo import: the edges to be, each made by one entry or by
 * linked premises, and aimed at the claim above or at another step. Walks
 * over chains of steps aimed at steps are iterative and linear.
 */
import type { Relation } from '../../model/types';
import type { Entry } from './kialo-lines';

/** One edge to be: the entries that make it, several for linked premises. */
export interface Step {
  /** In file order. */
  members: Entry[];
  /** The claim they stand under. */
  parent: Entry;
  relation: Relation;
  /** The step this one bears on (an undercut or backing); absent: the parent's statement. */
  target?: Step;
}

/**
 * Calls `cut` on every step in a ring of steps aimed at steps, which then
 * must drop its target. Each step aims at most at one other, so following
 * the chain from each step finds every ring, once.
 */
export function breakRings(steps: readonly Step[], cut: (step: Step) => void): void {
  const state = new Map<Step, 'walking' | 'done'>();
  for (const start of steps) {
    const path: Step[] = [];
    let step: Step | undefined = start;
    while (step !== undefined && !state.has(step)) {
      state.set(step, 'walking');
      path.push(step);
      step = step.target;
    }
    if (step !== undefined && state.get(step) === 'walking') {
      for (const member of path.slice(path.indexOf(step))) cut(member);
    }
    for (const member of path) state.set(member, 'done');
  }
}

/** The steps, each after the step it aims at (there must be no rings). */
export function byTarget(steps: readonly Step[]): Step[] {
  const depth = new Map<Step, number>();
  for (const start of steps) {
    const path: Step[] = [];
    let step: Step | undefined = start;
    while (step !== undefined && !depth.has(step)) {
      path.push(step);
      step = step.target;
    }
    let level = step === undefined ? -1 : depth.get(step)!;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++level);
  }
  return [...steps].sort((a, b) => depth.get(a)! - depth.get(b)!);
}
