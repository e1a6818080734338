/**
 * The inferences of a premise–conclusion structure. Argdown marks where each
 * conclusion is drawn but not from which lines, so the usual reading is
 * taken: a conclusion follows from the lines since the previous conclusion,
 * and from that previous conclusion (a chain). An inference's data may name
 * its lines instead (`-- Modus ponens {uses: [1, 3]} --`), as Argdown's
 * documentation suggests. An inference line's rules (or its `scheme` data)
 * may name one of Warrant's schemes.
 */
import type { Problem } from '../../model/problems';
import { SCHEMES, isScheme, type Scheme } from '../../model/types';
import { AIF_SCHEME_NAMES } from '../formats/aif';
import { ARGDOWN_SCHEME_RULES } from '../formats/argdown';
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

/** Scheme names Argdown users may write as inference rules: ours, the bare ids, AIF's. */
const SCHEME_BY_RULE = new Map<string, Scheme>(
  SCHEMES.flatMap((scheme): [string, Scheme][] => [
    [ARGDOWN_SCHEME_RULES[scheme].toLowerCase(), scheme],
    [scheme, scheme],
    [AIF_SCHEME_NAMES[scheme].toLowerCase(), scheme],
    [`argument from ${AIF_SCHEME_NAMES[scheme].toLowerCase()}`, scheme],
  ]),
);

/** The scheme an inference names (in its data or as a rule), and the rules left over. */
export function schemeOf(step: Step): { scheme?: Scheme; rules: string[] } {
  const data = step.inference?.data.get('scheme');
  let scheme: Scheme | undefined = isScheme(data) ? data : undefined;
  const rules: string[] = [];
  for (const rule of step.inference?.rules ?? []) {
    const line = oneLine(rule);
    const named = SCHEME_BY_RULE.get(line.toLowerCase());
    if (scheme === undefined && named !== undefined) scheme = named;
    else if (line !== '') rules.push(line);
  }
  return { ...(scheme !== undefined ? { scheme } : {}), rules };
}
