/**
 * The CSS-like classes the canvas puts on elements, besides each node's kind
 * and each edge's relation. The elements mapping, the view, the stylesheet
 * and the export scope all name them from here, so a rename cannot miss one.
 */
export const MARK = {
  /** A position held by someone other than the author. */
  held: 'held',
  /** A point the author grants. */
  concession: 'concession',
  /** Background the argument sets out before arguing. */
  context: 'context',
  /** An unstated premise the analyst supplied. */
  implicit: 'implicit',
} as const;

/** A junction node, where linked premises join and undercuts land. */
export const JUNCTION = 'junction';
/** A statement whose reasons are folded away. */
export const FOLDED = 'folded';
/** The badge on a folded statement that says what it hides; a tap unfolds it. */
export const FOLD_BADGE = 'fold-badge';
/** A reason's second or later target: left out of the layout, drawn as a light curve. */
export const SECONDARY = 'secondary';
/** A stacked reason's line to its parent: out along its side, up the column's line (see stacks.ts). */
export const STACKED = 'stacked';
/** A premise's line into its junction: no arrowhead, the arrow comes after the junction. */
export const PREMISE_LINK = 'premise-link';

export const STATE = {
  /** Hidden by a filter or outside the focused line. */
  filtered: 'filtered',
  /** Dimmed while another statement's neighbourhood is highlighted. */
  faded: 'faded',
  /** An edge of the highlighted statement, drawn heavier with its scheme. */
  emphasis: 'emphasis',
  /** A search hit. */
  hit: 'hit',
} as const;

/** The tags that become a visual mark of their own. */
export const TAG_MARKS: ReadonlySet<string> = new Set([MARK.concession, MARK.context]);

/** Classes that only decorate the current view, and never belong in an export. */
export const TRANSIENT: readonly string[] = [STATE.faded, STATE.emphasis, STATE.hit];

/**
 * Teaching overlays, switched on and off at run time (./overlays.ts), never by
 * the elements mapping: open critical questions on an inference, the what-if
 * label of a statement, and a statement hidden by a quiz.
 */
export const OVERLAY = {
  /** An inference showing its count of open critical questions. */
  questions: 'cq-badge',
  /** The what-if evaluation's labels. */
  accepted: 'eval-accepted',
  rejected: 'eval-rejected',
  undecided: 'eval-undecided',
  /** A statement whose label a quiz hides behind its box number. */
  quizHidden: 'quiz-hidden',
  /** The lines and junction of the inference shown in the details panel. */
  inspected: 'inspected',
} as const;
