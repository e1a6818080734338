/**
 * What the details panel says about one statement's relations: the reasons
 * that bear on it, what it bears on, who it is linked with, and the
 * inferences aimed at or from it. Pure, over the map's index.
 */
import {
  RELATIONS,
  premisesOf,
  type ArgumentEdge,
  type Relation,
  type Statement,
} from '../model/types';
import { conclusionOf, type MapIndex } from '../model/inference';

/** An inference seen from outside: its premises and the statement it concludes. */
export interface Step {
  from: Statement[];
  to: Statement;
}

export interface RelationItem {
  edge: ArgumentEdge;
  /** The statements at the other end: the reasons (incoming) or the conclusion (outgoing). */
  others: Statement[];
  /** The other linked premises this statement only works together with. */
  together: Statement[];
  /** For an edge aimed at an inference, that inference. */
  step?: Step;
}

export interface RelationGroup {
  /** `in`: bears on this statement; `out`: this statement bears on something. */
  direction: 'in' | 'out';
  relation: Relation;
  /** The edges are aimed at inferences (undercuts, backings) rather than statements. */
  onStep: boolean;
  items: RelationItem[];
}

const statements = (index: MapIndex, ids: readonly string[]): Statement[] =>
  ids.map((id) => index.nodes.get(id)).filter((node): node is Statement => node !== undefined);

function stepOf(index: MapIndex, edge: ArgumentEdge): Step | undefined {
  const to = conclusionOf(index, edge);
  return to === undefined ? undefined : { from: statements(index, premisesOf(edge)), to };
}

/**
 * The relations of statement `id`, grouped as the panel lists them: reasons
 * and objections to it, undercuts and backings of the steps to it, then what
 * it supports, opposes, backs or undercuts. Empty groups are left out.
 */
export function relationsOf(index: MapIndex, id: string): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const add = (group: Omit<RelationGroup, 'items'>, items: RelationItem[]) => {
    if (items.length > 0) groups.push({ ...group, items });
  };
  const edges = [...index.edges.values()];
  for (const onStep of [false, true]) {
    for (const relation of RELATIONS) {
      const items: RelationItem[] = [];
      for (const edge of edges) {
        if (edge.relation !== relation) continue;
        if (!onStep && edge.to === id) {
          items.push({ edge, others: statements(index, premisesOf(edge)), together: [] });
        } else if (onStep && !index.nodes.has(edge.to)) {
          const target = index.edges.get(edge.to);
          const step = target === undefined ? undefined : stepOf(index, target);
          if (step?.to.id === id) {
            items.push({ edge, others: statements(index, premisesOf(edge)), together: [], step });
          }
        }
      }
      add({ direction: 'in', relation, onStep }, items);
    }
  }
  for (const onStep of [false, true]) {
    for (const relation of RELATIONS) {
      const items: RelationItem[] = [];
      for (const edge of edges) {
        const premises = premisesOf(edge);
        if (edge.relation !== relation || !premises.includes(id)) continue;
        const together = statements(
          index,
          premises.filter((premise) => premise !== id),
        );
        const target = index.nodes.get(edge.to);
        if (!onStep && target !== undefined) {
          items.push({ edge, others: [target], together });
        } else if (onStep && target === undefined) {
          const aimed = index.edges.get(edge.to);
          const step = aimed === undefined ? undefined : stepOf(index, aimed);
          if (step !== undefined) items.push({ edge, others: [step.to], together, step });
        }
      }
      add({ direction: 'out', relation, onStep }, items);
    }
  }
  return groups;
}
