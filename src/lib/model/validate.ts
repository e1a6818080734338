import type { ErrorObject } from 'ajv';
import validateSchema from './generated/schema-validator.js';
import type { ArgumentMap } from './types';
import { pointerToPath, type Problem, type Result } from './problems';
import { checkGraph, findDisconnected } from './graph-checks';
import { migrate } from './migrate';

export interface ValidateOptions {
  /** The source text; when given, every `quote` must occur in it verbatim (modulo whitespace). */
  sourceText?: string;
  /** Upper bound on nodes plus edges, so hostile files cannot stall the viewer. */
  maxElements?: number;
  /** Also warn about what a hand-modeled map should not have: statements outside the main part. */
  strict?: boolean;
}

/** Stop reporting after this many problems: the first ones are what the user acts on. */
const MAX_PROBLEMS = 100;
export const DEFAULT_MAX_ELEMENTS = 50_000;

// Precompiled from the JSON Schema by `npm run gen:validator`: the app's CSP forbids
// the `eval` that Ajv's runtime compiler needs. A unit test keeps it in step.

/** A short JSON rendering of a value for a message. */
const show = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describe(error: ErrorObject): Problem {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const found = ` (found ${show(error.data)})`;
  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required property "${String(params.missingProperty)}"` };
    case 'additionalProperties':
      return { path, message: `unknown property "${String(params.additionalProperty)}"` };
    case 'enum':
      return {
        path,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${found}`,
      };
    case 'const':
      return { path, message: `must be ${JSON.stringify(params.allowedValue)}${found}` };
    case 'type': {
      const type = String(params.type);
      return { path, message: `must be ${TYPE_NAMES[type] ?? type}${found}` };
    }
    case 'pattern':
      return {
        path,
        message: error.schemaPath.includes('isoDate')
          ? `must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)${found}`
          : `must be an identifier of letters, digits, "_", ".", ":" or "-", starting with a letter or digit${found}`,
      };
    case 'minLength':
      return {
        path,
        message:
          params.limit === 1
            ? 'must not be empty'
            : `must be at least ${String(params.limit)} characters long`,
      };
    case 'maxLength':
      return {
        path,
        message: `must be at most ${String(params.limit)} characters long (is ${(error.data as string).length})`,
      };
    case 'minItems':
      return {
        path,
        message:
          params.limit === 2
            ? `linked premises need at least 2 statements (found ${show(error.data)})`
            : `must have at least ${String(params.limit)} items`,
      };
    case 'minimum':
      return { path, message: `must be at least ${String(params.limit)}${found}` };
    case 'uniqueItems': {
      const later = Math.max(params.i as number, params.j as number);
      const earlier = Math.min(params.i as number, params.j as number);
      return {
        path,
        message: `item ${later} repeats item ${earlier} (${show((error.data as unknown[])[later])})`,
      };
    }
    default:
      return { path, message: error.message ?? `fails "${error.keyword}"` };
  }
}

/**
 * Checks that `input` is a well-formed argument map, after migrating an older
 * version: the schema first, then the graph itself (unique ids, edges between
 * existing statements and inferences, no rings of edges aimed at edges, known
 * sections, verbatim quotes).
 */
export function validateMap(raw: unknown, options: ValidateOptions = {}): Result<ArgumentMap> {
  const input = migrate(raw);
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    const count =
      (Array.isArray(record.nodes) ? record.nodes.length : 0) +
      (Array.isArray(record.edges) ? record.edges.length : 0);
    if (count > maxElements) {
      return {
        ok: false,
        problems: [
          {
            path: '$',
            message: `has ${count} nodes and edges; at most ${maxElements} are supported`,
          },
        ],
      };
    }
  }
  if (!validateSchema(input)) {
    const problems = withoutMismatchedBranches(validateSchema.errors ?? [])
      // `oneOf` failures repeat what the branches already said.
      .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'if')
      .map(describe);
    return { ok: false, problems: dedupe(problems).slice(0, MAX_PROBLEMS) };
  }
  const problems = checkGraph(input, options.sourceText).slice(0, MAX_PROBLEMS);
  if (problems.length > 0) return { ok: false, problems };
  const warnings = options.strict ? findDisconnected(input).slice(0, MAX_PROBLEMS) : [];
  return warnings.length > 0 ? { ok: true, value: input, warnings } : { ok: true, value: input };
}

/**
 * Where a value may take one of several shapes (`from`: an id or a list), a
 * value of one shape fails the other shape's type check too. That failure
 * says nothing useful ("must be a string" of a list), so a type error is
 * dropped whenever there is something more specific to say at its place.
 */
function withoutMismatchedBranches(errors: ErrorObject[]): ErrorObject[] {
  // Every instance path with a specific error at it or below it.
  const covered = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'type' || error.keyword === 'oneOf') continue;
    let path = error.instancePath;
    while (!covered.has(path)) {
      covered.add(path);
      if (path === '') break;
      path = path.slice(0, path.lastIndexOf('/'));
    }
  }
  return errors.filter((error) => !(error.keyword === 'type' && covered.has(error.instancePath)));
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
