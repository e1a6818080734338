/** One thing wrong with an input, and where it is. */
export interface Problem {
  /** JSONPath of the offending value, e.g. `$.edges[3].to`; or `line N` for text formats. */
  path: string;
  /** A plain-language explanation. */
  message: string;
}

/** Either the typed value or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

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
