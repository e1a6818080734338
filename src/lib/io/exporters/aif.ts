import type { ArgumentMap, ArgumentNode, NodeKind, Scheme } from '../../model/types';
import { formatCitation, idAllocator, oneLine, toPrettyJson } from './shared';
import type { Exporter } from './types';

/**
 * AIF names for Warrant's schemes, in the title case AIFdb and OVA display.
 * Tools match schemes by name, so an unfamiliar one still shows as text.
 */
export const AIF_SCHEME_NAMES: Readonly<Record<Scheme, string>> = {
  'expert-opinion': 'Expert Opinion',
  example: 'Example',
  analogy: 'Analogy',
  'cause-to-effect': 'Cause To Effect',
  statistics: 'Statistics',
  'popular-opinion': 'Popular Opinion',
  consequences: 'Consequences',
  principle: 'Established Rule',
  sign: 'Sign',
  definition: 'Definition To Verbal Classification',
};

/**
 * AIF has no notion of a node's role, only of propositions (I-nodes). The
 * role rides along in this extra key; AIFdb and OVA ignore keys they do not
 * know, and `importAif` reads it back, so thesis/claim/evidence/authority
 * survive a round trip through Warrant.
 */
export const KIND_KEY = 'warrant:kind';

export interface AifNode {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA';
  timestamp: string;
  scheme?: string;
  [KIND_KEY]?: NodeKind;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: [];
}

/**
 * AIF wants a timestamp on every node. The map's source date (padded to a
 * day) stands in for all of them, so the same map always exports the same bytes.
 */
export function aifTimestamp(date: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (match === null) return '1970-01-01 00:00:00';
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'} 00:00:00`;
}

/** An I-node's text: the label, and for a cited authority the reference after a dash. */
function propositionText(node: ArgumentNode): string {
  const label = oneLine(node.label);
  return node.kind === 'authority' && node.citation !== undefined
    ? `${label} — ${formatCitation(node.citation)}`
    : label;
}

/**
 * Builds the AIF graph: one I-node per statement, one RA (support) or CA
 * (conflict) S-node per edge, wired I → S → I. Node ids are the map's own
 * ids (the validator keeps them unique across nodes and edges), so they stay
 * stable between exports and readable in OVA; only a clash or a name such as
 * `__proto__`, which breaks JavaScript tools that key nodes by id, gets a suffix.
 *
 * What AIF cannot carry and this export drops: sections, reading order,
 * quotes, longer text, holders, tags, edge notes, the citation as structured
 * data, and schemes on `opposes` edges (AIF's conflict schemes are a different
 * family from Warrant's inference schemes).
 */
export function toAif(map: ArgumentMap): AifDocument {
  const timestamp = aifTimestamp(map.source.date);
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
  const edges: AifEdge[] = [];
  for (const edge of map.edges) {
    const from = nodeIds.get(edge.from);
    const to = nodeIds.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const nodeID = allocate(edge.id);
    const supports = edge.relation === 'supports';
    nodes.push({
      nodeID,
      text: supports ? 'Default Inference' : 'Default Conflict',
      type: supports ? 'RA' : 'CA',
      timestamp,
      ...(supports && edge.scheme !== undefined
        ? { scheme: AIF_SCHEME_NAMES[edge.scheme] ?? edge.scheme }
        : {}),
    });
    edges.push({ edgeID: String(edges.length + 1), fromID: from, toID: nodeID });
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
