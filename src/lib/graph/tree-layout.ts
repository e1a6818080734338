/**
 * The tree-first layout (see `runLayout`), apart from the module that runs it
 * inline or in a worker. Pure: the same input always gives the same output.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { primaryTree, type PrimaryTree } from '../analysis/primary';
import { arrangeForest } from './forest';
import { alignTrees } from './ranks';
import { planStacks, stackDepths, type Stack } from './stacks';
import type { Direction } from './direction';
import type { LayoutInput, LayoutResult, Point } from './layout';

cytoscape.use(dagre);

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
    // Positions only: fitting and styling are the view's job.
    fit: false,
    animate: false,
  } as const;
}

/**
 * Lays a map out as a tree: each node's primary parent is chosen (see
 * `primaryTree`), cytoscape-dagre ranks the primary forest on a headless
 * Cytoscape, and the tidy pass sets each rank's nodes across, in reading
 * order, every parent over its reasons and each root over its whole tree.
 * Second and later targets of a reason are left out of the layout, so they
 * cannot drag a branch away from its parent; the view draws them as curves.
 * The same function serves the main thread and the worker, so both agree.
 */
export function runLayout(input: LayoutInput, options: TreeLayoutOptions = {}): LayoutResult {
  const tree = layoutTree(input);
  const vertical = input.direction === 'TB';
  const order = new Map(input.nodes.map((node, i) => [node.id, node.order ?? i]));
  const byReading = (a: string, b: string) => order.get(a)! - order.get(b)!;
  const children = new Map<string, string[]>();
  for (const [child, parent] of tree.parent) {
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [child]);
    else list.push(child);
  }
  for (const list of children.values()) list.sort(byReading);
  const groupOf = new Map(
    input.edges
      .filter((edge) => tree.primaryEdges.has(edge.id))
      .map((edge) => [edge.source, edge.group ?? '']),
  );
  const stacks = vertical ? planStacks(children, (child) => groupOf.get(child) ?? '') : new Map();
  const dagreRanks =
    options.ranker === 'depth'
      ? depthRanks(input.nodes, tree.parent)
      : rankWithDagre(
          input,
          input.edges.filter((edge) => tree.primaryEdges.has(edge.id)),
        );
  const ranks = alignTrees(
    input.nodes.map((node) => ({
      id: node.id,
      depth: vertical ? node.height : node.width,
      rank: dagreRanks.get(node.id)!,
    })),
    tree.parent,
    input.edges.filter((edge) => !tree.primaryEdges.has(edge.id)),
    vertical ? RANK_SEP : RANK_SEP_ACROSS,
    stackDepths(stacks),
    STACK_RANK_SEP,
    input.main,
  );
  const roots = input.nodes.map((node) => node.id).filter((id) => !tree.parent.has(id));
  const across = arrangeForest(
    input.nodes.map((node) => ({
      id: node.id,
      width: vertical ? node.width : node.height,
      y: ranks.get(node.id)!,
    })),
    children,
    roots.sort(byReading),
    input.edges.filter((edge) => !tree.primaryEdges.has(edge.id)),
    {
      nodeSep: vertical ? NODE_SEP : NODE_SEP / 2,
      treeSep: vertical ? TREE_SEP : TREE_SEP / 2,
      stacks,
      indent: STACK_INDENT,
      ...(input.main !== undefined ? { main: input.main } : {}),
    },
  );
  const positions = new Map<string, Point>();
  for (const node of input.nodes) {
    const rank = ranks.get(node.id)!;
    const side = across.get(node.id) ?? 0;
    positions.set(node.id, vertical ? { x: side, y: rank } : { x: rank, y: side });
  }
  const stacked = new Set([...stacks.values()].flatMap((stack: Stack) => stack.column));
  return {
    positions,
    secondary: input.edges.filter((edge) => !tree.primaryEdges.has(edge.id)).map((edge) => edge.id),
    stacked: input.edges
      .filter((edge) => tree.primaryEdges.has(edge.id) && stacked.has(edge.source))
      .map((edge) => edge.id),
  };
}

/** The primary tree the layout hangs the map on; the bench measures crossings against it. */
export function layoutTree(input: Pick<LayoutInput, 'nodes' | 'edges'>): PrimaryTree {
  return primaryTree(
    input.nodes.map((node, i) => ({
      id: node.id,
      order: node.order ?? i,
      ...(node.section !== undefined ? { section: node.section } : {}),
      ...(node.joint === true ? { joint: true } : {}),
    })),
    input.edges,
  );
}

export interface TreeLayoutOptions {
  /**
   * Who ranks the primary forest: cytoscape-dagre (the default), or each
   * node's depth below its root, which is the same for a tree and takes no
   * time at all: for estimates, such as how much of a map fits on screen.
   */
  ranker?: 'dagre' | 'depth';
}

/** Each node's depth in the forest `parent` describes (memoised walks up, so linear). */
function depthRanks(
  nodes: readonly { id: string }[],
  parent: ReadonlyMap<string, string>,
): Map<string, number> {
  const depth = new Map<string, number>();
  for (const { id } of nodes) {
    const path: string[] = [];
    let at: string | undefined = id;
    while (at !== undefined && !depth.has(at)) {
      path.push(at);
      at = parent.get(at);
    }
    let d = at === undefined ? -1 : depth.get(at)!;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++d);
  }
  return depth;
}

/** Gap between neighbouring boxes on a rank, and between the trees of separate parts. */
const NODE_SEP = 28;
const TREE_SEP = 64;
/** Gap between ranks: room for the edges' bends (left to right, labels are wider than tall). */
const RANK_SEP = 64;
const RANK_SEP_ACROSS = 90;
/** Gap between the boxes of a stacked column, and from its line to them. */
const STACK_RANK_SEP = 14;
const STACK_INDENT = 18;

/**
 * Each node's coordinate along the rank axis (y top to bottom, or x left to
 * right), from cytoscape-dagre run on the primary forest. Dagre keys plain
 * objects by id, and an id such as `constructor` or `prototype` breaks it;
 * so it only ever sees keys of our own making.
 */
function rankWithDagre(input: LayoutInput, edges: LayoutInput['edges']): Map<string, number> {
  const key = new Map(input.nodes.map((node, i) => [node.id, `n${i}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((node, i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, width: node.width, height: node.height, order: node.order },
      })),
      ...edges.flatMap((edge, i) => {
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
  const ranks = new Map<string, number>();
  input.nodes.forEach((node, i) => {
    const { x, y } = cy.getElementById(`n${i}`).position();
    ranks.set(node.id, input.direction === 'TB' ? y : x);
  });
  cy.destroy();
  return ranks;
}
