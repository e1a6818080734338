/**
 * The AIF vocabulary Warrant reads and writes: node types, scheme names and
 * the extra key that carries a statement's kind. The importer and the
 * exporter both speak it, so neither loads the other.
 */
import type { NodeKind, Relation, Scheme } from '../../model/types';

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
  'practical-reasoning': 'Practical Reasoning',
  precedent: 'Precedent',
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
export function aifTimestamp(date: string | undefined): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? '');
  if (match === null) return '1970-01-01 00:00:00';
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'} 00:00:00`;
}

/**
 * The S-node that stands for each relation: RA (rule application) for an
 * inference, CA (conflict application) for an attack. Inference schemes are
 * Walton's, so only RA nodes carry one; AIF's conflict schemes are another family.
 */
export const AIF_S_NODE: Readonly<
  Record<Relation, { type: 'RA' | 'CA'; text: string; carriesScheme: boolean }>
> = {
  supports: { type: 'RA', text: 'Default Inference', carriesScheme: true },
  opposes: { type: 'CA', text: 'Default Conflict', carriesScheme: false },
};

/** The relation an S-node type stands for; undefined for every other type (I, MA, L, YA, …). */
export const relationOfSNode = (type: string): Relation | undefined =>
  (Object.keys(AIF_S_NODE) as Relation[]).find((relation) => AIF_S_NODE[relation].type === type);

/**
 * What Warrant does with each node type of AIF and its dialogue extension (AIF+):
 * - `proposition` (I): a statement.
 * - `relation` (RA, CA): an edge; see `AIF_S_NODE`.
 * - `rephrase` (MA): a statement restated in other words. Warrant has no
 *   relation for that (it is neither a reason for nor against), so it is left out.
 * - `preference` (PA): one argument preferred to another; left out likewise.
 * - `dialogue` (L, TA, YA): who said what, and when. Left out, except that
 *   the speaker of a locution anchored in a proposition becomes its holder.
 */
export type AifRole = 'proposition' | 'relation' | 'rephrase' | 'preference' | 'dialogue';

/** Each type's role, and its name in messages ("1 locution (L)", "3 locutions (L)"). */
export const AIF_NODE_TYPES: ReadonlyMap<string, { role: AifRole; one: string; many: string }> =
  new Map([
    ['I', { role: 'proposition', one: 'proposition', many: 'propositions' }],
    ['RA', { role: 'relation', one: 'inference', many: 'inferences' }],
    ['CA', { role: 'relation', one: 'conflict', many: 'conflicts' }],
    ['MA', { role: 'rephrase', one: 'rephrase', many: 'rephrases' }],
    ['PA', { role: 'preference', one: 'preference', many: 'preferences' }],
    ['L', { role: 'dialogue', one: 'locution', many: 'locutions' }],
    ['TA', { role: 'dialogue', one: 'transition', many: 'transitions' }],
    ['YA', { role: 'dialogue', one: 'illocution', many: 'illocutions' }],
  ]);
