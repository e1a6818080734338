/**
 * AIF's relation nodes (RA, CA) as Warrant inferences. An S-node's premises
 * are the I-nodes with an edge into it; its target is where its edge out
 * leads: an I-node (a plain support or objection) or another RA or CA node
 * (an inference aimed at an inference: a CA there is an undercut, an RA a
 * backing). Several premises into one S-node are linked premises.
 *
 * Left out with a warning, as they name no complete inference: an S-node
 * without premises (an annotator's slip: 1 CA in ach_covidorigins, 1 RA in
 * a QT30 map), one that leads nowhere, one whose premise is its own
 * conclusion, and whatever is aimed at an S-node left out.
 */
import type { Problem } from '../../../model/problems';
import type { Relation } from '../../../model/types';
import { AIF_NODE_TYPES, relationOfSNode } from '../../formats/aif';
import { append, type AifGraph, type GraphNode } from './graph';
import { quoted } from './json';

export interface Inference {
  /** The S-node this inference comes from. */
  sNode: GraphNode;
  relation: Relation;
  /** I-node ids, in the order of the file's edges. */
  premises: string[];
  /** An I-node id, or the id of the S-node this one is aimed at. */
  target: string;
}

const describe = (node: GraphNode): string => `${node.type} node ${quoted(node.id)}`;

/** Every complete inference in the graph, with a warning for each S-node left out. */
export function readInferences(graph: AifGraph): { inferences: Inference[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  const roleOf = (id: string) => AIF_NODE_TYPES.get(graph.nodes.get(id)?.type ?? '')?.role;
  const premisesOf = new Map<string, string[]>();
  const targetsOf = new Map<string, string[]>();
  for (const { from, to } of graph.edges) {
    if (from === to) continue;
    if (roleOf(to) === 'relation' && roleOf(from) === 'proposition') {
      append(premisesOf, to, from);
    } else if (roleOf(from) === 'relation') {
      const role = roleOf(to);
      if (role === 'proposition' || role === 'relation') append(targetsOf, from, to);
    }
  }

  // Keyed by S-node; an S-node with several conclusions (none measured in
  // real files) gives one inference per conclusion, the first answering to its id.
  const candidates = new Map<string, Inference[]>();
  for (const sNode of graph.nodes.values()) {
    const relation = relationOfSNode(sNode.type);
    if (relation === undefined) continue;
    const allPremises = premisesOf.get(sNode.id) ?? [];
    const targets = targetsOf.get(sNode.id) ?? [];
    const inferences = targets
      .map((target) => ({
        sNode,
        relation,
        premises: allPremises.filter((id) => id !== target),
        target,
      }))
      .filter((inference) => inference.premises.length > 0);
    const problem =
      allPremises.length === 0
        ? 'has no premise (no I-node leads into it)'
        : targets.length === 0
          ? 'leads to no I-node, RA or CA node'
          : inferences.length === 0
            ? 'has its conclusion as its only premise'
            : undefined;
    if (problem !== undefined) {
      warnings.push({ path: sNode.path, message: `this ${describe(sNode)} ${problem}; left out` });
      continue;
    }
    if (targets.length > 1) {
      warnings.push({
        path: sNode.path,
        message: `this ${describe(sNode)} leads to ${targets.length} nodes, where an inference has one conclusion; each became an inference of its own`,
      });
    }
    candidates.set(sNode.id, inferences);
  }

  // Drop what is aimed at a dropped S-node, and what is aimed at that, and so on.
  const dependents = new Map<string, string[]>();
  const orphans: string[] = [];
  for (const [id, inferences] of candidates) {
    for (const { target } of inferences) {
      if (roleOf(target) !== 'relation') continue;
      append(dependents, target, id);
      if (!candidates.has(target)) orphans.push(id);
    }
  }
  for (let i = 0; i < orphans.length; i++) {
    const id = orphans[i]!;
    const inferences = candidates.get(id);
    if (inferences === undefined) continue;
    candidates.delete(id);
    const sNode = inferences[0]!.sNode;
    const lost = inferences.find((inference) => !candidates.has(inference.target))!;
    warnings.push({
      path: sNode.path,
      message: `this ${describe(sNode)} is aimed at ${describe(graph.nodes.get(lost.target)!)}, which was left out; left out too`,
    });
    orphans.push(...(dependents.get(id) ?? []));
  }
  return { inferences: [...candidates.values()].flat(), warnings };
}
