import { premisesOf, type ArgumentMap, type Statement } from '../../model/types';
import { formatCitation, idAllocator, oneLine, toPrettyJson } from '../text';
import {
  AIF_SCHEME_NAMES,
  AIF_S_NODE,
  KIND_KEY,
  aifTimestamp,
  type AifDocument,
  type AifEdge,
  type AifNode,
} from '../formats/aif';
import type { Exporter } from './types';

/** An I-node's text: the label, and for a cited authority the reference after a dash. */
function propositionText(node: Statement): string {
  const label = oneLine(node.label);
  return node.kind === 'authority' && node.citation !== undefined
    ? `${label} — ${formatCitation(node.citation)}`
    : label;
}

/**
 * Builds the AIF graph: one I-node per statement, one RA (support) or CA
 * (conflict) S-node per edge, wired I → S → I. Linked premises are several
 * I-nodes into one S-node; an edge aimed at an inference is an S-node whose
 * target is that inference's S-node (an undercut, when it is a CA). Node ids are the map's own
 * ids (the validator keeps them unique across nodes and edges), so they stay
 * stable between exports and readable in OVA; only a clash or a name such as
 * `__proto__`, which breaks JavaScript tools that key nodes by id, gets a suffix.
 *
 * What AIF cannot carry and this export drops: sections, reading order,
 * quotes, longer text, holders, tags, the implicit mark, edge notes, the citation as structured
 * data, and schemes on `opposes` edges (AIF's conflict schemes are a different
 * family from Warrant's inference schemes).
 */
export function toAif(map: ArgumentMap): AifDocument {
  const timestamp = aifTimestamp(map.source?.date);
  const allocate = idAllocator();
  const nodeIds = new Map<string, string>();
  const nodes: AifNode[] = [];
  for (const node of map.nodes) {
    if (nodeIds.has(node.id)) continue;
    const nodeID = allocate(node.id);
    nodeIds.set(node.id, nodeID);
    nodes.push({
      nodeID,
      text: propositionText(node),
      type: 'I',
      timestamp,
      [KIND_KEY]: node.kind,
    });
  }
  // Every inference gets its S-node id first, so an edge aimed at an inference can name it.
  const sNodeIds = new Map<string, string>();
  for (const edge of map.edges) {
    if (!sNodeIds.has(edge.id) && !nodeIds.has(edge.id)) sNodeIds.set(edge.id, allocate(edge.id));
  }
  const edges: AifEdge[] = [];
  for (const edge of map.edges) {
    const from = premisesOf(edge).map((id) => nodeIds.get(id));
    const to = nodeIds.get(edge.to) ?? sNodeIds.get(edge.to);
    const nodeID = sNodeIds.get(edge.id);
    if (from.includes(undefined) || to === undefined || nodeID === undefined) continue;
    const sNode = AIF_S_NODE[edge.relation];
    nodes.push({
      nodeID,
      text: sNode.text,
      type: sNode.type,
      timestamp,
      ...(sNode.carriesScheme && edge.scheme !== undefined
        ? { scheme: AIF_SCHEME_NAMES[edge.scheme] ?? edge.scheme }
        : {}),
    });
    for (const premise of from as string[]) {
      edges.push({ edgeID: String(edges.length + 1), fromID: premise, toID: nodeID });
    }
    edges.push({ edgeID: String(edges.length + 1), fromID: nodeID, toID: to });
  }
  return { nodes, edges, locutions: [] };
}

export const exportAif = (map: ArgumentMap): string => toPrettyJson(toAif(map));

export const aifExporter: Exporter = {
  id: 'aif',
  label: 'AIF JSON (AIFdb, OVA)',
  extension: 'aif.json',
  mime: 'application/json',
  run: exportAif,
};
