/**
 * An `ArgdownDocument` as a Warrant map (not yet validated). The mapping is
 * described at the top of `argdown.ts`; this module does the work.
 */
import type { ArgumentMap, Relation } from '../../model/types';
import type { Problem } from '../../model/problems';
import type { ArgdownRelationType } from '../formats/argdown';
import { idAllocator, oneLine } from '../text';
import type {
  ArgdownArgument,
  ArgdownDocument,
  ArgdownStatement,
  Endpoint,
  Place,
} from './argdown-document';
import { sanitizeId, statementOf, type StatementDraft } from './argdown-statement';
import { schemeOf, stepsOf, type Step } from './argdown-steps';
import {
  assignKinds,
  foldPlaceholders,
  mapHeader,
  sectionsOf,
  type EdgeDraft,
} from './argdown-structure';

/** How each Argdown relation becomes Warrant edges. */
const RELATION_EDGES: Readonly<
  Record<ArgdownRelationType, { relation: Relation; bothWays: boolean }>
> = {
  support: { relation: 'supports', bothWays: false },
  entails: { relation: 'supports', bothWays: false },
  attack: { relation: 'opposes', bothWays: false },
  undercut: { relation: 'opposes', bothWays: false },
  contrary: { relation: 'opposes', bothWays: true },
  contradictory: { relation: 'opposes', bothWays: true },
};

/**
 * A relation of a statement to itself says nothing Warrant can draw. For a
 * support it is the common `[C]` + `<A>` where argument A concludes C, which
 * the premise–conclusion structure already says, so it goes without a word.
 */
const SILENT_SELF_RELATIONS: ReadonlySet<ArgdownRelationType> = new Set(['support', 'entails']);

const at = (place: Place): string => `line ${place.line}, column ${place.column}`;

export interface ArgdownMapOptions {
  /** Map id. */
  id: string;
  /** A Markdown file's top heading: the title when the front matter gives none. */
  heading?: string;
  /** Title when nothing else gives one (and there is not exactly one thesis). */
  title: string;
}

/** The map, and for each statement and edge the place in the file it came from. */
export interface MappedArgdown {
  map: ArgumentMap;
  origins: { nodes: Place[]; edges: Place[] };
  warnings: Problem[];
}

/** Builds statements and edges; ids for both come from one allocator, as the schema wants. */
class Builder {
  readonly warnings: Problem[] = [];
  readonly drafts: StatementDraft[] = [];
  readonly nodePlaces = new Map<StatementDraft, Place>();
  readonly edges: EdgeDraft[] = [];
  readonly statementIds = new Map<string, string>();
  private readonly nodeIds = new Set<string>();
  readonly argumentNodeIds = new Map<string, string>();
  /** Reconstructed arguments: each inference's edge id by its conclusion's position. */
  readonly inferenceIds = new Map<string, Map<number, string>>();
  readonly mainEdgeIds = new Map<string, string>();
  readonly conclusions = new Map<string, string>();
  private readonly allocate = idAllocator(sanitizeId);
  /** `[from, to, relation]` of every edge from one premise, so a relation repeating an inference is not added twice. */
  private readonly seen = new Set<string>();
  private relationCount = 0;

  addStatement(element: ArgdownStatement, index: Map<string, string>): void {
    const id = this.allocate(element.title);
    index.set(element.title, id);
    this.nodeIds.add(id);
    const draft = statementOf(element, id, this.warnings);
    this.drafts.push(draft);
    this.nodePlaces.set(draft, element.place);
  }

  /** One `supports` edge per inference; the argument's description and leftover rules become its note. */
  addArgument(argument: ArgdownArgument, steps: readonly Step[]): void {
    const byIndex = new Map<number, string>();
    this.inferenceIds.set(argument.title, byIndex);
    const mainId = this.allocate(argument.title);
    this.mainEdgeIds.set(argument.title, mainId);
    this.conclusions.set(argument.title, steps[steps.length - 1]!.conclusion);
    steps.forEach((step, i) => {
      const last = i === steps.length - 1;
      const conclusion = this.statementIds.get(step.conclusion)!;
      const premises = [
        ...new Set(step.premises.map((title) => this.statementIds.get(title)!)),
      ].filter((id) => id !== conclusion);
      if (premises.length === 0) {
        this.warnings.push({
          path: at(step.place),
          message: `an inference of <${oneLine(argument.title)}> was left out: its conclusion is its only premise`,
        });
        return;
      }
      const id = last ? mainId : this.allocate(`${argument.title}.${i + 1}`);
      byIndex.set(step.index, id);
      if (premises.length === 1)
        this.seen.add(JSON.stringify([premises[0], conclusion, 'supports']));
      const { scheme, rules } = schemeOf(step);
      const note = [
        last ? oneLine(argument.text) : '',
        rules.length > 0 ? `Inference: ${rules.join(', ')}` : '',
      ]
        .filter((part) => part !== '')
        .join(' ');
      this.edges.push({
        edge: {
          id,
          from: premises.length === 1 ? premises[0]! : premises,
          to: conclusion,
          relation: 'supports',
          ...(scheme !== undefined ? { scheme } : {}),
          ...(note !== '' ? { note } : {}),
        },
        place: step.place,
        symmetric: false,
      });
    });
  }

  /** A statement id for a relation's source; an id of a statement or an edge for its target. */
  private resolve(end: Endpoint, role: 'from' | 'to'): string | undefined {
    switch (end.type) {
      case 'statement':
        return this.statementIds.get(end.title);
      case 'argument': {
        const node = this.argumentNodeIds.get(end.title);
        if (node !== undefined) return node;
        // From a reconstructed argument: its conclusion; to one: its inference.
        const conclusion = this.conclusions.get(end.title);
        if (role === 'to') return this.mainEdgeIds.get(end.title);
        return conclusion === undefined ? undefined : this.statementIds.get(conclusion);
      }
      case 'inference':
        if (role === 'from') return undefined;
        return (
          this.inferenceIds.get(end.argument)?.get(end.index) ?? this.mainEdgeIds.get(end.argument)
        );
    }
  }

  addRelation(relation: ArgdownDocument['relations'][number], strict: boolean): void {
    const from = this.resolve(relation.from, 'from');
    const to = this.resolve(relation.to, 'to');
    if (from === undefined || to === undefined) return;
    if (from === to) {
      if (!SILENT_SELF_RELATIONS.has(relation.type)) {
        this.warnings.push({
          path: at(relation.place),
          message: `a relation of a statement to itself (${relation.type}) was left out`,
        });
      }
      return;
    }
    const { relation: kind, bothWays } = RELATION_EDGES[relation.type];
    const betweenStatements =
      relation.from.type === 'statement' && relation.to.type === 'statement';
    // In strict mode Argdown reads an attack between statements as contrariety.
    const symmetric = bothWays || (strict && relation.type === 'attack' && betweenStatements);
    // Both ways only between statements: an edge (a reconstructed argument) is never a reason.
    const pairs =
      symmetric && this.nodeIds.has(to)
        ? [[from, to] as const, [to, from] as const]
        : [[from, to] as const];
    for (const [source, target] of pairs) {
      const key = JSON.stringify([source, target, kind]);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.relationCount++;
      this.edges.push({
        edge: {
          id: this.allocate(`r${this.relationCount}`),
          from: source,
          to: target,
          relation: kind,
        },
        place: relation.place,
        symmetric,
      });
    }
  }
}

export function mapArgdown(doc: ArgdownDocument, options: ArgdownMapOptions): MappedArgdown {
  const builder = new Builder();
  for (const statement of doc.statements) builder.addStatement(statement, builder.statementIds);
  const reconstructed: [ArgdownArgument, Step[]][] = [];
  for (const argument of doc.arguments) {
    const steps = stepsOf(argument, builder.warnings);
    if (steps.length > 0) reconstructed.push([argument, steps]);
    else builder.addStatement(argument, builder.argumentNodeIds);
  }
  for (const [argument, steps] of reconstructed) builder.addArgument(argument, steps);
  for (const relation of doc.relations) builder.addRelation(relation, doc.strict);

  const { drafts, edges } = foldPlaceholders(
    builder.drafts,
    builder.edges,
    new Set(builder.mainEdgeIds.values()),
  );
  assignKinds(drafts, edges, new Set(builder.argumentNodeIds.values()));
  const sections = sectionsOf(drafts);
  const nodes = drafts.map((draft) => draft.node);

  const map: ArgumentMap = {
    ...mapHeader(doc.frontMatter, nodes, options),
    sections,
    nodes,
    edges: edges.map((draft) => draft.edge),
  };
  return {
    map,
    origins: {
      nodes: drafts.map((draft) => builder.nodePlaces.get(draft)!),
      edges: edges.map((draft) => draft.place),
    },
    warnings: builder.warnings,
  };
}
