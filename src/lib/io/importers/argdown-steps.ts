/**
 * The inferences of a premise–conclusion structure. Argdown marks where each
 * conclusion is drawn but not from which lines, so the usual reading is
 * taken: a conclusion follows from the lines since the previous conclusion,
 * and from that previous conclusion (a chain). An inference's data may name
 * its lines instead (`-- Modus ponens {uses: [1, 3]} --`), as Argdown's
 * documentation suggests.
 */
import type { Problem } from '../../model/problems';
import { oneLine } from '../text';
import type { ArgdownArgument, PcsLine, Place } from './argdown-document';

export interface Step {
  /** The conclusion's position in the structure (0-based), as @argdown/core counts it. */
  index: number;
  /** Statement titles, in order. */
  premises: string[];
  conclusion: string;
  inference?: PcsLine['inference'];
  place: Place;
}

/** `uses` as 0-based positions before `index`, or undefined when absent or unusable. */
function usesOf(line: PcsLine, index: number): number[] | undefined {
  const uses = line.inference?.data.get('uses');
  if (!Array.isArray(uses) || uses.length === 0) return undefined;
  const positions = uses.map((n) => (typeof n === 'number' && Number.isInteger(n) ? n - 1 : -1));
  return positions.every((n) => n >= 0 && n < index) ? positions : undefined;
}

export function stepsOf(argument: ArgdownArgument, warnings: Problem[]): Step[] {
  const steps: Step[] = [];
  let since: string[] = [];
  let previous: string | undefined;
  argument.pcs.forEach((line, index) => {
    if (line.role === 'premise') {
      since.push(line.title);
      return;
    }
    const place = line.inference?.place ?? argument.place;
    const uses = usesOf(line, index);
    if (line.inference?.data.has('uses') && uses === undefined) {
      warnings.push({
        path: `line ${place.line}, column ${place.column}`,
        message: `the "uses" of an inference of <${oneLine(argument.title)}> do not name earlier lines by number, so it is read as using the lines above it`,
      });
    }
    const premises =
      uses !== undefined
        ? uses.map((n) => argument.pcs[n]!.title)
        : [...(previous !== undefined ? [previous] : []), ...since];
    steps.push({
      index,
      premises,
      conclusion: line.title,
      ...(line.inference !== undefined ? { inference: line.inference } : {}),
      place,
    });
    previous = line.title;
    since = [];
  });
  return steps;
}
