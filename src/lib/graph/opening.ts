/**
 * How much of a map to unfold so that all of it can be read on one screen:
 * the deepest level of reasons at which the whole, fitted to the screen,
 * still draws every label at READABLE_PX or more. The estimate lays each
 * candidate out with the depth ranker (no dagre), so trying every level of
 * the letter's map takes a few milliseconds.
 */
import type { ArgumentMap } from '../model/types';
import { subMap } from '../analysis/filters';
import { depths, foldBelow, foldView, type FoldSummary } from '../analysis/fold';
import { LABEL_STYLE, toElements } from './elements';
import { layoutInputOf } from './layout';
import { runLayout } from './tree-layout';
import type { Direction } from './direction';
import type { Measure } from './text-metrics';
import { boxOf, fitViewport, type Size } from './viewport';

/** The smallest on-screen label size the opening view allows, in CSS pixels. */
export const READABLE_PX = 9;

/** Whether a map, laid out as it would be, fits `screen` with every label at READABLE_PX or more. */
export function fitsReadably(
  map: ArgumentMap,
  screen: Size,
  direction: Direction,
  measure: Measure,
  folds: ReadonlyMap<string, FoldSummary> = new Map(),
): boolean {
  if (map.nodes.length === 0) return true;
  const elements = toElements(map, measure, { folds });
  const input = layoutInputOf(elements, direction);
  const { positions } = runLayout(input, { ranker: 'depth' });
  const box = boxOf(input.nodes.map((node) => ({ ...positions.get(node.id)!, ...node })));
  if (box === null) return true;
  const smallest = Math.min(...map.nodes.map((node) => LABEL_STYLE[node.kind].size));
  return fitViewport(box, screen).zoom * smallest >= READABLE_PX;
}

/**
 * The folds for the opening view: none when the whole map can be read on
 * `screen`; otherwise those that show the deepest level that can; at the
 * least, the roots and their direct reasons.
 */
export function openingFold(
  map: ArgumentMap,
  screen: Size,
  direction: Direction,
  measure: Measure,
): Set<string> {
  if (fitsReadably(map, screen, direction, measure)) return new Set();
  const deepest = Math.max(0, ...depths(map).values());
  let chosen = foldBelow(map, 1);
  // Deeper levels only ever add statements, so the first level that does not fit ends the search.
  for (let depth = 2; depth < deepest; depth++) {
    const folds = foldBelow(map, depth);
    const { shown, summaries } = foldView(map, folds);
    if (!fitsReadably(subMap(map, shown), screen, direction, measure, summaries)) break;
    chosen = folds;
  }
  return chosen;
}
