/**
 * What a screen reader hears when the selection moves: the new statement's
 * kind and label, and how it relates to the one selected before, so walking
 * the map with the arrow keys says where each step went.
 */
import { statementLinks, type MapIndex, type StatementLink } from '../model/inference';
import type { Statement } from '../model/types';
import { KIND_WORDS, RELATION_WORDS } from '../model/vocabulary';

const quoted = (node: Statement) => `“${node.label}”`;

/** "supports", "undercuts the step to": a link's verb, as in "A supports B". */
const verbOf = (link: StatementLink): string => {
  const words = RELATION_WORDS[link.edge.relation];
  return link.kind === 'via-inference' ? `${words.stepVerb} the step to` : words.verb;
};

/** How `current` relates to `previous`, as one sentence. */
function relation(index: MapIndex, current: Statement, previous: Statement): string {
  const links = statementLinks({ nodes: [], edges: [] }, index);
  const up = links.find((link) => link.from === current.id && link.to === previous.id);
  if (up !== undefined) return `It ${verbOf(up)} ${quoted(previous)}.`;
  const down = links.find((link) => link.from === previous.id && link.to === current.id);
  if (down !== undefined) return `${quoted(previous)} ${verbOf(down)} it.`;
  // Siblings: both bear on the same statement.
  for (const mine of links.filter((link) => link.from === current.id)) {
    const theirs = links.find((link) => link.from === previous.id && link.to === mine.to);
    if (theirs === undefined) continue;
    const target = quoted(index.nodes.get(mine.to)!);
    return verbOf(mine) === verbOf(theirs)
      ? `It ${verbOf(mine)} ${target}, as ${quoted(previous)} does.`
      : `It ${verbOf(mine)} ${target}; ${quoted(previous)} ${verbOf(theirs)} it.`;
  }
  return `It is not directly linked to ${quoted(previous)}.`;
}

/**
 * The announcement for selecting `currentId` after `previousId` (null when
 * nothing was selected): "Claim: <label>. It supports “<previous>”." A
 * position held by someone else names its holder. Empty when nothing is
 * selected now.
 */
export function announceSelection(
  index: MapIndex,
  currentId: string | null,
  previousId: string | null,
): string {
  const current = currentId === null ? undefined : index.nodes.get(currentId);
  if (current === undefined) return '';
  const kind = KIND_WORDS[current.kind].name;
  const holder = current.holder === undefined ? '' : ` held by ${current.holder}`;
  const head = `${kind}${holder}: ${current.label}.`;
  const previous = previousId === null ? undefined : index.nodes.get(previousId);
  if (previous === undefined || previous.id === current.id) return head;
  return `${head} ${relation(index, current, previous)}`;
}
