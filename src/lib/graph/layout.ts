import cytoscape, { type ElementDefinition, type SingularElementArgument } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { Direction } from './direction';
import type { EdgeData, NodeData } from './elements';

cytoscape.use(dagre);

export interface LayoutInput {
  /** `order` is the reading order; dagre starts its crossing reduction from it. */
  nodes: { id: string; width: number; height: number; order?: number }[];
  edges: { id: string; source: string; target: string }[];
  direction: Direction;
}

export type Positions = Record<string, { x: number; y: number }>;

/** What the layout needs of the canvas elements: sizes, reading order and the edges. */
export function layoutInputOf(elements: ElementDefinition[], direction: Direction): LayoutInput {
  const nodes: LayoutInput['nodes'] = [];
  const edges: LayoutInput['edges'] = [];
  for (const element of elements) {
    if (element.group === 'nodes') {
      const { id, width, height, order } = element.data as NodeData;
      nodes.push({ id, width, height, order });
    } else {
      const { id, source, target } = element.data as EdgeData;
      edges.push({ id, source, target });
    }
  }
  return { nodes, edges, direction };
}

/** Above this many nodes, layout runs in a Web Worker so the page stays responsive. */
export const WORKER_THRESHOLD = 250;
/** Above this many nodes, dagre's network-simplex ranker is too slow (8 s at 2000 nodes). */
export const FAST_RANKER_THRESHOLD = 400;

/** Options for cytoscape-dagre, tuned for argument trees of wrapped labels. */
export function dagreOptions(nodeCount: number, direction: Direction) {
  return {
    name: 'dagre',
    // Edges point from reason to conclusion, so "bottom to top" puts the thesis on top.
    rankDir: direction === 'TB' ? 'BT' : 'RL',
    // Horizontal gap between siblings; labels are wide, so keep it modest.
    nodeSep: 28,
    // Gap between parallel edges.
    edgeSep: 12,
    // Vertical gap between levels; room for taxi-edge elbows.
    rankSep: direction === 'TB' ? 64 : 90,
    // Network simplex gives the tidiest ranks but is super-linear.
    ranker: nodeCount > FAST_RANKER_THRESHOLD ? 'longest-path' : 'network-simplex',
    // Seed dagre's ordering with the reading order (its crossing reduction may still reorder).
    sort: (a: SingularElementArgument, b: SingularElementArgument) =>
      ((a.data('order') as number | undefined) ?? 0) -
      ((b.data('order') as number | undefined) ?? 0),
    // Positions only: fitting and styling are the view's job.
    fit: false,
    animate: false,
  } as const;
}

/**
 * Runs cytoscape-dagre on a headless Cytoscape and returns the positions.
 * The same function serves the main thread and the worker, so both agree.
 */
export function runDagre(input: LayoutInput): Positions {
  // Dagre keys plain objects by id, and an id such as `constructor` or
  // `prototype` breaks it; so it only ever sees keys of our own making.
  const key = new Map(input.nodes.map((node, i) => [node.id, `n${i}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((node, i) => ({
        group: 'nodes' as const,
        data: { ...node, id: `n${i}`, name: node.id },
      })),
      ...input.edges.flatMap((edge, i) => {
        const source = key.get(edge.source);
        const target = key.get(edge.target);
        return source === undefined || target === undefined
          ? []
          : [{ group: 'edges' as const, data: { id: `e${i}`, source, target } }];
      }),
    ],
    style: [
      {
        selector: 'node',
        style: { width: 'data(width)', height: 'data(height)', 'border-width': 0 },
      },
    ],
  });
  cy.layout(dagreOptions(input.nodes.length, input.direction)).run();
  // Dagre's crossing reduction tends to set siblings right to left of their
  // reading order; mirroring the cross axis makes the map read left to right
  // (top to bottom in a left-to-right layout) without changing any distance.
  const mirror = input.direction === 'TB' ? { x: -1, y: 1 } : { x: 1, y: -1 };
  // No prototype, so an id such as `__proto__` is an ordinary key.
  const positions = Object.create(null) as Positions;
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.data('name') as string] = { x: x * mirror.x, y: y * mirror.y };
  });
  cy.destroy();
  return positions;
}

/** Lays out small maps inline and large ones in a worker, which is loaded only when needed. */
export async function computeLayout(input: LayoutInput): Promise<Positions> {
  if (input.nodes.length <= WORKER_THRESHOLD || typeof Worker === 'undefined') {
    return runDagre(input);
  }
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Positions>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ positions?: Positions; error?: string }>) => {
        if (event.data.positions) resolve(event.data.positions);
        else reject(new Error(event.data.error ?? 'layout failed'));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'layout worker failed'));
      worker.postMessage(input);
    });
  } finally {
    worker.terminate();
  }
}
