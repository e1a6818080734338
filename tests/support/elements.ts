import type { ElementDefinition } from 'cytoscape';
import { toElements, type EdgeData, type NodeData } from '../../src/lib/graph/elements';
import { JUNCTION, PREMISE_LINK } from '../../src/lib/graph/classes';
import type { Visible } from '../../src/lib/analysis/filters';
import type { ArgumentMap } from '../../src/lib/model/types';

export const nodesOf = (elements: ElementDefinition[]) =>
  elements.filter((e) => e.group === 'nodes').map((e) => e.data as NodeData);

export const edgesOf = (elements: ElementDefinition[]) =>
  elements.filter((e) => e.group === 'edges').map((e) => e.data as EdgeData);

export const byId = (elements: ElementDefinition[], id: string) => {
  const found = elements.find((e) => e.data.id === id);
  if (found === undefined) throw new Error(`no element ${id}`);
  return found;
};

const hasClass = (element: ElementDefinition, name: string) =>
  ((element.classes ?? []) as string[]).includes(name);

/** Ids of the nodes the canvas draws for a map: its statements and a junction per inference that needs one. */
export const drawnNodeIds = (map: ArgumentMap): string[] =>
  nodesOf(toElements(map)).map((node) => node.id);

/**
 * Ids of the canvas nodes a view shows: its statements, and the junction of
 * each shown inference that has one.
 */
export const shownNodeIds = (map: ArgumentMap, visible: Visible): string[] =>
  toElements(map)
    .filter((e) => e.group === 'nodes')
    .filter((e) =>
      hasClass(e, JUNCTION) ? visible.edges.has(e.data.id!) : visible.nodes.has(e.data.id!),
    )
    .map((e) => e.data.id!);

/**
 * Ids of the canvas edges a view shows: the parts of each shown inference,
 * less the links from premises it hides.
 */
export const shownEdgeIds = (map: ArgumentMap, visible: Visible): string[] =>
  toElements(map)
    .filter((e) => e.group === 'edges')
    .filter((e) => {
      const data = e.data as EdgeData;
      return (
        visible.edges.has(data.inference) &&
        (!hasClass(e, PREMISE_LINK) || visible.nodes.has(data.source))
      );
    })
    .map((e) => e.data.id!);
