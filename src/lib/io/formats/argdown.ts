/**
 * The Argdown vocabulary Warrant reads and writes: relation types, inference
 * rule names for Warrant's schemes, and the inline-data keys the exporter
 * writes. The importer and the exporter both speak it, so neither loads the
 * other, and neither needs @argdown/core to know these names.
 */
import type { Scheme } from '../../model/types';

/** @argdown/core's relation types (`RelationType`), as plain strings. */
export const ARGDOWN_RELATION_TYPES = [
  'support', // `+`, `<+`, `+>`
  'attack', // `-`, `<-`, `->`
  'undercut', // `_`, `<_`, `_>`: against the inference, not a premise or the conclusion
  'entails', // statement-to-statement support in strict mode
  'contrary', // statement-to-statement attack in strict mode
  'contradictory', // `><`
] as const;
export type ArgdownRelationType = (typeof ARGDOWN_RELATION_TYPES)[number];

/**
 * Inference-rule names for Warrant's schemes, as the exporter writes them
 * between the hyphens of an inference line (`-- Argument from analogy --`).
 * The importer also accepts the bare scheme name and AIF's names.
 */
export const ARGDOWN_SCHEME_RULES: Readonly<Record<Scheme, string>> = {
  'expert-opinion': 'Argument from expert opinion',
  example: 'Argument from example',
  analogy: 'Argument from analogy',
  'cause-to-effect': 'Argument from cause to effect',
  statistics: 'Argument from statistics',
  'popular-opinion': 'Argument from popular opinion',
  consequences: 'Argument from consequences',
  principle: 'Argument from an established rule',
  sign: 'Argument from sign',
  definition: 'Argument from definition',
  'practical-reasoning': 'Practical reasoning',
  precedent: 'Argument from precedent',
};

/**
 * Argdown needs a conclusion for every premise–conclusion structure, but a
 * Warrant objection (or undercut, or backing) from linked premises has none:
 * the premises bear on their target directly. The exporter writes a stand-in
 * conclusion carrying this inline data, and the importer folds it away again.
 */
export const PLACEHOLDER_KEY = 'warrant';
export const PLACEHOLDER_VALUE = 'placeholder';
