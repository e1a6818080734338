import type { ElementDefinition } from 'cytoscape';
import type { EdgeData, NodeData } from '../../src/lib/graph/elements';

export const nodesOf = (elements: ElementDefinition[]) =>
  elements.filter((e) => e.group === 'nodes').map((e) => e.data as NodeData);

export const edgesOf = (elements: ElementDefinition[]) =>
  elements.filter((e) => e.group === 'edges').map((e) => e.data as EdgeData);

export const byId = (elements: ElementDefinition[], id: string) => {
  const found = elements.find((e) => e.data.id === id);
  if (found === undefined) throw new Error(`no element ${id}`);
  return found;
};
