/**
 * Builds the Warrant map from a read AIF graph: statements from I-nodes,
 * edges from inferences, holders from speakers, and the kinds.
 */
import type { Problem } from '../../../model/problems';
import { partsOf } from '../../../model/inference';
import {
  SCHEMA_VERSION,
  isNodeKind,
  type ArgumentEdge,
  type ArgumentMap,
  type Scheme,
  type Statement,
} from '../../../model/types';
import { AIF_NODE_TYPES, AIF_SCHEME_NAMES, AIF_S_NODE, type AifRole } from '../../formats/aif';
import { idAllocator, oneLine } from '../../text';
import type { AifGraph, GraphNode } from './graph';
import type { Inference } from './inferences';
import { quoted } from './json';

const LABEL_MAX = 200;

/** Warrant ids allow letters, digits and `_.:-`, start alphanumeric and stop at 128 characters. */
const sanitizeId = (raw: string): string => {
  const cleaned = raw.replace(/[^A-Za-z0-9_.:-]/g, '-');
  return (/^[A-Za-z0-9]/.test(cleaned) ? cleaned : `n${cleaned}`).slice(0, 120);
};

const SCHEMES_BY_NAME = new Map<string, Scheme>(
  Object.entries(AIF_SCHEME_NAMES).map(([scheme, name]) => [name.toLowerCase(), scheme as Scheme]),
);

/** "Argument From Expert Opinion", "Positive Consequences" and the like → Warrant's scheme. */
function schemeOf(name: string): Scheme | undefined {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/^argument (from|by) /, '')
    .replace(/^(positive|negative) consequences$/, 'consequences');
  return SCHEMES_BY_NAME.get(key);
}

/**
 * Names that say nothing about the inference: the defaults, AraucariaDB's
 * bare "RA"/"CA", and OVA's scheme numbers.
 */
const isPlaceholder = (name: string): boolean =>
  /^(default (inference|conflict)|ra|ca|\d*)$/i.test(name.trim());

/** A label within the schema's limit, cut at a word boundary. */
function labelOf(text: string, fallback: string): { label: string; truncated: boolean } {
  const line = oneLine(text);
  if (line === '') return { label: fallback, truncated: false };
  if (line.length <= LABEL_MAX) return { label: line, truncated: false };
  const cut = line.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return { label: `${space > LABEL_MAX / 2 ? cut.slice(0, space) : cut}…`, truncated: true };
}

export interface Built {
  map: ArgumentMap;
  /** The AIF node each statement and each edge came from, by index, to report problems at. */
  origins: { nodes: GraphNode[]; edges: GraphNode[] };
}

export interface BuildOptions {
  id: string;
  title: string | undefined;
  /** The format's name, as the source's publication. */
  publication: string;
}

export function buildMap(
  graph: AifGraph,
  inferences: readonly Inference[],
  speakers: ReadonlyMap<string, string[]>,
  options: BuildOptions,
): Built {
  const propositions = [...graph.nodes.values()].filter((node) => node.type === 'I');
  const allocate = idAllocator(sanitizeId);
  const statementId = new Map<string, string>();
  const nodes: Statement[] = propositions.map((raw, i) => {
    const id = allocate(raw.id);
    statementId.set(raw.id, id);
    const { label, truncated } = labelOf(raw.text, `I-node ${oneLine(raw.id)}`.slice(0, LABEL_MAX));
    const holder = oneLine(speakers.get(raw.id)?.join(', ') ?? '');
    return {
      id,
      kind: 'claim',
      label,
      ...(truncated ? { text: raw.text.trim() } : {}),
      order: i + 1,
      ...(holder ? { holder } : {}),
    };
  });
  // Ids first, so an inference aimed at a later one can name it.
  const edgeId = new Map<string, string>();
  const ids = inferences.map((inference) => {
    const id = allocate(inference.sNode.id);
    if (!edgeId.has(inference.sNode.id)) edgeId.set(inference.sNode.id, id);
    return id;
  });
  const edges: ArgumentEdge[] = inferences.map((inference, i) => {
    const premises = inference.premises.map((premise) => statementId.get(premise)!);
    const names = [inference.sNode.scheme, inference.sNode.text].filter(
      (name): name is string => name !== undefined && !isPlaceholder(name),
    );
    const scheme = AIF_S_NODE[inference.relation].carriesScheme
      ? names.map(schemeOf).find((found) => found !== undefined)
      : undefined;
    const named =
      scheme === undefined ? names.find((name) => schemeOf(name) === undefined) : undefined;
    return {
      id: ids[i]!,
      from: premises.length === 1 ? premises[0]! : premises,
      to: statementId.get(inference.target) ?? edgeId.get(inference.target)!,
      relation: inference.relation,
      ...(scheme !== undefined ? { scheme } : {}),
      ...(named !== undefined ? { note: `AIF scheme: ${oneLine(named)}` } : {}),
    };
  });
  assignKinds(nodes, edges, propositions);

  const thesis = nodes.find((node) => node.kind === 'thesis');
  const map: ArgumentMap = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    title: options.title ?? thesis?.label ?? 'Imported AIF argument',
    source: {
      title: 'AIF import',
      author: 'unknown',
      date: earliestDate(propositions),
      publication: options.publication,
      // No `text`: AIF names no source file, and a path to none would fail
      // the map when it is saved as Warrant JSON and read again.
    },
    sections: [],
    nodes,
    edges,
  };
  return { map, origins: { nodes: propositions, edges: inferences.map((i) => i.sNode) } };
}

/**
 * Warrant's own export names each statement's kind (`warrant:kind`); other
 * files say nothing of roles. Then, in each part of the map with edges, the
 * one statement that bears on nothing is that part's thesis; every other
 * statement is a claim.
 */
function assignKinds(nodes: Statement[], edges: ArgumentEdge[], raw: GraphNode[]): void {
  if (raw.some((node) => isNodeKind(node.kind))) {
    nodes.forEach((node, i) => {
      const kind = raw[i]!.kind;
      node.kind = isNodeKind(kind) ? kind : 'claim';
    });
    return;
  }
  const reasons = new Set(edges.flatMap((edge) => [edge.from].flat()));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const part of partsOf({ nodes, edges })) {
    if (part.length < 2) continue;
    const sinks = part.filter((id) => !reasons.has(id));
    if (sinks.length === 1) byId.get(sinks[0]!)!.kind = 'thesis';
  }
}

/** The earliest node timestamp's day, else a fixed date so imports stay reproducible. */
function earliestDate(nodes: GraphNode[]): string {
  const days = nodes
    .map((node) => /^\d{4}-\d{2}-\d{2}/.exec(node.timestamp ?? '')?.[0])
    .filter((day): day is string => day !== undefined)
    .sort();
  return days[0] ?? '1970-01-01';
}

/** "3 locutions (L)", "1 node of type "Event"": a count of the nodes of one type. */
export function countOfType(type: string, count: number): string {
  const names = AIF_NODE_TYPES.get(type);
  if (names === undefined)
    return `${count} ${count === 1 ? 'node' : 'nodes'} of type ${quoted(type, 30)}`;
  return `${count} ${count === 1 ? names.one : names.many} (${type})`;
}

/** How many nodes of each type, most frequent first. */
export function typeCounts(graph: AifGraph): [string, number][] {
  const counts = new Map<string, number>();
  for (const node of graph.nodes.values()) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** One line per kind of node Warrant does not show, saying what became of it. */
export function leftOutWarnings(
  graph: AifGraph,
  base: string,
  holders: number,
  inferences: number,
): Problem[] {
  const counts = typeCounts(graph);
  const list = (role: AifRole | undefined) =>
    counts
      .filter(([type]) => AIF_NODE_TYPES.get(type)?.role === role)
      .slice(0, 5)
      .map(([type, n]) => countOfType(type, n))
      .join(', ');
  const present = (role: AifRole | undefined) =>
    counts.some(([type]) => AIF_NODE_TYPES.get(type)?.role === role);
  const path = `${base}.nodes`;
  const warnings: Problem[] = [];
  const propositions = counts.find(([type]) => type === 'I')?.[1] ?? 0;
  if (inferences === 0 && propositions > 0) {
    const why = present('relation')
      ? 'none of the RA or CA nodes in this file is a complete inference'
      : 'this file has no inferences (RA or CA nodes)';
    const what =
      propositions === 1
        ? 'its one proposition opens as an unconnected statement'
        : `its ${propositions} propositions open as unconnected statements`;
    warnings.push({ path, message: `${why}: ${what}` });
  }
  const said = {
    dialogue: `the dialogue is not shown: ${list('dialogue')}; ${holders === 0 ? 'no speaker could be named' : holders === 1 ? 'one statement names its speaker as holder' : `${holders} statements name their speakers as holder`}`,
    rephrase: `not shown: ${list('rephrase')}, as Warrant has no relation for a statement restated in other words`,
    preference: `not shown: ${list('preference')}, as Warrant has no relation for preferring one argument to another`,
    unknown: `not shown: ${list(undefined)}${counts.filter(([type]) => !AIF_NODE_TYPES.has(type)).length > 5 ? ', …' : ''}, as AIF defines no such node types`,
  };
  if (present('dialogue')) warnings.push({ path, message: said.dialogue });
  if (present('rephrase')) warnings.push({ path, message: said.rephrase });
  if (present('preference')) warnings.push({ path, message: said.preference });
  if (present(undefined)) warnings.push({ path, message: said.unknown });
  return warnings;
}
