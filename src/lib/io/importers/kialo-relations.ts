/**
 * The edges of a Kialo import: one per step (kialo-structure.ts), from its
 * entries' statements to the statement of the claim above, or to the edge of
 * the step it bears on; and the warnings for Pro and Con entries that stand
 * under no claim, which are kept as parts of their own.
 */
import { discussionNote } from '../formats/kialo';
import type { MapDraft } from './kialo-draft';
import { claimNumber, type Entry } from './kialo-lines';
import type { EntryLink } from './kialo-links';
import { byTarget, type Step } from './kialo-steps';
import { parentKey, type Structure } from './kialo-structure';

export interface RelationsInput {
  entries: readonly Entry[];
  byKey: ReadonlyMap<string, Entry>;
  questions: ReadonlySet<Entry>;
  links: ReadonlyMap<Entry, EntryLink>;
  structure: Structure;
  /** Each entry's statement id, `-> See` links included. */
  statementOf: ReadonlyMap<Entry, string>;
}

export function addRelations(input: RelationsInput, draft: MapDraft): void {
  const { byKey, questions, links, structure, statementOf } = input;
  const edgeOf = new Map<Step, string>();
  const aimed: Step[] = [];
  const add = (step: Step, to: string) => {
    const first = step.members[0]!;
    const from = step.members.map((member) => statementOf.get(member)!);
    const discussion = step.members
      .map((member) => links.get(member))
      .find((link) => link?.type === 'discussion');
    const edge = {
      from: from.length === 1 ? from[0]! : from,
      to,
      relation: step.relation,
      ...(discussion?.type === 'discussion' ? { note: discussionNote(discussion.number) } : {}),
    };
    edgeOf.set(
      step,
      draft.addEdge(`e${first.key}`, `edge-${draft.edges.length + 1}`, edge, first.line).id,
    );
  };

  for (const entry of input.entries) {
    if (entry.depth === 1) continue;
    const parent = byKey.get(parentKey(entry.key));
    const name = claimNumber(entry.key);
    if (entry.role !== 'Pro' && entry.role !== 'Con') {
      if (parent === undefined || !questions.has(parent)) {
        draft.warn(
          entry.line,
          `thesis ${name} is not right under the question; kept as a separate part`,
        );
      }
      continue;
    }
    if (parent === undefined) {
      draft.warn(
        entry.line,
        `claim ${name} has no parent ${claimNumber(parentKey(entry.key))} in the file; kept as a separate part`,
      );
      continue;
    }
    if (questions.has(parent)) {
      draft.warn(
        entry.line,
        `claim ${name} is a ${entry.role} of the question, which is no claim; kept as a separate part`,
      );
      continue;
    }
    const step = structure.stepOf.get(entry);
    if (step === undefined) {
      draft.warn(entry.line, `claim ${name} links to its own parent; that relation is left out`);
      continue;
    }
    // Linked premises make one edge, at their first entry; a step aimed at a step waits for it.
    if (step.members[0] !== entry) continue;
    if (step.target !== undefined) aimed.push(step);
    else add(step, statementOf.get(step.parent)!);
  }
  for (const step of byTarget(aimed)) add(step, edgeOf.get(step.target!)!);
}
