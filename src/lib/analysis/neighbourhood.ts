/**
 * The statements around one inference, where the answer to a critical
 * question of it is most likely to be: its premises and conclusion, the
 * reasons of edges aimed at it (undercuts, backings), and every statement
 * one edge away from any of those. In reading order.
 */
import { premisesOf, type Statement } from '../model/types';
import { conclusionOf, type MapIndex } from '../model/inference';
import { byOrder } from './outline';

export function nearInference(index: MapIndex, id: string): Statement[] {
  const edge = index.edges.get(id);
  if (edge === undefined) return [];
  const core = new Set<string>(premisesOf(edge));
  const conclusion = conclusionOf(index, edge);
  if (conclusion !== undefined) core.add(conclusion.id);
  for (const aimed of index.aimedAt.get(id) ?? []) for (const p of premisesOf(aimed)) core.add(p);
  const near = new Set(core);
  for (const other of index.edges.values()) {
    const premises = premisesOf(other);
    const to = conclusionOf(index, other)?.id;
    if (to !== undefined && core.has(to)) for (const p of premises) near.add(p);
    if (to !== undefined && premises.some((p) => core.has(p))) near.add(to);
  }
  return byOrder([...near].map((each) => index.nodes.get(each)).filter((n) => n !== undefined));
}
