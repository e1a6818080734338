/**
 * Lays a Warrant map out as the tree a Kialo export writes: every statement
 * once as a claim, under the first statement it bears on (in the outline's
 * order), and a `-> See` link wherever else it bears. Kialo has no linked
 * premises and no edges aimed at inferences, so those are placed as entries
 * with a remark saying what Kialo cannot (formats/kialo-remarks.ts): each
 * linked premise goes under the conclusion and names the other entries of
 * its group; an undercut or backing goes under the (first written) premise
 * of the inference it bears on and names that inference's entries. Each
 * edge's entries are kept (`placements`) so the remarks can name them.
 */
import {
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

/** What an entry's remarks say because Kialo cannot: numbers are filled in when written. */
export type Remark =
  /** One of the linked premises of `edge`: its other entries are the partners. */
  | { type: 'linked'; edge: ArgumentEdge }
  /** Bears on the inference `target` (whose entries are the step), not on the claim above. */
  | { type: 'inference'; relation: Relation; target: ArgumentEdge };

export interface OutClaim {
  type: 'claim';
  node: Statement;
  /** How it bears on the claim above; absent for a thesis. */
  stance?: KialoStance;
  /** The edge that placed it there. */
  edge?: ArgumentEdge;
  /** About this entry: empty for a thesis, also when it is one because it was too deep. */
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
  /** About this entry; written on the claim above, which has text. */
  remarks: Remark[];
}

export type OutEntry = OutClaim | OutLink;

export interface KialoTree {
  /** The theses: one, or several under the map's title as the question. */
  roots: OutClaim[];
  /** Where each statement is written. */
  claimOf: ReadonlyMap<string, OutClaim>;
  /** Where each edge is written: its entries (one per premise), all under one claim. */
  placements: ReadonlyMap<ArgumentEdge, Placement>;
}

export interface Placement {
  parent: OutClaim;
  entries: OutEntry[];
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
  const placements = new Map<ArgumentEdge, Placement>();
  const place = (edge: ArgumentEdge, parent: OutClaim, entry: OutEntry) => {
    const known = placements.get(edge);
    if (known !== undefined) known.entries.push(entry);
    else placements.set(edge, { parent, entries: [entry] });
    parent.children.push(entry);
  };
  const inferenceRemark = (edge: ArgumentEdge): Remark[] => {
    const target = index.edges.get(edge.to);
    if (target === undefined || conclusionOf(index, target) === undefined) return [];
    return [{ type: 'inference', relation: edge.relation, target }];
  };

  // Where the walk first meets a claim: Kialo numbers claims by position, so a file read
  // back has a new reading order, and a primary parent chosen by it could move; this way a
  // Warrant-written file reads back and writes out again byte for byte.
  for (const entry of walkTree(map, { expandAt: 'first' })) {
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
    const frame = frames[depth - 1]!;
    const group = frame.type === 'group' && frame.edge === edge ? frame : undefined;
    const remarks: Remark[] = [
      ...(group !== undefined ? [{ type: 'linked' as const, edge }] : []),
      ...(entry.onInference ? inferenceRemark(edge) : []),
    ];
    if (entry.repeat) {
      place(edge, parent, { type: 'link', node, stance, remarks });
      // What bears on this step is written under the statement's own claim.
      frames[depth] = { type: 'claim', out: claimOf.get(node.id) ?? parent };
      continue;
    }
    const out = claim(node, parent.level + 1);
    out.edge = edge;
    group?.premises.push(out);
    if (out.level > MAX_LEVEL) {
      out.level = 0;
      roots.push(out);
      place(edge, parent, { type: 'link', node, stance, remarks });
    } else {
      out.stance = stance;
      out.remarks = remarks;
      place(edge, parent, out);
    }
    claimOf.set(node.id, out);
    frames[depth] = { type: 'claim', out };
  }
  return { roots, claimOf, placements };
}

const claim = (node: Statement, level: number): OutClaim => ({
  type: 'claim',
  node,
  remarks: [],
  children: [],
  level,
});
