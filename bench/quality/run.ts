import type { Browser } from 'playwright-core';
import { statementEntries, walkTree } from '../../src/lib/analysis/outline';
import { statementLinks } from '../../src/lib/model/inference';
import { layoutQuality, type LayoutQuality, type QualityEdge } from '../../src/lib/graph/quality';
import type { ArgumentMap } from '../../src/lib/model/types';
import { dotLayout, type DotLayout } from './graphviz';
import { warrantLayout, type WarrantLayout } from './warrant';

/**
 * The map's edges for layoutQuality. Primary edges are the outline's tree:
 * the edge under which walkTree lists each statement with its reasons (its
 * primary parent, as the canvas lays it out and the Outline and the Argdown
 * export show it); the rest are cross-links, DAG joins and cycle edges.
 */
export function qualityEdges(map: ArgumentMap): QualityEdge[] {
  const primary = new Set<string>();
  for (const entry of statementEntries(walkTree(map))) {
    if (entry.edge !== undefined && !entry.repeat) primary.add(entry.edge.id);
  }
  return statementLinks(map).map((link) => ({
    source: link.from,
    target: link.to,
    primary: primary.has(link.edge.id),
  }));
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
