/**
 * Tells the JSON formats of the AIF family apart by their shape, so a file
 * is only ever judged by its own format's rules. Light on purpose: the
 * importer registry loads it to sniff every opened file.
 *
 * - `aif`: AIF as AIFdb and OVA export it, `{nodes, edges, locutions?}`,
 *   nodes keyed by `nodeID`, edges by `fromID`/`toID`. Also claimed, to be
 *   refused with a message of their own: AIF stored column by column
 *   (`nodes: {nodeID: [...], text: [...]}`, from DialAM tools) and OVA's
 *   list of schemes (`{schemes: [...]}`), which is no argument at all.
 * - `xaif`: the AIF above wrapped as `{AIF: {...}, OVA: {...}, text: ...}`
 *   (OVA3, the AMF pipeline); also `{OVA: ...}` with its layout alone.
 * - `ova2`: OVA2's (and ReCAP OVA's) own save file: nodes keyed by `id`
 *   with positions, each edge holding its two node objects in `from` and `to`.
 * - `ova3`: OVA3's own save file: AIF-like nodes that also carry positions
 *   (`x`, `y`, `visible`), edges without `edgeID`, and an `analysis` part.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const AIF_FAMILY = ['aif', 'xaif', 'ova2', 'ova3'] as const;
export type AifFamily = (typeof AIF_FAMILY)[number];

/** Keys only a Warrant map has at its top level. */
const WARRANT_KEYS = ['schemaVersion', 'title', 'sections'];
/** How many items are looked at to judge a list; real files are uniform. */
const SAMPLE = 20;

const sample = (list: unknown[]): Record<string, unknown>[] =>
  list.slice(0, SAMPLE).filter(isRecord);

/** Which format of the AIF family a parsed JSON value is, if any. */
export function aifFamilyOf(value: unknown): AifFamily | undefined {
  if (!isRecord(value) || WARRANT_KEYS.some((key) => key in value)) return undefined;
  if (isRecord(value.AIF) || isRecord(value.OVA)) return 'xaif';
  const { nodes, edges } = value;
  if (isRecord(nodes) && Array.isArray(nodes.nodeID)) return 'aif';
  if (Array.isArray(value.schemes) && sample(value.schemes).some((s) => 'schemeID' in s)) {
    return 'aif';
  }
  if (!Array.isArray(nodes)) return undefined;
  const nodeSample = sample(nodes);
  const edgeSample = Array.isArray(edges) ? sample(edges) : [];
  if (
    edgeSample.some((edge) => isRecord(edge.from) || isRecord(edge.to)) ||
    nodeSample.some(
      (node) => 'id' in node && 'type' in node && !('nodeID' in node) && !('kind' in node),
    )
  ) {
    return 'ova2';
  }
  const aifNodes = nodeSample.filter((node) => 'nodeID' in node);
  if (aifNodes.length === 0 && nodeSample.length > 0) return undefined;
  if (aifNodes.length === 0 && !Array.isArray(edges)) return undefined;
  const laidOut = aifNodes.some((node) => 'x' in node || 'visible' in node);
  return laidOut || ('analysis' in value && aifNodes.length > 0) ? 'ova3' : 'aif';
}

/**
 * How much of a broken file the guess reads: AIFdb writes all edges before
 * the nodes, so the first "nodeID" can come 11 KB in (QT30 nodeset 17919).
 */
const GUESS_CHARS = 65536;

/**
 * Without a parse, a guess from the keys in the first characters (the file is
 * broken JSON anyway), so its syntax error is reported as the format's.
 */
function guessFromText(text: string): AifFamily | undefined {
  const head = text.slice(0, GUESS_CHARS);
  if (/"schemaVersion"\s*:/.test(head)) return undefined;
  if (/"AIF"\s*:/.test(head)) return 'xaif';
  if (/"(?:nodeID|fromID|toID|schemeID)"\s*:/.test(head)) {
    return /"visible"\s*:/.test(head) ? 'ova3' : 'aif';
  }
  // Keys only OVA2's nodes carry.
  if (/"(?:cqdesc|text_begin|majorClaim)"\s*:/.test(head)) return 'ova2';
  return undefined;
}

let last: { text: string; family: AifFamily | undefined } | undefined;

/**
 * The family of a file's text. Every AIF importer's sniff asks, so the last
 * answer is kept: one parse per file, however many importers ask.
 */
export function aifFamilyOfText(text: string): AifFamily | undefined {
  if (last?.text === text) return last.family;
  let family: AifFamily | undefined;
  try {
    family = aifFamilyOf(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    family = guessFromText(text);
  }
  last = { text, family };
  return family;
}
