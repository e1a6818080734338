/**
 * The AIF graph as the files hold it, read into one shape whatever the
 * dialect (AIF, xAIF, OVA2, OVA3): nodes by id, edges between existing
 * nodes, and who spoke each locution. Ids are only ever `Map` keys.
 *
 * Tolerated, because real files have them (numbers measured in
 * shared/interop/MANIFEST.md): node objects repeated verbatim (85 in one
 * AIFdb export), edges to nodes the file lacks (3 in another; each left out
 * with a warning), int and string ids mixed (`1` and `"1"` are one id).
 * Refused: a node or edge that is not an object or has no id, and one id
 * for two different nodes, since then no edge can be trusted.
 */
import type { Problem } from '../../../model/problems';
import { KIND_KEY } from '../../formats/aif';
import { idText, isRecord, quoted } from './json';

export interface GraphNode {
  id: string;
  type: string;
  text: string;
  /** The scheme's name or OVA's scheme number, as the file gives it. */
  scheme?: string;
  /** Warrant's own kind, from a Warrant export. */
  kind?: string;
  /** AIFdb's `timestamp`, `YYYY-MM-DD HH:MM:SS`. */
  timestamp?: string;
  /** OVA's speaker of a locution, when the node names one. */
  participant?: string;
  /** JSON path of the node's first occurrence. */
  path: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  path: string;
}

export interface AifGraph {
  nodes: Map<string, GraphNode>;
  /** Edges whose ends both exist, each pair once, in file order. */
  edges: GraphEdge[];
  /** Locution (L-node) id → speaker id, from `locutions`. */
  speakerOf: Map<string, string>;
  /** Speaker id → name, from `participants`. */
  names: Map<string, string>;
}

/** Where a dialect keeps ids: AIF names nodes `nodeID`; OVA2 `id`, inside the edge's node copies. */
interface Dialect {
  nodeId: 'nodeID' | 'id';
  /** Reads an edge's two ends and the paths to report them at. */
  ends(edge: Record<string, unknown>): { key: string; value: unknown }[];
}

export const AIF_DIALECT: Dialect = {
  nodeId: 'nodeID',
  ends: (edge) => [
    { key: 'fromID', value: edge.fromID },
    { key: 'toID', value: edge.toID },
  ],
};

export const OVA2_DIALECT: Dialect = {
  nodeId: 'id',
  ends: (edge) => [
    { key: 'from.id', value: isRecord(edge.from) ? edge.from.id : undefined },
    { key: 'to.id', value: isRecord(edge.to) ? edge.to.id : undefined },
  ],
};

const stringOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

export interface GraphRead {
  graph: AifGraph;
  problems: Problem[];
  warnings: Problem[];
}

/** Reads `container.nodes`, `.edges`, `.locutions` and `.participants`; `base` is its JSON path. */
export function readGraph(
  container: Record<string, unknown>,
  base: string,
  dialect: Dialect,
): GraphRead {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const nodes = new Map<string, GraphNode>();
  const rawNodes = Array.isArray(container.nodes) ? container.nodes : [];
  let repeats = 0;
  rawNodes.forEach((value, index) => {
    const path = `${base}.nodes[${index}]`;
    const id = isRecord(value) ? idText(value[dialect.nodeId]) : undefined;
    if (!isRecord(value) || id === undefined) {
      problems.push({
        path,
        message: isRecord(value)
          ? `this node has no "${dialect.nodeId}", so no edge can reach it`
          : 'this node is not an object',
      });
      return;
    }
    const node: GraphNode = {
      id,
      type: typeof value.type === 'string' ? value.type : '',
      text: typeof value.text === 'string' ? value.text : '',
      path,
    };
    const scheme = stringOf(value.scheme);
    if (scheme !== undefined) node.scheme = scheme;
    const kind = stringOf(value[KIND_KEY]);
    if (kind !== undefined) node.kind = kind;
    const timestamp = stringOf(value.timestamp);
    if (timestamp !== undefined) node.timestamp = timestamp;
    const participant = idText(value.participantID);
    if (participant !== undefined) node.participant = participant;
    const earlier = nodes.get(id);
    if (earlier === undefined) nodes.set(id, node);
    else if (earlier.type === node.type && earlier.text === node.text) repeats++;
    else {
      problems.push({
        path: `${path}.${dialect.nodeId}`,
        message: `the id ${quoted(id)} already names a different node, at ${earlier.path}`,
      });
    }
  });
  if (repeats > 0) {
    warnings.push({
      path: `${base}.nodes`,
      message: `${repeats} node ${repeats === 1 ? 'object repeats' : 'objects repeat'} an earlier one exactly; each was read once`,
    });
  }

  const edges: GraphEdge[] = [];
  const seen = new Map<string, Set<string>>();
  const rawEdges = Array.isArray(container.edges) ? container.edges : [];
  rawEdges.forEach((value, index) => {
    const path = `${base}.edges[${index}]`;
    if (!isRecord(value)) {
      problems.push({ path, message: 'this edge is not an object' });
      return;
    }
    const ends: string[] = [];
    for (const { key, value: end } of dialect.ends(value)) {
      const id = idText(end);
      if (id === undefined) {
        problems.push({ path: `${path}.${key}`, message: `this edge has no "${key}"` });
      } else if (!nodes.has(id)) {
        warnings.push({
          path: `${path}.${key}`,
          message: `this edge names node ${quoted(id)}, which is not in the file; it was left out`,
        });
      } else ends.push(id);
    }
    const [from, to] = ends;
    if (ends.length !== 2 || from === undefined || to === undefined) return;
    // A repeated edge says nothing new.
    const targets = seen.get(from) ?? new Set<string>();
    if (targets.has(to)) return;
    seen.set(from, targets.add(to));
    edges.push({ from, to, path });
  });

  return { graph: { nodes, edges, ...readDialogue(container) }, problems, warnings };
}

/** Locutions and participants: who spoke each L-node, and their names. */
function readDialogue(container: Record<string, unknown>): Pick<AifGraph, 'speakerOf' | 'names'> {
  const speakerOf = new Map<string, string>();
  for (const locution of Array.isArray(container.locutions) ? container.locutions : []) {
    if (!isRecord(locution)) continue;
    const node = idText(locution.nodeID);
    const person = idText(locution.personID);
    if (node !== undefined && person !== undefined && !speakerOf.has(node)) {
      speakerOf.set(node, person);
    }
  }
  const names = new Map<string, string>();
  for (const participant of Array.isArray(container.participants) ? container.participants : []) {
    if (!isRecord(participant)) continue;
    const id = idText(participant.participantID ?? participant.id);
    // AMF tools write the surname "None" when there is none.
    const name = [participant.firstname, participant.surname]
      .filter((part): part is string => typeof part === 'string' && part !== '' && part !== 'None')
      .join(' ');
    if (id !== undefined && name !== '' && !names.has(id)) names.set(id, name);
  }
  return { speakerOf, names };
}

/** Adds `value` to the list under `key`. */
export function append(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}
