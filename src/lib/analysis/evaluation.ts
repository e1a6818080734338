/**
 * What-if evaluation: which statements a map's argument lets one accept.
 *
 * Semantics: the **grounded labelling** (Dung 1995; in labellings, Caminada
 * 2006) of the argumentation framework the map induces, built as ASPIC+
 * builds one (Modgil and Prakken 2014) but without preferences:
 *
 * - A statement nothing supports is a premise: accepted unless attacked (or
 *   supposed otherwise). A statement with reasons stands only through them:
 *   at least one of its inferences must hold.
 * - An inference holds when all its premises are accepted (so linked
 *   premises work only together) and no undercut of it holds.
 * - `opposes` edges attack: an objection that holds rejects its target (a
 *   statement, or an inference: an undercut). Attacks are not weighed, so an
 *   attack that holds always wins, and mutual or odd cycles of attack stay
 *   undecided, as the grounded semantics is sceptical.
 * - A backing (a support aimed at an inference) is shown but changes no
 *   label: as in ASPIC+, a rule applies unless undercut.
 * - A supposition fixes a statement's label, as a Carneades audience
 *   accepts or rejects statements (Gordon, Prakken and Walton 2007).
 *
 * Rather than enumerate arguments (exponential in linked premises), this
 * labels statements and inferences directly, as the least fixpoint of their
 * three-valued acceptance conditions: the grounded semantics of the abstract
 * dialectical framework the map defines (Brewka and Woltran 2010), which
 * decides what every complete labelling agrees on, and nothing more.
 * Linear in the map's size: each element is decided at most once, and each
 * decision re-examines only what depends on it.
 */
import { premisesOf, type ArgumentMap } from '../model/types';

export const LABELS = ['accepted', 'rejected', 'undecided'] as const;
export type Label = (typeof LABELS)[number];

/** What a user may suppose of a statement. */
export const SUPPOSITIONS = ['accepted', 'rejected'] as const;
export type Supposition = (typeof SUPPOSITIONS)[number];

export const isSupposition = (value: unknown): value is Supposition =>
  typeof value === 'string' && (SUPPOSITIONS as readonly string[]).includes(value);

export interface Evaluation {
  /** Every statement's label. */
  statements: ReadonlyMap<string, Label>;
  /**
   * Every inference's: `accepted` when it holds (for an objection: when its
   * attack succeeds), `rejected` when it fails, `undecided` otherwise.
   */
  inferences: ReadonlyMap<string, Label>;
}

const UNDECIDED = 0;
const ACCEPTED = 1;
const REJECTED = 2;
const NAMES: readonly Label[] = ['undecided', 'accepted', 'rejected'];

/**
 * The grounded labelling of `map` under `suppositions` (statement id →
 * supposed label; ids that name no statement are ignored).
 */
export function evaluateMap(
  map: Pick<ArgumentMap, 'nodes' | 'edges'>,
  suppositions: ReadonlyMap<string, Supposition> = new Map(),
): Evaluation {
  // Statements take slots 0..S-1 and inferences S..S+E-1; first occurrence wins, as in `indexMap`.
  const slot = new Map<string, number>();
  const statementIds: string[] = [];
  for (const node of map.nodes) {
    if (slot.has(node.id)) continue;
    slot.set(node.id, statementIds.length);
    statementIds.push(node.id);
  }
  const statementCount = statementIds.length;
  const edges = map.edges.filter((edge) => {
    if (slot.has(edge.id)) return false;
    slot.set(edge.id, -1);
    return true;
  });
  edges.forEach((edge, k) => slot.set(edge.id, statementCount + k));
  const size = statementCount + edges.length;

  // For a statement: the inferences for it (pros) and against it (cons). For an
  // inference: its premises (pros) and its undercuts (cons). Backings are left out.
  const pros: number[][] = Array.from({ length: size }, () => []);
  const cons: number[][] = Array.from({ length: size }, () => []);
  const dependents: number[][] = Array.from({ length: size }, () => []);
  edges.forEach((edge, k) => {
    const self = statementCount + k;
    for (const premise of premisesOf(edge)) {
      const at = slot.get(premise);
      if (at === undefined || at < 0 || at >= statementCount) continue;
      pros[self]!.push(at);
      dependents[at]!.push(self);
    }
    const target = slot.get(edge.to);
    if (target === undefined || target < 0) return;
    const aimedAtStatement = target < statementCount;
    if (edge.relation === 'opposes') cons[target]!.push(self);
    else if (aimedAtStatement) pros[target]!.push(self);
    else return; // a backing
    dependents[self]!.push(target);
  });

  const label = new Uint8Array(size);
  const fixed = new Uint8Array(size);
  for (const [id, supposed] of suppositions) {
    const at = slot.get(id);
    if (at === undefined || at < 0 || at >= statementCount) continue;
    label[at] = supposed === 'accepted' ? ACCEPTED : REJECTED;
    fixed[at] = 1;
  }

  /** The label the element's condition forces now, or UNDECIDED while it is open. */
  const decide = (i: number): number => {
    for (const con of cons[i]!) if (label[con] === ACCEPTED) return REJECTED;
    const statement = i < statementCount;
    const support = pros[i]!;
    let open = false;
    if (statement) {
      // A premise needs nothing; otherwise one inference for it must hold.
      if (support.length > 0) {
        let some = false;
        for (const pro of support) {
          if (label[pro] === ACCEPTED) some = true;
          else if (label[pro] === UNDECIDED) open = true;
        }
        if (!some) return open ? UNDECIDED : REJECTED;
      }
    } else {
      // Every premise must be accepted.
      for (const pro of support) {
        if (label[pro] === REJECTED) return REJECTED;
        if (label[pro] === UNDECIDED) open = true;
      }
      if (open) return UNDECIDED;
    }
    for (const con of cons[i]!) if (label[con] === UNDECIDED) return UNDECIDED;
    return ACCEPTED;
  };

  const queue: number[] = [];
  for (let i = 0; i < size; i++) queue.push(i);
  // Each element is decided once and then queues only its dependents, so this runs in linear time.
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    if (label[i] !== UNDECIDED || fixed[i]) continue;
    const next = decide(i);
    if (next === UNDECIDED) continue;
    label[i] = next;
    for (const dependent of dependents[i]!)
      if (label[dependent] === UNDECIDED) queue.push(dependent);
  }

  const statements = new Map<string, Label>();
  statementIds.forEach((id, i) => statements.set(id, NAMES[label[i]!]!));
  const inferences = new Map<string, Label>();
  edges.forEach((edge, k) => inferences.set(edge.id, NAMES[label[statementCount + k]!]!));
  return { statements, inferences };
}
