/**
 * The remarks Warrant's Kialo export adds to a claim's text where Kialo's
 * tree cannot say how the claim bears on the map, and which the importer
 * reads back to rebuild that structure. One grammar for both directions,
 * kept apart from formats/kialo.ts so the importer registry (in the first
 * bundle) does not carry it.
 *
 * A remark ends the claim's text, after a space, with parentheses that are
 * NOT escaped:
 *
 *     (Warrant map: linked premise, works only together with 1.2 and 1.3.)
 *     (Warrant map: undercut, objects to the step from 1.2 to 1, not to the claim above.)
 *     (Warrant map: backing, supports the step from 1.2 to 1, not the claim above.)
 *     (Warrant map: 1.4: linked premise, works only together with 1.2.)
 *
 * The numbers are entries of the same file: a linked premise names the
 * other entries (claims or `-> See` links) of its group, all Pros or all
 * Cons of one claim; an undercut or backing names the entries that make up
 * the step and the claim they stand under. A `-> See` link has no text of
 * its own, so its remarks go on the claim it stands under, after `N: `.
 *
 * Why a Kialo discussion cannot be misread: Warrant's export escapes every
 * parenthesis of a statement's own text (`\(`), and so does Kialo's own
 * numbered export; the words `Warrant map:` are what no Kialo user types
 * as a remark; and the importer rebuilds only when every number fits the
 * tree exactly as the exporter lays it out (kialo-structure.ts).
 */
import type { Relation } from '../../model/types';

/** What a remark says of the entry it is about; numbers are Kialo entry numbers without the final dot. */
export type KialoRemark =
  /** One of linked premises; `partners` are the group's other entries. */
  | { type: 'linked'; partners: string[] }
  /** Bears on the step made by the entries `step`, which stand under `conclusion`. */
  | { type: 'inference'; relation: Relation; step: string[]; conclusion: string };

interface InferenceWords {
  /** What it is called. */
  name: string;
  /** How it bears on the step. */
  verb: string;
  /** What it does not bear on. */
  not: string;
}

const INFERENCE_WORDS: Readonly<Record<Relation, InferenceWords>> = {
  opposes: { name: 'undercut', verb: 'objects to', not: 'not to the claim above' },
  supports: { name: 'backing', verb: 'supports', not: 'not the claim above' },
};

const OPEN = ' (Warrant map: ';
const LINKED = 'linked premise, works only together with ';

/** The remark's text, starting with a space; `subject` names the `-> See` entry it is about. */
export function writeRemark(remark: KialoRemark, subject?: string): string {
  const about = subject !== undefined ? `${subject}: ` : '';
  if (remark.type === 'linked') return `${OPEN}${about}${LINKED}${remark.partners.join(' and ')}.)`;
  const words = INFERENCE_WORDS[remark.relation];
  const step = `the step from ${remark.step.join(' and ')} to ${remark.conclusion}`;
  return `${OPEN}${about}${words.name}, ${words.verb} ${step}, ${words.not}.)`;
}

/** A remark read off the end of a claim's text. */
export interface ReadRemark {
  /** The remark as written, without the space before it. */
  written: string;
  /** The `-> See` entry it is about, when it is not about the claim carrying it. */
  subject?: string;
  remark: KialoRemark;
}

const NUMBER = String.raw`\d{1,9}(?:\.\d{1,9})*`;
const LIST = `${NUMBER}(?: and ${NUMBER})*`;
const anyOf = (pick: (words: InferenceWords) => string) =>
  Object.values(INFERENCE_WORDS).map(pick).join('|');
/** One remark exactly, with only the words above: no part can match another's text. */
const REMARK = new RegExp(
  String.raw`^ \(Warrant map: (?:(${NUMBER}): )?(?:` +
    `${LINKED}(${LIST})|` +
    `(${anyOf((w) => w.name)}), (${anyOf((w) => w.verb)}) the step from (${LIST}) to (${NUMBER}), (${anyOf((w) => w.not)})` +
    String.raw`)\.\)$`,
);

function readOne(text: string): Omit<ReadRemark, 'written'> | undefined {
  const match = REMARK.exec(text);
  if (match === null) return undefined;
  const [, subject, partners, name, verb, step, conclusion, not] = match;
  const about = subject !== undefined ? { subject } : {};
  if (partners !== undefined) {
    return { ...about, remark: { type: 'linked', partners: partners.split(' and ') } };
  }
  const relation = (Object.keys(INFERENCE_WORDS) as Relation[]).find((key) => {
    const words = INFERENCE_WORDS[key];
    return words.name === name && words.verb === verb && words.not === not;
  });
  if (relation === undefined) return undefined;
  return {
    ...about,
    remark: { type: 'inference', relation, step: step!.split(' and '), conclusion: conclusion! },
  };
}

/**
 * Splits a claim's text (as written, escapes and all) into what comes
 * before Warrant's remarks and the remarks, in order. Linear in the text:
 * each remark starts at an occurrence of ` (Warrant map: `, found in one
 * pass, and is matched once.
 */
export function readRemarks(body: string): { head: string; remarks: ReadRemark[] } {
  const starts: number[] = [];
  for (let at = body.indexOf(OPEN, 1); at !== -1; at = body.indexOf(OPEN, at + 1)) {
    starts.push(at);
  }
  const remarks: ReadRemark[] = [];
  let end = body.length;
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i]!;
    const read = readOne(body.slice(start, end));
    if (read === undefined) break;
    remarks.push({ written: body.slice(start + 1, end), ...read });
    end = start;
  }
  return { head: body.slice(0, end), remarks: remarks.reverse() };
}
