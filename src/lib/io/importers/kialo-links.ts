/**
 * Kialo's two kinds of link entry, and where each `-> See` link finally
 * leads. Resolution is iterative with a memo, so chains of links and rings
 * of links cost linear time and no stack.
 */
import type { Entry } from './kialo-lines';
import { normalizeKey } from './kialo-lines';

export type EntryLink =
  /** `-> See 1.2.3.`: the claim numbered 1.2.3, shown here too. */
  | { type: 'claim'; key: string }
  /** `-> See discussion #N: title`: another Kialo discussion. */
  | { type: 'discussion'; number: string; title: string };

const SEE_CLAIM = /^->[ \t]*See[ \t]+((?:\d+\.)*\d+\.?)[ \t]*$/;
const SEE_DISCUSSION = /^->[ \t]*See discussion #(\d{1,12})(?::[ \t]*([\s\S]*))?$/;

export function linkOf(body: string): EntryLink | undefined {
  const claim = SEE_CLAIM.exec(body);
  if (claim !== null) return { type: 'claim', key: normalizeKey(claim[1]!) };
  const discussion = SEE_DISCUSSION.exec(body);
  if (discussion !== null) {
    return { type: 'discussion', number: discussion[1]!, title: discussion[2]?.trim() ?? '' };
  }
  return undefined;
}

/** Why a `-> See` link could not be followed; the entry then keeps its own text. */
export type BrokenLink = 'missing' | 'question' | 'ring';

export interface LinkResolution {
  /** For each `-> See` entry that resolves, the entry holding the statement it stands for. */
  target: Map<Entry, Entry>;
  /** `-> See` entries that lead nowhere, with the reason. */
  broken: Map<Entry, BrokenLink>;
}

/**
 * Follows every `-> See 1.x.` to the claim it names, through links to links.
 * `byKey` holds the first entry of each number; `isQuestion` says which
 * entries are questions (no statement to link to).
 */
export function resolveLinks(
  entries: readonly Entry[],
  links: ReadonlyMap<Entry, EntryLink>,
  byKey: ReadonlyMap<string, Entry>,
  isQuestion: (entry: Entry) => boolean,
): LinkResolution {
  const target = new Map<Entry, Entry>();
  const broken = new Map<Entry, BrokenLink>();
  const claimKey = (entry: Entry): string | undefined => {
    const link = links.get(entry);
    return link?.type === 'claim' ? link.key : undefined;
  };
  for (const start of entries) {
    if (claimKey(start) === undefined || target.has(start) || broken.has(start)) continue;
    const chain: Entry[] = [];
    const onChain = new Set<Entry>();
    let end: Entry | undefined;
    for (let current = start; end === undefined;) {
      const known = broken.has(current) ? current : target.get(current);
      const key = claimKey(current);
      if (known !== undefined) end = known;
      else if (key === undefined) end = current;
      else {
        chain.push(current);
        onChain.add(current);
        const next = byKey.get(key);
        const reason: BrokenLink | undefined =
          next === undefined
            ? 'missing'
            : isQuestion(next)
              ? 'question'
              : onChain.has(next)
                ? 'ring'
                : undefined;
        if (reason !== undefined) {
          broken.set(current, reason);
          chain.pop();
          end = current;
        } else current = next!;
      }
    }
    for (const entry of chain) target.set(entry, end);
  }
  return { target, broken };
}
