import type { ElementDefinition } from 'cytoscape';
import type { Direction } from './direction';
import type { EdgeData, NodeData } from './elements';
import { runLayout } from './tree-layout';

export { FAST_RANKER_THRESHOLD, dagreOptions, runLayout } from './tree-layout';

export interface LayoutInput {
  /**
   * `order` is the reading order: siblings stand in it. `section` keeps a
   * reason under a parent from its own part of the text (see `primaryTree`).
   */
  nodes: {
    id: string;
    width: number;
    height: number;
    order?: number;
    section?: string;
    /** A junction where linked premises meet (see `primaryTree`). */
    joint?: boolean;
  }[];
  /** `group` (the relation) keeps supports and objections out of one stacked column. */
  edges: { id: string; source: string; target: string; group?: string }[];
  direction: Direction;
  /**
   * The root of the main argument (the thesis), which stands in the middle
   * with the other trees around it. Without one, the tree with the most nodes.
   */
  main?: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface LayoutResult {
  /** Centre of every node, by id. A `Map`, so no id can clash with an object's own keys. */
  positions: Map<string, Point>;
  /**
   * Edges outside the primary tree: a reason's second and later targets.
   * They take no part in the layout and are drawn as light curves.
   */
  secondary: string[];
  /** Edges from a stacked reason to its parent, drawn as a comb (see stacks.ts). */
  stacked: string[];
}

/** What the layout needs of the canvas elements: sizes, reading order, sections and the edges. */
export function layoutInputOf(elements: ElementDefinition[], direction: Direction): LayoutInput {
  const nodes: LayoutInput['nodes'] = [];
  const edges: LayoutInput['edges'] = [];
  let main: string | undefined;
  for (const element of elements) {
    if (element.group === 'nodes') {
      // Badges are placed on their statements afterwards.
      if ('owner' in element.data) continue;
      const { id, width, height, order, section, kind } = element.data as NodeData;
      if (kind === 'thesis') main ??= id;
      const node: LayoutInput['nodes'][number] = { id, width, height, order };
      if (section !== undefined) node.section = section;
      if (kind === undefined) node.joint = true;
      nodes.push(node);
    } else {
      const { id, source, target, relation } = element.data as EdgeData;
      edges.push({ id, source, target, group: relation });
    }
  }
  return main === undefined ? { nodes, edges, direction } : { nodes, edges, direction, main };
}

/** Above this many nodes, layout runs in a Web Worker so the page stays responsive. */
export const WORKER_THRESHOLD = 250;
/** Lays out small maps inline and large ones in a worker, which is loaded only when needed. */
export async function computeLayout(input: LayoutInput): Promise<LayoutResult> {
  if (input.nodes.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return runLayout(input);
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<LayoutResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ result?: LayoutResult; error?: string }>) => {
        if (event.data.result) resolve(event.data.result);
        else reject(new Error(event.data.error ?? 'layout failed'));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'layout worker failed'));
      worker.postMessage(input);
    });
  } finally {
    worker.terminate();
  }
}
