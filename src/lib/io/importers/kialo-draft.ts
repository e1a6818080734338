/**
 * The map a Kialo import is building: statements and edges with unique,
 * schema-safe ids, the file line each came from (so a validation problem can
 * point into the file), and the warnings collected on the way.
 */
import type { Problem } from '../../model/problems';
import type { ArgumentEdge, Relation, Statement } from '../../model/types';
import { idAllocator } from '../text';

/** Past this many, warnings are summed up in one line: the first ones are what the user acts on. */
const MAX_WARNINGS = 100;

/** Kialo numbers (`1.2.3`) are already valid ids; anything too long for the schema gets `fallback`. */
const sanitize = (raw: string): string => raw.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 120);

export class MapDraft {
  readonly nodes: Statement[] = [];
  readonly edges: ArgumentEdge[] = [];
  /** For each node and edge, the line of the file it came from. */
  readonly nodeLines: number[] = [];
  readonly edgeLines: number[] = [];
  private readonly warningList: Problem[] = [];
  private warningsLeftOut = 0;
  private readonly allocate = idAllocator(sanitize);
  /** Each edge's id by its ends and relation. */
  private readonly edgeIds = new Map<string, string>();

  /** Adds a statement under an id derived from `preferred` (or `fallback` when that is too long). */
  addNode(
    preferred: string,
    fallback: string,
    fields: Omit<Statement, 'id'>,
    line: number,
  ): string {
    const id = this.allocate(preferred.length <= 100 ? preferred : fallback);
    this.nodes.push({ id, ...fields });
    this.nodeLines.push(line);
    return id;
  }

  /**
   * Adds `from → to` unless the same edge is already there (a `-> See` link
   * repeating a relation, a source cited twice by one claim). Gives the id
   * of the edge, new or already there, and whether it was added.
   */
  addEdge(
    preferred: string,
    fallback: string,
    edge: { from: string | string[]; to: string; relation: Relation; note?: string },
    line: number,
  ): { id: string; added: boolean } {
    // Ids hold no comma, so a list of premises joined by commas names them unambiguously.
    const key = `${String(edge.from)}\u0000${edge.to}\u0000${edge.relation}`;
    const known = this.edgeIds.get(key);
    if (known !== undefined) return { id: known, added: false };
    const id = this.allocate(preferred.length <= 100 ? preferred : fallback);
    this.edgeIds.set(key, id);
    this.edges.push({ id, ...edge });
    this.edgeLines.push(line);
    return { id, added: true };
  }

  warn(line: number, message: string): void {
    this.report({ path: `line ${line}`, message });
  }

  report(problem: Problem): void {
    if (this.warningList.length < MAX_WARNINGS) this.warningList.push(problem);
    else this.warningsLeftOut++;
  }

  get warnings(): Problem[] {
    return this.warningsLeftOut === 0
      ? this.warningList
      : [
          ...this.warningList,
          { path: 'line 1', message: `and ${this.warningsLeftOut} more warnings like these` },
        ];
  }
}
