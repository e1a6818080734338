/**
 * The words people read for each kind and relation: one table, shared by the
 * canvas, the panels and every human-facing export. Each table is a `Record`
 * over its union, so a new kind or relation fails to compile until it has
 * its words.
 */
import type { NodeKind, Relation, Scheme } from './types';

/** `name` labels a statement; `one` and `plural` count them ("1 source", "3 claims"). */
export const KIND_WORDS: Readonly<Record<NodeKind, { name: string; one: string; plural: string }>> =
  {
    thesis: { name: 'Thesis', one: 'thesis', plural: 'theses' },
    claim: { name: 'Claim', one: 'claim', plural: 'claims' },
    evidence: { name: 'Evidence', one: 'evidence', plural: 'evidence' },
    authority: { name: 'Authority', one: 'source', plural: 'sources' },
  };

/** "3 claims, 1 source": counts by kind, in the kinds' order, leaving out the zeros. */
export const countWords = (counts: Readonly<Record<NodeKind, number>>): string =>
  (Object.keys(KIND_WORDS) as NodeKind[])
    .filter((kind) => counts[kind] > 0)
    .map(
      (kind) =>
        `${counts[kind]} ${counts[kind] === 1 ? KIND_WORDS[kind].one : KIND_WORDS[kind].plural}`,
    )
    .join(', ');

export interface RelationWords {
  /** A menu or legend entry: "Supports". */
  name: string;
  /** Inside a sentence: "A supports B". */
  verb: string;
  /** A one-character mark beside an entry. */
  sign: string;
  /** Read out where the sign is hidden: "Support:". */
  spoken: string;
  /** Details headings for the reasons that bear on a statement, and for what it bears on. */
  incoming: string;
  outgoing: string;
  /** Aimed at an inference rather than a statement: "undercuts" the step, or "backs" it. */
  stepVerb: string;
  stepName: string;
  /** Details headings for edges aimed at the steps to a statement, and at steps it is part of. */
  stepIncoming: string;
  stepOutgoing: string;
}

export const RELATION_WORDS: Readonly<Record<Relation, RelationWords>> = {
  supports: {
    name: 'Supports',
    verb: 'supports',
    sign: '+',
    spoken: 'Support',
    incoming: 'Reasons for this',
    outgoing: 'This supports',
    stepVerb: 'backs',
    stepName: 'Backs the step',
    stepIncoming: 'Backing for a step to this',
    stepOutgoing: 'This backs a step',
  },
  opposes: {
    name: 'Opposes',
    verb: 'opposes',
    sign: '−',
    spoken: 'Opposition',
    incoming: 'Objections to this',
    outgoing: 'This opposes',
    stepVerb: 'undercuts',
    stepName: 'Undercuts the step',
    stepIncoming: 'Undercuts of a step to this',
    stepOutgoing: 'This undercuts a step',
  },
};

/** "expert-opinion" → "expert opinion", for human-facing text. */
export const schemeWords = (scheme: Scheme): string => scheme.replace(/-/g, ' ');
