/** One thing wrong with an input, and where it is. */
export interface Problem {
  /** JSONPath of the offending value, e.g. `$.edges[3].to`; or `line N` for text formats. */
  path: string;
  /** A plain-language explanation. */
  message: string;
}

/**
 * Either the typed value or every problem found. A value may come with
 * warnings: things worth saying that do not stop it being used (a dropped
 * dialogue node, a map in several parts under `--strict`).
 */
export type Result<T> =
  { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

/** Turns a JSON Pointer (`/nodes/3/id`) into JSONPath (`$.nodes[3].id`). */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (path, part) =>
        /^\d+$/.test(part)
          ? `${path}[${part}]`
          : /^[A-Za-z_$][\w$]*$/.test(part)
            ? `${path}.${part}`
            : `${path}[${JSON.stringify(part)}]`,
      '$',
    );
}

export const formatProblem = (problem: Problem): string => `${problem.path}: ${problem.message}`;
