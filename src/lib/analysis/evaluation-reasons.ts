/**
 * Why the what-if evaluation (./evaluation.ts) gave a statement or an
 * inference its label, as one sentence for the details panel: the decisive
 * reason only, the one a teacher would point at.
 */
import { premisesOf, type ArgumentEdge, type Statement } from '../model/types';
import type { MapIndex } from '../model/inference';
import type { Evaluation, Label, Supposition } from './evaluation';

const quoted = (node: Statement | undefined): string => `“${node?.label ?? '?'}”`;

/** “A”, “A” and “B”, or “A”, “B” and “C”. */
function listOf(index: MapIndex, ids: readonly string[]): string {
  const names = ids.map((id) => quoted(index.nodes.get(id)));
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The inferences aimed at a statement or an inference, by relation. */
function aimedAt(index: MapIndex, id: string): { pros: ArgumentEdge[]; cons: ArgumentEdge[] } {
  const pros: ArgumentEdge[] = [];
  const cons: ArgumentEdge[] = [];
  for (const edge of index.edges.values()) {
    if (edge.to !== id) continue;
    if (edge.relation === 'opposes') cons.push(edge);
    else if (index.nodes.has(id)) pros.push(edge);
  }
  return { pros, cons };
}

/** An objection, named by its reasons: “A”, or “A” and “B” (together). */
const objection = (index: MapIndex, edge: ArgumentEdge): string => {
  const premises = premisesOf(edge);
  return premises.length > 1 ? `${listOf(index, premises)} together` : listOf(index, premises);
};

const is = (count: number) => (count > 1 ? 'are' : 'is');

/** Why an inference fails, is open, or holds, as a clause: "“A” is rejected". */
function inferenceCause(index: MapIndex, evaluation: Evaluation, edge: ArgumentEdge): string {
  const label = evaluation.inferences.get(edge.id) ?? 'undecided';
  const premises = premisesOf(edge);
  const undercuts = aimedAt(index, edge.id).cons;
  if (label === 'accepted') {
    return premises.length > 1
      ? `${listOf(index, premises)} are all accepted`
      : `${listOf(index, premises)} is accepted`;
  }
  const at = (wanted: Label) => premises.filter((id) => evaluation.statements.get(id) === wanted);
  const cut = (wanted: Label) =>
    undercuts.filter((undercut) => evaluation.inferences.get(undercut.id) === wanted);
  if (label === 'rejected') {
    const rejected = at('rejected');
    if (rejected.length > 0) return `${listOf(index, rejected)} ${is(rejected.length)} rejected`;
    const [undercut] = cut('accepted');
    return undercut
      ? `the step is undercut by ${objection(index, undercut)}, which holds`
      : 'the step fails';
  }
  const open = at('undecided');
  if (open.length > 0) return `${listOf(index, open)} ${is(open.length)} undecided`;
  const [undercut] = cut('undecided');
  return undercut
    ? `the undercut by ${objection(index, undercut)} is undecided`
    : 'the step is undecided';
}

/** One sentence on why statement `id` has its label. */
export function explainStatement(
  index: MapIndex,
  evaluation: Evaluation,
  suppositions: ReadonlyMap<string, Supposition>,
  id: string,
): string {
  const label = evaluation.statements.get(id) ?? 'undecided';
  const supposed = suppositions.get(id);
  if (supposed !== undefined) return `${capital(supposed)}: you supposed it ${supposed}.`;
  const { pros, cons } = aimedAt(index, id);
  const attack = (wanted: Label) =>
    cons.find((edge) => evaluation.inferences.get(edge.id) === wanted);
  const support = (wanted: Label) =>
    pros.find((edge) => evaluation.inferences.get(edge.id) === wanted);

  if (label === 'rejected') {
    const attacker = attack('accepted');
    if (attacker !== undefined) {
      return `Rejected: opposed by ${objection(index, attacker)}, which ${premisesOf(attacker).length > 1 ? 'are' : 'is'} accepted and not itself defeated.`;
    }
    if (pros.length === 1) {
      return `Rejected: its only reason fails, as ${inferenceCause(index, evaluation, pros[0]!)}.`;
    }
    return `Rejected: none of its ${pros.length} reasons holds (the first fails as ${inferenceCause(index, evaluation, pros[0]!)}).`;
  }
  if (label === 'undecided') {
    const attacker = attack('undecided');
    if (attacker !== undefined) {
      return `Undecided: opposed by ${objection(index, attacker)}, whose objection is itself undecided.`;
    }
    const open = support('undecided');
    return open === undefined
      ? 'Undecided.'
      : `Undecided: it rests on a reason that is open, as ${inferenceCause(index, evaluation, open)}.`;
  }
  const failed = cons.length > 0 ? `, and every objection to it fails` : '';
  if (pros.length === 0) {
    return cons.length > 0
      ? `Accepted: nothing in the map argues for it, so it is taken as given${failed}.`
      : 'Accepted: nothing in the map argues for or against it, so it is taken as given.';
  }
  const holding = support('accepted')!;
  return `Accepted: its reason holds, as ${inferenceCause(index, evaluation, holding)}${failed}.`;
}

/** One sentence on whether inference `id` holds. */
export function explainInference(index: MapIndex, evaluation: Evaluation, id: string): string {
  const edge = index.edges.get(id);
  if (edge === undefined) return '';
  const label = evaluation.inferences.get(id) ?? 'undecided';
  const cause = inferenceCause(index, evaluation, edge);
  const verdict: Record<Label, string> = {
    accepted: 'Holds',
    rejected: 'Fails',
    undecided: 'Undecided',
  };
  const undercuts = aimedAt(index, id).cons.length;
  const unbroken = label === 'accepted' && undercuts > 0 ? ', and every undercut of it fails' : '';
  return `${verdict[label]}: ${cause}${unbroken}.`;
}

const capital = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
