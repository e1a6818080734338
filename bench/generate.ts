import {
  SCHEMA_VERSION,
  type ArgumentEdge,
  type ArgumentMap,
  type Statement,
  type NodeKind,
  type Scheme,
} from '../src/lib/model/types';

/**
 * A pure, seeded generator of large argument maps for the benchmark. The same
 * (nodeCount, seed) always yields the same map, shaped like a real argument:
 * one thesis, claims with 1–5 reasons each (about 3), evidence and cited
 * authorities as leaves, and about 10% extra cross-attacks between unrelated
 * branches.
 */

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'cities trees shade policy evidence budget residents council heat summer streets ' +
  'roots maintenance cost benefit study survey health children schools traffic noise ' +
  'air quality rainfall flooding drainage property values neighbourhood history climate ' +
  'species native planting water soil pavement damage insurance safety lighting crime ' +
  'wellbeing exercise tourism business parking sidewalks volunteers funding grants taxes ' +
  'experts planners engineers ecology pollen allergies birds insects canopy growth decades ' +
  'argument reason objection reply example analogy principle consequence measurement'
).split(' ');

const AUTHORS = ['A. Rivera', 'B. Okafor', 'C. Lindqvist', 'D. Tanaka', 'E. Moreau', 'F. Haddad'];
const PUBLICATIONS = ['Journal of Streets', 'Urban Review', 'Civic Press', 'Field Notes Quarterly'];
const EVIDENCE_SCHEMES: Scheme[] = ['statistics', 'example', 'sign'];
const CLAIM_SCHEMES: Scheme[] = ['cause-to-effect', 'consequences', 'principle', 'analogy'];

export interface GenerateOptions {
  seed?: number;
  /** Extra `opposes` edges between unrelated nodes, as a share of the node count. */
  crossRatio?: number;
}

export function generateMap(nodeCount: number, options: GenerateOptions = {}): ArgumentMap {
  if (!Number.isInteger(nodeCount) || nodeCount < 1) throw new Error('nodeCount must be ≥ 1');
  const random = createRandom(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const label = (): string => {
    const target = int(40, 120);
    const words: string[] = [];
    let length = -1;
    while (length < target) {
      const word = pick(WORDS);
      words.push(word);
      length += word.length + 1;
    }
    // Words are ≤ 13 characters, so dropping the last one never goes under 40.
    if (length > 120) words.pop();
    const text = words.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  // The tree, grown breadth-first: parent[i] is the statement node i bears on.
  const kinds: NodeKind[] = ['thesis'];
  const parent: number[] = [-1];
  const depth: number[] = [0];
  const queue: number[] = [0];
  while (kinds.length < nodeCount && queue.length > 0) {
    const at = queue.shift()!;
    // 1–5 reasons, weighted towards 3.
    const reasons = pick([1, 2, 2, 3, 3, 3, 3, 4, 4, 5]);
    for (let r = 0; r < reasons && kinds.length < nodeCount; r++) {
      const roll = random();
      // The last reason of an otherwise dead end is a claim, so the tree keeps growing.
      const mustGrow = queue.length === 0 && r === reasons - 1;
      const kind: NodeKind =
        mustGrow || roll < 0.5 ? 'claim' : roll < 0.8 ? 'evidence' : 'authority';
      const index = kinds.length;
      kinds.push(kind);
      parent.push(at);
      depth.push(depth[at]! + 1);
      if (kind === 'claim') queue.push(index);
    }
  }

  // Reading order: depth-first, as a text walks through its argument.
  const children: number[][] = kinds.map(() => []);
  for (let i = 1; i < kinds.length; i++) children[parent[i]!]!.push(i);
  const order: number[] = new Array<number>(kinds.length);
  const stack = [0];
  let next = 1;
  while (stack.length > 0) {
    const i = stack.pop()!;
    order[i] = next++;
    stack.push(...children[i]!.slice().reverse());
  }

  const sectionCount = Math.max(1, Math.round(nodeCount / 60));
  const perSection = Math.ceil(nodeCount / sectionCount);
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    id: `s${s + 1}`,
    title: `Part ${s + 1}: ${label().split(' ').slice(0, 4).join(' ')}`,
  }));

  const id = (i: number) => (i === 0 ? 'thesis' : `n${i}`);
  let footnote = 0;
  const nodes: Statement[] = kinds.map((kind, i) => {
    const node: Statement = {
      id: id(i),
      kind,
      label: label(),
      section: `s${Math.floor((order[i]! - 1) / perSection) + 1}`,
      order: order[i]!,
    };
    if (random() < 0.15) node.text = `${label()}. ${label()}.`;
    if (kind === 'authority') {
      footnote++;
      node.citation = {
        footnote,
        author: pick(AUTHORS),
        title: label().slice(0, 60).trim(),
        publication: pick(PUBLICATIONS),
        date: String(int(1960, 2025)),
      };
      if (random() < 0.5) node.citation.pages = `${int(1, 300)}-${int(301, 400)}`;
      if (random() < 0.3) node.citation.url = `https://example.org/works/${footnote}`;
    }
    if (kind === 'claim' && random() < 0.04) node.holder = 'Some critics';
    if (random() < 0.03) node.tags = [pick(['concession', 'context'])];
    return node;
  });

  const edges: ArgumentEdge[] = [];
  const pairs = new Set<string>();
  const addEdge = (from: number, to: number, edge: Omit<ArgumentEdge, 'id' | 'from' | 'to'>) => {
    pairs.add(`${from}>${to}`);
    edges.push({ id: `e${edges.length + 1}`, from: id(from), to: id(to), ...edge });
  };
  for (let i = 1; i < kinds.length; i++) {
    const kind = kinds[i]!;
    const edge: Omit<ArgumentEdge, 'id' | 'from' | 'to'> = {
      relation: random() < 0.2 ? 'opposes' : 'supports',
    };
    if (kind === 'authority') edge.scheme = 'expert-opinion';
    else if (kind === 'evidence' && random() < 0.7) edge.scheme = pick(EVIDENCE_SCHEMES);
    else if (kind === 'claim' && random() < 0.3) edge.scheme = pick(CLAIM_SCHEMES);
    addEdge(i, parent[i]!, edge);
  }

  /** True when `a` is `b` or lies on the path from `b` up to the thesis. */
  const isAncestorOrSelf = (a: number, b: number): boolean => {
    let at = b;
    while (depth[at]! > depth[a]!) at = parent[at]!;
    return at === a;
  };
  const crossTarget = Math.round(kinds.length * (options.crossRatio ?? 0.1));
  let added = 0;
  for (let attempt = 0; added < crossTarget && attempt < crossTarget * 50; attempt++) {
    const from = int(1, kinds.length - 1);
    const to = int(1, kinds.length - 1);
    if (from === to || isAncestorOrSelf(from, to) || isAncestorOrSelf(to, from)) continue;
    if (pairs.has(`${from}>${to}`) || pairs.has(`${to}>${from}`)) continue;
    addEdge(from, to, { relation: 'opposes' });
    added++;
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    id: `bench-${nodeCount}`,
    title: `Generated benchmark map (${nodeCount} statements)`,
    description: `Synthetic map from bench/generate.ts, seed ${options.seed ?? 1}.`,
    source: {
      title: 'A synthetic argument',
      author: 'Warrant benchmark',
      date: '2026-01-01',
      publication: 'bench/generate.ts',
      text: 'bench.txt',
    },
    sections,
    nodes,
    edges,
  };
}
