/**
 * Which edges a Kialo discussion's Pro and Con entries make, reading the
 * remarks Warrant's Kialo export writes where Kialo's tree cannot say how a
 * claim bears on the map (formats/kialo-remarks.ts). Without such remarks
 * each entry is one edge to the claim above. With them:
 * - entries that each say "linked premise, works only together with" the
 *   others, all Pros or all Cons of one claim, make one edge from all of
 *   their statements (linked premises);
 * - an entry that says "undercut" (a Con) or "backing" (a Pro) of "the step
 *   from A to C" makes an edge aimed at the edge that the entries A under
 *   claim C make, and stands under one of that step's claims.
 *
 * Strict: a remark is taken in only when every number in it fits the tree
 * just so, as the exporter lays it out; else it stays in the claim's text,
 * with a warning, and the entry is an ordinary Pro or Con. Text that merely
 * resembles a remark (escaped parentheses, other words) is never read as
 * one. Work is linear in the remarks' length.
 */
import type { Problem } from '../../model/problems';
import type { Relation } from '../../model/types';
import { RELATION_OF_STANCE } from '../formats/kialo';
import { readRemarks, type KialoRemark } from '../formats/kialo-remarks';
import { claimNumber, normalizeKey, type Entry } from './kialo-lines';
import { breakRings, byTarget, type Step } from './kialo-steps';

export const parentKey = (key: string): string => key.slice(0, key.lastIndexOf('.'));

export interface OutlineView {
  entries: readonly Entry[];
  /** The first entry of each number. */
  byKey: ReadonlyMap<string, Entry>;
  isQuestion: (entry: Entry) => boolean;
  /** For each `-> See` entry that resolves, the entry holding its statement. */
  linkTarget: ReadonlyMap<Entry, Entry>;
  /** For each entry that is a statement, its text as written (remarks and all). */
  bodies: ReadonlyMap<Entry, string>;
}

export interface Structure {
  /** For each statement entry, its text with the remarks taken in removed. */
  bodies: Map<Entry, string>;
  /** The step of each Pro or Con under a claim, unless it would link a statement to itself. */
  stepOf: Map<Entry, Step>;
  warnings: Problem[];
}

/** Why a remark was not taken in. */
type Refusal = 'place' | 'subject' | 'twice' | 'stance' | 'partners' | 'own' | 'step' | 'ring';

const REFUSALS: Readonly<Record<Refusal, string>> = {
  place: 'the claim is no Pro or Con of another claim',
  subject: 'the entry it names is no "-> See" link right under the claim',
  twice: 'an earlier remark already says this of the same entry',
  stance: 'an undercut must be a Con, and a backing a Pro',
  partners:
    'the linked premises it names are not Pros or Cons of one claim that each name all the others',
  own: 'one of the linked premises it names is the claim they stand under',
  step: 'no step of this discussion is made of the entries it names, next to where it stands',
  ring: 'the steps it names bear on each other in a ring',
};

const REMARK_NAMES: Readonly<Record<KialoRemark['type'], string>> = {
  linked: 'linked premise',
  inference: 'undercut or backing',
};

/** A remark and what became of it. */
interface Said {
  remark: KialoRemark;
  written: string;
  carrier: Entry;
  taken: boolean;
  refused?: Refusal;
}

/** A number in a remark as an entry's key; the exporter writes no leading zeros, so most need no work. */
const remarkKey = (number: string): string =>
  number.startsWith('0') || number.includes('.0') ? normalizeKey(number) : number;

/**
 * The same for the same keys in any order, and rarely the same for other
 * sets; when it is, the exact comparison in linkedStep refuses both groups
 * rather than misread them.
 */
function setFingerprint(keys: readonly string[]): string {
  let sum = 0;
  let xor = 0;
  for (const key of keys) {
    // FNV-1a, 32 bits.
    let hash = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    sum = (sum + hash) | 0;
    xor ^= hash;
  }
  return `${keys.length} ${sum} ${xor}`;
}

/** The Pro or Con entry's claim above and relation, when it stands under a claim. */
function placementOf(
  entry: Entry,
  view: Pick<OutlineView, 'byKey' | 'isQuestion'>,
): { parent: Entry; relation: Relation } | undefined {
  if (entry.depth === 1 || (entry.role !== 'Pro' && entry.role !== 'Con')) return undefined;
  const parent = view.byKey.get(parentKey(entry.key));
  if (parent === undefined || view.isQuestion(parent)) return undefined;
  return { parent, relation: RELATION_OF_STANCE[entry.role] };
}

export function readStructure(view: OutlineView): Structure {
  const reading = new Reading(view);
  reading.collect();
  reading.link();
  const steps = reading.steps();
  reading.aim(steps);
  reading.settle(steps);
  return reading.result();
}

class Reading {
  private readonly saids: Said[] = [];
  private readonly heads = new Map<Entry, string>();
  /** What the remarks say of each entry. */
  private readonly about = new Map<Entry, { linked?: Said; inference?: Said }>();
  private readonly stepOf = new Map<Entry, Step>();
  private readonly position: Map<Entry, number>;

  constructor(private readonly view: OutlineView) {
    this.position = new Map(view.entries.map((entry, i) => [entry, i]));
  }

  /** The entry holding the statement an entry stands for. */
  private statement(entry: Entry): Entry {
    return this.view.linkTarget.get(entry) ?? entry;
  }

  private refuse(said: Said | undefined, why: Refusal): void {
    if (said !== undefined && said.refused === undefined) said.refused = why;
  }

  /** The remark of that type about the entry, unless refused. */
  private remarkOf(entry: Entry, type: KialoRemark['type']): Said | undefined {
    const said = this.about.get(entry)?.[type];
    return said?.refused === undefined ? said : undefined;
  }

  /** Reads every statement's remarks, and which entry each is about. */
  collect(): void {
    const { view } = this;
    for (const [carrier, body] of view.bodies) {
      const { head, remarks } = readRemarks(body);
      this.heads.set(carrier, head);
      for (const { remark, written, subject } of remarks) {
        const said: Said = { remark, written, carrier, taken: false };
        this.saids.push(said);
        const entry = subject === undefined ? carrier : view.byKey.get(remarkKey(subject));
        const placement = entry && placementOf(entry, view);
        if (entry === undefined || placement === undefined) {
          this.refuse(said, subject === undefined ? 'place' : 'subject');
        } else if (
          subject !== undefined &&
          (placement.parent !== carrier || !view.linkTarget.has(entry))
        ) {
          this.refuse(said, 'subject');
        } else if (remark.type === 'inference' && remark.relation !== placement.relation) {
          this.refuse(said, 'stance');
        } else {
          const known = this.about.get(entry) ?? {};
          this.about.set(entry, known);
          if (known[remark.type] !== undefined) this.refuse(said, 'twice');
          else known[remark.type] = said;
        }
      }
    }
  }

  /**
   * Linked premises: entries whose remarks name the same set of entries,
   * each its own. Sets are grouped by a fingerprint that does not depend
   * on the order, then compared exactly: on a 14 MB file of 1,200
   * premises each naming all the others, sorting and normalizing every
   * list took about 0.45 s of a 1.3 s import (profiled on a loaded machine).
   */
  link(): void {
    const groups = new Map<string, { entry: Entry; named: Entry[] | undefined }[]>();
    for (const [entry] of this.about) {
      const said = this.remarkOf(entry, 'linked');
      if (said?.remark.type !== 'linked') continue;
      const keys = [entry.key, ...said.remark.partners.map(remarkKey)];
      const named = keys.map((key) => this.view.byKey.get(key));
      const fingerprint = setFingerprint(keys);
      const group = groups.get(fingerprint) ?? [];
      group.push({ entry, named: named.every((e) => e !== undefined) ? named : undefined });
      groups.set(fingerprint, group);
    }
    for (const group of groups.values()) {
      const step = this.linkedStep(group);
      if (step !== undefined) for (const member of step.members) this.stepOf.set(member, step);
      else for (const { entry } of group) this.refuse(this.about.get(entry)?.linked, 'partners');
    }
  }

  /** The step of linked premises, when the entries naming a set are that set, each naming it whole. */
  private linkedStep(group: { entry: Entry; named: Entry[] | undefined }[]): Step | undefined {
    const members = group.map(({ entry }) => entry);
    const set = new Set(members);
    const whole = group.every(
      ({ named }) =>
        named !== undefined &&
        named.length === set.size &&
        new Set(named).size === set.size &&
        named.every((entry) => set.has(entry)),
    );
    if (!whole || group.some(({ entry, named }) => named![0] !== entry)) return undefined;
    members.sort((a, b) => this.position.get(a)! - this.position.get(b)!);
    const first = placementOf(members[0]!, this.view)!;
    const inference = (entry: Entry) =>
      JSON.stringify(this.remarkOf(entry, 'inference')?.remark ?? null);
    const statements = new Set<Entry>();
    for (const member of members) {
      const placement = placementOf(member, this.view)!;
      const fits =
        placement.parent === first.parent &&
        placement.relation === first.relation &&
        !statements.has(this.statement(member)) &&
        inference(member) === inference(members[0]!);
      if (!fits) return undefined;
      statements.add(this.statement(member));
    }
    return { members, ...first };
  }

  /** Every step, once, in file order: linked premises, and each other Pro or Con under a claim. */
  steps(): Step[] {
    const steps: Step[] = [];
    for (const entry of this.view.entries) {
      const placement = placementOf(entry, this.view);
      if (placement === undefined) continue;
      let step = this.stepOf.get(entry);
      if (step === undefined) {
        step = { members: [entry], ...placement };
        this.stepOf.set(entry, step);
      }
      if (step.members[0] === entry) steps.push(step);
    }
    return steps;
  }

  /** Undercuts and backings: the step of the entries named, next to where the remark stands. */
  aim(steps: readonly Step[]): void {
    const { view } = this;
    for (const step of steps) {
      const said = this.remarkOf(step.members[0]!, 'inference');
      if (said?.remark.type !== 'inference') continue;
      const { step: keys, conclusion } = said.remark;
      const named = keys.map((key) => view.byKey.get(remarkKey(key)));
      const target = named[0] && this.stepOf.get(named[0]);
      const near = (entry: Entry) => this.statement(entry) === this.statement(step.parent);
      const fits =
        target !== undefined &&
        target !== step &&
        target.members.length === named.length &&
        target.members.every((member, i) => named[i] === member) &&
        target.parent.key === remarkKey(conclusion) &&
        (near(target.parent) || target.members.some(near));
      if (fits) step.target = target;
      else this.refuseAll(step, 'inference', 'step');
    }
    breakRings(steps, (step) => {
      step.target = undefined;
      this.refuseAll(step, 'inference', 'ring');
    });
  }

  private refuseAll(step: Step, type: KialoRemark['type'], why: Refusal): void {
    for (const member of step.members) this.refuse(this.about.get(member)?.[type], why);
  }

  /**
   * Drops what cannot be an edge, targets first so a step aimed at a
   * dropped one is known: a statement under its own claim (a `-> See` link
   * to the claim above) makes no edge, unless it bears on a step (an
   * undercut or backing of its own inference); linked premises that
   * include the claim they stand under are read as separate entries.
   */
  settle(steps: readonly Step[]): void {
    for (const step of byTarget(steps)) {
      if (step.target !== undefined && this.stepOf.get(step.target.members[0]!) !== step.target) {
        step.target = undefined;
        this.refuseAll(step, 'inference', 'step');
      }
      if (step.target !== undefined) {
        for (const member of step.members) this.about.get(member)!.inference!.taken = true;
        continue;
      }
      const own = (entry: Entry) => this.statement(entry) === this.statement(step.parent);
      if (!step.members.some(own)) continue;
      if (step.members.length > 1) this.refuseAll(step, 'linked', 'own');
      for (const member of step.members) {
        if (own(member)) this.stepOf.delete(member);
        else this.stepOf.set(member, { ...step, members: [member] });
      }
    }
    for (const [entry, step] of this.stepOf) {
      const linked = this.about.get(entry)?.linked;
      if (step.members.length > 1 && linked !== undefined) linked.taken = true;
    }
  }

  /** The texts, with what was not taken in left in them, and a warning for each such remark. */
  result(): Structure {
    const warnings: Problem[] = [];
    const kept = new Map<Entry, string[]>();
    for (const said of this.saids) {
      if (said.taken) continue;
      const list = kept.get(said.carrier) ?? [];
      list.push(said.written);
      kept.set(said.carrier, list);
      warnings.push({
        path: `line ${said.carrier.line}`,
        message: `claim ${claimNumber(said.carrier.key)} ends with a remark of Warrant's Kialo export ("${REMARK_NAMES[said.remark.type]}") that does not fit here: ${REFUSALS[said.refused ?? 'step']}; it stays in the claim's text`,
      });
    }
    const bodies = new Map<Entry, string>();
    for (const [carrier, head] of this.heads) {
      const rest = kept.get(carrier);
      bodies.set(carrier, rest === undefined ? head : `${head} ${rest.join(' ')}`);
    }
    return { bodies, stepOf: this.stepOf, warnings };
  }
}
