/**
 * Lays a Warrant map out as the tree a Kialo export writes: every statement
 * once as a claim, under the first statement it bears on (in the outline's
 * order), and a `-> See` link wherever else it bears. Kialo has no linked
 * premises and no edges aimed at inferences, so those are placed as claims
 * with a remark saying what Kialo cannot: each linked premise goes under the
 * conclusion and names its partners; an undercut or backing goes under the
 * (first) premise of the inference it bears on and names that inference.
 */
import {
  premisesOf,
  type ArgumentEdge,
  type ArgumentMap,
  type Relation,
  type Statement,
} from '../../model/types';
import { conclusionOf, indexMap } from '../../model/inference';
import { walkTree } from '../../analysis/outline';
import { STANCE_OF_RELATION, type KialoStance } from '../formats/kialo';

/**
 * Deepest level written as such. Each claim's number repeats its ancestors',
 * so a hostile chain 50,000 deep would make a file of billions of
 * characters; deeper claims start a new thesis, linked from their place.
 * Real discussions reach 19 levels.
 */
export const MAX_LEVEL = 64;

/** What a claim's text adds because Kialo cannot say it. */
export type Remark =
  /** One of linked premises: `partners` are the others. */
  | { type: 'linked'; partners: string[] }
  /** Bears on the inference from `premises` to `conclusion`, not on the claim above. */
  | { type: 'inference'; relation: Relation; premises: string[]; conclusion: string };

export interface OutClaim {
  type: 'claim';
  node: Statement;
  /** How it bears on the claim above; absent for a thesis. */
  stance?: KialoStance;
  /** The edge that placed it there. */
  edge?: ArgumentEdge;
  remarks: Remark[];
  children: OutEntry[];
  /** 0 for a thesis. */
  level: number;
}

/** `-> See N`: the statement written elsewhere bears here too. */
export interface OutLink {
  type: 'link';
  node: Statement;
  stance: KialoStance;
}

export type OutEntry = OutClaim | OutLink;

export interface KialoTree {
  /** The theses: one, or several under the map's title as the question. */
  roots: OutClaim[];
  /** Where each statement is written. */
  claimOf: ReadonlyMap<string, OutClaim>;
}

type Frame =
  | { type: 'claim'; out: OutClaim }
  | { type: 'group'; edge: ArgumentEdge; attach: OutClaim; premises: OutClaim[] };

export function layOutKialo(map: Pick<ArgumentMap, 'nodes' | 'edges'>): KialoTree {
  const index = indexMap(map);
  const roots: OutClaim[] = [];
  const claimOf = new Map<string, OutClaim>();
  // frames[d]: where the outline's entries at depth d + 1 hang.
  const frames: Frame[] = [];
  const placeUnder = (depth: number, edge: ArgumentEdge, onInference: boolean): OutClaim => {
    const frame = frames[depth - 1]!;
    if (frame.type === 'claim') return frame.out;
    // Under linked premises, the premises go to the conclusion; what bears
    // on their joint step goes under the first of them.
    return onInference && edge.to === frame.edge.id
      ? (frame.premises[0] ?? frame.attach)
      : frame.attach;
  };
  const inferenceRemark = (edge: ArgumentEdge): Remark[] => {
    const target = index.edges.get(edge.to);
    const conclusion = target && conclusionOf(index, target);
    if (target === undefined || conclusion === undefined) return [];
    return [
      {
        type: 'inference',
        relation: edge.relation,
        premises: premisesOf(target).filter((id) => index.nodes.has(id)),
        conclusion: conclusion.id,
      },
    ];
  };

  for (const entry of walkTree(map)) {
    if (entry.kind === 'group') {
      const attach = placeUnder(entry.depth, entry.edge, entry.onInference);
      frames[entry.depth] = { type: 'group', edge: entry.edge, attach, premises: [] };
      continue;
    }
    const { node, depth, edge } = entry;
    if (depth === 0 || edge === undefined) {
      const out = claim(node, 0);
      roots.push(out);
      claimOf.set(node.id, out);
      frames[depth] = { type: 'claim', out };
      continue;
    }
    const parent = placeUnder(depth, edge, entry.onInference);
    const stance = STANCE_OF_RELATION[edge.relation];
    if (entry.repeat) {
      parent.children.push({ type: 'link', node, stance });
      // What bears on this step is written under the statement's own claim.
      frames[depth] = { type: 'claim', out: claimOf.get(node.id) ?? parent };
      continue;
    }
    const frame = frames[depth - 1]!;
    const group = frame.type === 'group' && frame.edge === edge ? frame : undefined;
    const out = claim(node, parent.level + 1);
    out.edge = edge;
    if (group !== undefined) {
      const partners = premisesOf(edge).filter((id) => id !== node.id && index.nodes.has(id));
      out.remarks.push({ type: 'linked', partners });
      group.premises.push(out);
    }
    if (entry.onInference) out.remarks.push(...inferenceRemark(edge));
    if (out.level > MAX_LEVEL) {
      out.level = 0;
      roots.push(out);
      parent.children.push({ type: 'link', node, stance });
    } else {
      out.stance = stance;
      parent.children.push(out);
    }
    claimOf.set(node.id, out);
    frames[depth] = { type: 'claim', out };
  }
  return { roots, claimOf };
}

const claim = (node: Statement, level: number): OutClaim => ({
  type: 'claim',
  node,
  remarks: [],
  children: [],
  level,
});
