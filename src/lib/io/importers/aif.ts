/**
 * Reads AIF JSON (AIFdb, OVA, xAIF) into a Warrant map.
 *
 * Tolerated: numeric or string ids, a missing `locutions` key, the xAIF
 * wrapper `{ "AIF": { … } }`, node objects repeated verbatim, and dialogue
 * nodes (L, YA, TA, MA and unknown types), which are ignored. Refused, as
 * problems: anything that is not AIF, edges naming nodes that do not exist,
 * one id used for two different nodes, and argument graphs Warrant cannot
 * show as one map (several unconnected parts).
 *
 * The mapping, and what it loses:
 * - I-nodes become statements. Their role is read from the `warrant:kind`
 *   key Warrant's own export adds; without it the single I-node that supports
 *   or attacks nothing is the thesis, and everything else is a claim.
 * - Each RA node gives one `supports` edge per premise–conclusion pair, each
 *   CA node one `opposes` edge. Linked premises (several into one RA) thus
 *   become separate, convergent reasons.
 * - An S-node aimed at another S-node (an undercutter, or support for an
 *   inference) is re-aimed at that S-node's premises: in Warrant the reason
 *   node stands for the reason and its link alike.
 * - I-nodes that take part in no RA or CA (propositions anchored only in the
 *   dialogue) are left out, since a map must be one connected argument.
 */
import { parseJson } from '../parse-json';
import type { Problem, Result } from '../../model/problems';
import {
  SCHEMA_VERSION,
  isNodeKind,
  type ArgumentEdge,
  type ArgumentMap,
  type Statement,
  type Relation,
  type Scheme,
} from '../../model/types';
import { validateMap } from '../../model/validate';
import { AIF_SCHEME_NAMES, AIF_S_NODE, KIND_KEY, relationOfSNode } from '../formats/aif';
import { idAllocator, oneLine } from '../text';

export interface ImportAifOptions {
  /** Map id; default `aif-import`. */
  id?: string;
  /** Map title; default the thesis label, else "Imported AIF argument". */
  title?: string;
}

const LABEL_MAX = 200;

interface RawNode {
  id: string;
  index: number;
  type: string;
  text: string;
  scheme?: string;
  kind?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : undefined;

/** Warrant ids allow letters, digits and `_.:-`, start alphanumeric and stop at 128 characters. */
const sanitizeId = (raw: string): string => {
  const cleaned = raw.replace(/[^A-Za-z0-9_.:-]/g, '-');
  return (/^[A-Za-z0-9]/.test(cleaned) ? cleaned : `n${cleaned}`).slice(0, 120);
};

const SCHEMES_BY_NAME = new Map<string, Scheme>(
  Object.entries(AIF_SCHEME_NAMES).map(([scheme, name]) => [name.toLowerCase(), scheme as Scheme]),
);

/** "Argument from Expert Opinion", "Positive Consequences" and the like → Warrant's scheme. */
function schemeOf(name: string | undefined): Scheme | undefined {
  if (name === undefined) return undefined;
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^argument (from|by) /, '')
    .replace(/^(positive|negative) consequences$/, 'consequences');
  return SCHEMES_BY_NAME.get(key);
}

/** A label within the schema's limit, cut at a word boundary. */
function labelOf(text: string, fallback: string): { label: string; truncated: boolean } {
  const line = oneLine(text);
  if (line === '') return { label: fallback, truncated: false };
  if (line.length <= LABEL_MAX) return { label: line, truncated: false };
  const cut = line.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return { label: `${space > LABEL_MAX / 2 ? cut.slice(0, space) : cut}…`, truncated: true };
}

/** AIF nodes by id, with the edges between them indexed both ways. */
interface Graph {
  nodes: Map<string, RawNode>;
  into: Map<string, string[]>;
  outOf: Map<string, string[]>;
}

/** Reads nodes and edges, collecting every structural problem with its JSON path. */
function readGraph(rawNodes: unknown[], rawEdges: unknown[], base: string): Result<Graph> {
  const problems: Problem[] = [];
  const nodes = new Map<string, RawNode>();
  rawNodes.forEach((value, index) => {
    const id = isRecord(value) ? idOf(value.nodeID) : undefined;
    if (!isRecord(value) || id === undefined) {
      problems.push({ path: `${base}.nodes[${index}]`, message: 'node has no "nodeID"' });
      return;
    }
    const node: RawNode = {
      id,
      index,
      type: typeof value.type === 'string' ? value.type : '',
      text: typeof value.text === 'string' ? value.text : '',
      ...(typeof value.scheme === 'string' ? { scheme: value.scheme } : {}),
      ...(typeof value[KIND_KEY] === 'string' ? { kind: value[KIND_KEY] } : {}),
    };
    const earlier = nodes.get(id);
    if (earlier === undefined) nodes.set(id, node);
    else if (earlier.type !== node.type || earlier.text !== node.text) {
      problems.push({
        path: `${base}.nodes[${index}].nodeID`,
        message: `nodeID "${id}" is already used by a different node at ${base}.nodes[${earlier.index}]`,
      });
    }
  });

  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  rawEdges.forEach((value, index) => {
    const path = `${base}.edges[${index}]`;
    if (!isRecord(value)) {
      problems.push({ path, message: 'edge is not an object' });
      return;
    }
    const ends: string[] = [];
    for (const key of ['fromID', 'toID'] as const) {
      const id = idOf(value[key]);
      if (id === undefined) problems.push({ path: `${path}.${key}`, message: `missing "${key}"` });
      else if (!nodes.has(id)) {
        problems.push({ path: `${path}.${key}`, message: `edge points to missing node "${id}"` });
      } else ends.push(id);
    }
    const [from, to] = ends;
    if (from !== undefined && to !== undefined) {
      append(outOf, from, to);
      append(into, to, from);
    }
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, value: { nodes, into, outOf } };
}

interface Link {
  sNode: RawNode;
  from: string;
  to: string;
  relation: Relation;
}

/** One premise → conclusion link per pair an RA or CA node joins, without duplicates. */
function linksOf({ nodes, into, outOf }: Graph): Link[] {
  const typeOf = (id: string) => nodes.get(id)?.type ?? '';
  const isProposition = (id: string) => typeOf(id) === 'I';
  const premisesOf = (sNode: string) => (into.get(sNode) ?? []).filter(isProposition);
  // An S-node aimed at an S-node bears on the latter's premises.
  const targetsOf = (sNode: string): string[] =>
    (outOf.get(sNode) ?? []).flatMap((target) =>
      isProposition(target)
        ? [target]
        : relationOfSNode(typeOf(target)) !== undefined
          ? premisesOf(target)
          : [],
    );
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const sNode of nodes.values()) {
    const relation = relationOfSNode(sNode.type);
    if (relation === undefined) continue;
    for (const from of premisesOf(sNode.id)) {
      for (const to of targetsOf(sNode.id)) {
        const key = JSON.stringify([from, to, relation]);
        if (from === to || seen.has(key)) continue;
        seen.add(key);
        links.push({ sNode, from, to, relation });
      }
    }
  }
  return links;
}

export function importAif(text: string, options: ImportAifOptions = {}): Result<ArgumentMap> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const wrapped = isRecord(parsed.value) && isRecord(parsed.value.AIF);
  const root = wrapped ? (parsed.value as { AIF: unknown }).AIF : parsed.value;
  const base = wrapped ? '$.AIF' : '$';
  if (!isRecord(root) || !Array.isArray(root.nodes) || !Array.isArray(root.edges)) {
    return fail(base, 'is not AIF: expected an object with "nodes" and "edges" arrays');
  }
  const rawNodes: unknown[] = root.nodes;
  const graph = readGraph(rawNodes, root.edges, base);
  if (!graph.ok) return graph;
  const links = linksOf(graph.value);

  const linked = new Set(links.flatMap((link) => [link.from, link.to]));
  const propositions = [...graph.value.nodes.values()].filter(
    (node) => node.type === 'I' && (linked.size === 0 || linked.has(node.id)),
  );
  if (propositions.length === 0) return fail(`${base}.nodes`, 'contains no I-nodes (propositions)');

  const hasKinds = propositions.some((node) => isNodeKind(node.kind));
  const reasons = new Set(links.map((link) => link.from));
  const sinks = propositions.filter((node) => !reasons.has(node.id));
  const allocate = idAllocator(sanitizeId);
  const warrantId = new Map<string, string>();
  const nodes: Statement[] = propositions.map((raw, i) => {
    const id = allocate(raw.id);
    warrantId.set(raw.id, id);
    const { label, truncated } = labelOf(raw.text, `I-node ${raw.id}`);
    const kind = hasKinds
      ? isNodeKind(raw.kind)
        ? raw.kind
        : 'claim'
      : sinks.length === 1 && sinks[0] === raw
        ? 'thesis'
        : 'claim';
    return { id, kind, label, ...(truncated ? { text: raw.text.trim() } : {}), order: i + 1 };
  });
  const edges: ArgumentEdge[] = links.map((link) => {
    const scheme = AIF_S_NODE[link.relation].carriesScheme
      ? schemeOf(link.sNode.scheme)
      : undefined;
    return {
      id: allocate(link.sNode.id),
      from: warrantId.get(link.from)!,
      to: warrantId.get(link.to)!,
      relation: link.relation,
      ...(scheme !== undefined ? { scheme } : {}),
    };
  });

  const map: ArgumentMap = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? 'aif-import',
    title:
      options.title ?? nodes.find((n) => n.kind === 'thesis')?.label ?? 'Imported AIF argument',
    source: {
      title: 'AIF import',
      author: 'unknown',
      date: earliestDate(propositions.map((node) => rawNodes[node.index])),
      publication: 'AIF',
      text: 'source.txt',
    },
    sections: [],
    nodes,
    edges,
  };
  const checked = validateMap(map);
  if (checked.ok) return checked;
  // Point at the AIF node each offending statement or edge came from.
  const origins = { nodes: propositions, edges: links.map((link) => link.sNode) };
  return {
    ok: false,
    problems: checked.problems.map((problem) => {
      const match = /^\$\.(nodes|edges)\[(\d+)\]/.exec(problem.path);
      const origin = match && origins[match[1] as 'nodes' | 'edges'][Number(match[2])];
      return origin ? { ...problem, path: `${base}.nodes[${origin.index}]` } : problem;
    }),
  };
}

/** The earliest node timestamp's day, else a fixed date so imports stay reproducible. */
function earliestDate(rawNodes: unknown[]): string {
  const days = rawNodes
    .map((node) => (isRecord(node) && typeof node.timestamp === 'string' ? node.timestamp : ''))
    .map((stamp) => /^\d{4}-\d{2}-\d{2}/.exec(stamp)?.[0])
    .filter((day): day is string => day !== undefined)
    .sort();
  return days[0] ?? '1970-01-01';
}

function append(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}

const fail = (path: string, message: string): Result<ArgumentMap> => ({
  ok: false,
  problems: [{ path, message }],
});
