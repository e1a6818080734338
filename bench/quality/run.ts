import type { Browser } from 'playwright-core';
import { toElements } from '../../src/lib/graph/elements';
import { layoutInputOf } from '../../src/lib/graph/layout';
import { layoutTree } from '../../src/lib/graph/tree-layout';
import { statementLinks } from '../../src/lib/model/inference';
import { layoutQuality, type LayoutQuality, type QualityEdge } from '../../src/lib/graph/quality';
import type { ArgumentMap } from '../../src/lib/model/types';
import { dotLayout, type DotLayout } from './graphviz';
import { warrantLayout, type WarrantLayout } from './warrant';

/**
 * The map's edges for layoutQuality, one straight line per premise and
 * conclusion. Primary edges are the tree the canvas hangs the map on
 * (`layoutTree`, over the drawn elements): a line is primary when its premise's
 * primary parent is its conclusion, or the junction of its own inference
 * (or of the inference it undercuts) whose primary parent is the conclusion.
 * The rest are cross-links, drawn as light curves. Warrant's and dot's rows
 * are measured against the same set.
 */
export function qualityEdges(map: ArgumentMap): QualityEdge[] {
  const tree = layoutTree(layoutInputOf(toElements(map), 'TB'));
  return statementLinks(map).map((link) => {
    const up = tree.parent.get(link.from);
    const throughJunction =
      (up === link.edge.id || up === link.edge.to) && tree.parent.get(up) === link.to;
    return { source: link.from, target: link.to, primary: up === link.to || throughJunction };
  });
}

export type LayoutName = 'Warrant (dagre)' | 'Graphviz dot';

export interface QualityRow {
  map: string;
  layout: LayoutName;
  nodes: number;
  edges: number;
  primaryEdges: number;
  /** null when the layout could not be had; `message` says why. */
  quality: LayoutQuality | null;
  message?: string;
  /** Mean node width in the layout's own unit (px for Warrant, pt for dot). */
  meanNodeWidth: number;
  /** Time the layout took (Warrant: this load's layout marks; dot: the process). */
  ms: number;
}

export interface QualityPlan {
  map: string;
  data: ArgumentMap;
  /** Warrant's address for this map. */
  url: string;
}

export interface QualityOptions {
  timeoutMs: number;
  dotTimeoutMs: number;
  log: (line: string) => void;
}

function row(plan: QualityPlan, layout: LayoutName, result: WarrantLayout | DotLayout): QualityRow {
  const edges = qualityEdges(plan.data);
  const base = {
    map: plan.map,
    layout,
    nodes: plan.data.nodes.length,
    edges: edges.length,
    primaryEdges: edges.filter((edge) => edge.primary).length,
  };
  if (result.status !== 'ok') {
    return { ...base, quality: null, message: result.message, meanNodeWidth: NaN, ms: NaN };
  }
  const thesis = plan.data.nodes.find((node) => node.kind === 'thesis');
  const options = thesis === undefined ? {} : { rootId: thesis.id };
  const meanNodeWidth =
    result.boxes.reduce((sum, box) => sum + box.width, 0) / Math.max(1, result.boxes.length);
  return {
    ...base,
    quality: layoutQuality(result.boxes, edges, options),
    meanNodeWidth,
    ms: result.ms,
  };
}

/**
 * Measures Warrant's layout (read from the running app) and Graphviz dot's
 * layout of Warrant's DOT export of the same map. Runs one thing at a time,
 * after the timed runs, so the timings are not disturbed.
 */
export async function measureQuality(
  browser: Browser,
  plans: QualityPlan[],
  options: QualityOptions,
): Promise<QualityRow[]> {
  const rows: QualityRow[] = [];
  for (const plan of plans) {
    const nodes = plan.data.nodes.length;
    const warrant = await warrantLayout(browser, plan.url, nodes, options.timeoutMs);
    rows.push(row(plan, 'Warrant (dagre)', warrant));
    options.log(`  quality ${plan.map}: Warrant ${warrant.status}`);
    const dot = await dotLayout(plan.data, options.dotTimeoutMs);
    rows.push(row(plan, 'Graphviz dot', dot));
    const took = dot.status === 'ok' ? ` in ${(dot.ms / 1000).toFixed(1)} s` : `: ${dot.message}`;
    options.log(`  quality ${plan.map}: dot ${dot.status}${took}`);
  }
  return rows;
}
