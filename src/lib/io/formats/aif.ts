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

/** The relation an S-node type stands for; every other type (L, YA, TA, MA, …) is dialogue. */
export const relationOfSNode = (type: string): Relation | undefined =>
  (Object.keys(AIF_S_NODE) as Relation[]).find((relation) => AIF_S_NODE[relation].type === type);
