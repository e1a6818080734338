import type { ErrorObject } from 'ajv';
import validateSchema from './generated/schema-validator.js';
import type { ArgumentMap } from './types';
import { pointerToPath, type Problem, type Result } from './problems';
import { checkGraph } from './graph-checks';

export interface ValidateOptions {
  /** The source text; when given, every `quote` must occur in it verbatim (modulo whitespace). */
  sourceText?: string;
  /** Upper bound on nodes plus edges, so hostile files cannot stall the viewer. */
  maxElements?: number;
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
    case 'minimum':
      return { path, message: `must be at least ${String(params.limit)}${found}` };
    case 'uniqueItems':
      return {
        path,
        // Ajv scans from the end: `j` is the later copy, `i` the earlier one.
        message: `item ${String(params.j)} repeats item ${String(params.i)} (${show((error.data as unknown[])[params.j as number])})`,
      };
    default:
      return { path, message: error.message ?? `fails "${error.keyword}"` };
  }
}

/**
 * Checks that `input` is a well-formed argument map: the schema first, then the
 * graph itself (unique ids, edges between existing nodes, known sections,
 * verbatim quotes, one connected argument).
 */
export function validateMap(input: unknown, options: ValidateOptions = {}): Result<ArgumentMap> {
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
    const problems = (validateSchema.errors ?? [])
      // `oneOf` failures repeat what the branches already said.
      .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'if')
      .map(describe);
    return { ok: false, problems: dedupe(problems).slice(0, MAX_PROBLEMS) };
  }
  const problems = checkGraph(input, options.sourceText).slice(0, MAX_PROBLEMS);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: input };
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
