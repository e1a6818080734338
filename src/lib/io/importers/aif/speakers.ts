/**
 * Who put forward each proposition, read from the dialogue: a locution
 * (L-node) is anchored in the proposition it asserts, questions or
 * challenges by an illocution (YA-node), L → YA → I. The speaker of the
 * locution is, in order of trust:
 * 1. the participant its `locutions` entry names (`personID`), by name;
 * 2. the participant OVA writes on the L-node itself (`participantID`);
 * 3. the name before the colon in the locution's text, AIFdb's own
 *    convention ("Chris Philp : On Helle's point…", "HFC: Yes or No"), when
 *    it looks like a name: short, a few words, no sentence punctuation.
 * The illocution's force (asserting, questioning, …) is not kept.
 */
import { append, type AifGraph } from './graph';

/** The longest text before a colon that is still taken for a name (QT30's longest: 27). */
const NAME_MAX = 48;
const NAME_WORDS_MAX = 5;

/** The speaker named at the start of a locution's text, AIFdb style, if any. */
export function speakerInText(text: string): string | undefined {
  // "Name : text" is AIFdb's form; "Name: text" that of OVA3 and DialAM.
  const head = text.slice(0, NAME_MAX + 3);
  const match = / : /.exec(head) ?? /: /.exec(head);
  if (match === null) return undefined;
  const name = head.slice(0, match.index).trim();
  if (name === '' || name.length > NAME_MAX) return undefined;
  if (name.split(/\s+/).length > NAME_WORDS_MAX || /[.,;!?"“”()[\]{}]/.test(name)) return undefined;
  return name;
}

/** Each I-node's speakers, in the order their locutions appear, each once. */
export function speakersOf(graph: AifGraph): Map<string, string[]> {
  const typeOf = (id: string) => graph.nodes.get(id)?.type;
  const locutionsInto = new Map<string, string[]>();
  const propositionsOutOf = new Map<string, string[]>();
  for (const { from, to } of graph.edges) {
    if (typeOf(to) === 'YA' && typeOf(from) === 'L') append(locutionsInto, to, from);
    if (typeOf(from) === 'YA' && typeOf(to) === 'I') append(propositionsOutOf, from, to);
  }
  const speakers = new Map<string, string[]>();
  for (const [illocution, propositions] of propositionsOutOf) {
    for (const locution of locutionsInto.get(illocution) ?? []) {
      const name = speakerOf(graph, locution);
      if (name === undefined) continue;
      for (const proposition of propositions) {
        const list = speakers.get(proposition) ?? [];
        if (!list.includes(name)) list.push(name);
        speakers.set(proposition, list);
      }
    }
  }
  return speakers;
}

function speakerOf(graph: AifGraph, locution: string): string | undefined {
  const node = graph.nodes.get(locution);
  const person = graph.speakerOf.get(locution);
  const named = person === undefined ? undefined : graph.names.get(person);
  if (named !== undefined) return named;
  const participant =
    node?.participant === undefined ? undefined : graph.names.get(node.participant);
  return participant ?? (node === undefined ? undefined : speakerInText(node.text));
}
