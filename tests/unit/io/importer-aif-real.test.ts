/**
 * Every real AIF-family file in tests/fixtures/aif/real (copied from
 * shared/interop; see its SOURCES.txt), opened the way the app opens it:
 * the registry picks the importer by content, and the file either imports
 * with the counts in the table or is refused with the message in it. Then
 * the round trip AIF → Warrant → AIF keeps every I-node, every RA and CA
 * node the import kept, and the undercuts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAif } from '../../../src/lib/io/exporters/aif';
import { importAif } from '../../../src/lib/io/importers/aif';
import { chooseImporter } from '../../../src/lib/io/importers/registry';
import { formatProblem } from '../../../src/lib/model/problems';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { relationSet, repoPath } from './export-helpers';

const REAL = 'tests/fixtures/aif/real';

interface Imports {
  family: string;
  statements: number;
  supports: number;
  opposes: number;
  /** Edges with linked premises. */
  linked: number;
  /** Edges aimed at edges: undercuts (opposes) and backings (supports). */
  aimedAtEdges: number;
  theses: number;
  /** Statements whose speaker was named. */
  held: number;
  /** RA and CA nodes left out, with a warning, for naming no complete inference. */
  dropped?: { RA?: number; CA?: number };
}
interface Refused {
  family: string;
  refused: string;
}

/**
 * What each file gives. The counts were checked against
 * shared/interop/MANIFEST.md (I, RA, CA and undercuts per file).
 */
// prettier-ignore
const ROWS: (
  | [file: string, family: string, statements: number, supports: number, opposes: number, linked: number, aimedAtEdges: number, theses: number, held: number, dropped?: Imports['dropped']]
  | [file: string, family: string, refused: string]
)[] = [
  //                                          stmts  sup  opp  linked aimed theses held
  ['ach_FFkosciuszko00219_full.json', 'aif',    179, 115,  41,  3,  0, 11, 173],
  // 85 repeated node objects: 105 of its 120 I-nodes, 70 of its 74 RA and 15 of its 19 CA are distinct.
  ['ach_corp_esp.json', 'aif',                  105,  70,  15, 10,  0,  1, 105],
  ['ach_corp_esp_schemes.json', 'aif', '$.schemes: this is a list of argument schemes, not an argument: it has no nodes or edges'],
  // CA 777671 has no premise; the 6 undercuts are CA nodes aimed at RA nodes.
  ['ach_covidorigins.json', 'aif',               53,  26,  23,  9,  6,  0,   4, { CA: 1 }],
  ['ach_ff_19393.json', 'aif',                   12,   2,   8,  0,  0,  1,  10],
  ['ach_ff_19398.json', 'aif',                   10,   3,   0,  0,  0,  2,   0],
  ['amfeval_28111.json', 'xaif',                 14,  10,   6,  1,  0,  1,  11],
  ['amfeval_28111_mistake.json', 'xaif',         14,  10,   6,  1,  0,  1,  11],
  ['amfeval_data.json', 'xaif',                   4,   3,   1,  0,  0,  1,   4],
  ['araucariadb_nodeset10.json', 'aif',           4,   1,   0,  1,  0,  1,   0],
  ['araucariadb_nodeset127.json', 'aif',          6,   4,   1,  0,  0,  1,   0],
  ['araucariadb_nodeset23.json', 'aif',          14,   5,   0,  5,  0,  1,   0],
  ['araucariadb_nodeset27.json', 'aif',           6,   4,   1,  0,  0,  1,   0],
  ['araucariadb_nodeset513.json', 'aif',          3,   1,   1,  0,  0,  1,   0],
  ['araucariadb_nodeset664.json', 'aif',         26,  22,   3,  0,  0,  1,   0],
  ['arguebuf_aifdb_6064_original.json', 'aif',    9,   5,   0,  0,  0,  1,   9],
  ['arguebufts_xaif.json', 'xaif',                2,   1,   0,  0,  0,  1,   2],
  ['arguebufts_xaif_empty.json', 'xaif', '$.AIF.nodes: this xAIF file is empty: it has no nodes'],
  // Symmetric conflicts: each pair of CAs stays two opposes edges, so no statement is a sink.
  ['cea_aif_graph.json', 'aif',                  13,  16,  18,  0,  0,  0,  13],
  ['cea_qt30_nodeset17919.json', 'aif',          16,   5,   0,  0,  0,  5,  16],
  ['hgr_20150.json', 'aif',                      18,   5,   0,  1,  0,  2,  18],
  ['hgr_rules_19868.json', 'aif',                 5,   3,   0,  3,  0,  1,   0],
  ['microtexts_nodeset6361_aif.json', 'aif',      5,   1,   2,  1,  1,  1,   0],
  ['microtexts_nodeset6361_ova2.json', 'ova2',    5,   1,   2,  1,  1,  1,   0],
  ['ova3_internal_db_22303.json', 'ova3',         7,   2,   1,  0,  0,  1,   7],
  // OVA3's AIF export (of a save file like the one above): plain AIF.
  ['ova3_ul_tmp_1633448358.json', 'aif',          7,   2,   1,  0,  0,  1,   7],
  ['papa_forecast_28022.json', 'xaif',           21,   9,   3,  0,  0,  2,  19],
  ['papa_forecast_28106.json', 'xaif',           31,  19,  20,  2,  0,  0,  26],
  ['papa_rebut_undercut.json', 'xaif',            4,   1,   2,  0,  1,  1,   4],
  // RA 175_… has a locution (L) as its only premise.
  ['qt30_dialam_test_map1.json', 'aif',          19,   3,   1,  0,  0,  2,  19, { RA: 1 }],
  ['qt30_dialam_test_map10.json', 'aif',         11,   2,   0,  1,  0,  2,  11],
  ['qt30_dialam_test_map2.json', 'aif',          35,   7,   8,  0,  0,  7,  35],
  ['qt30_dialam_test_map4.json', 'aif',          14,   6,   0,  0,  0,  2,  14],
  ['qt30_dialam_test_map6.json', 'aif',          16,   2,   1,  0,  0,  1,  16],
  ['quirk_dialam_columnar_17918.json', 'aif', '$.nodes: this AIF file stores its nodes column by column ("nodeID" is a list of ids); Warrant reads AIF with one object per node, as AIFdb and OVA export it'],
  ['quirk_hgr_rules_19868_hevy.json', 'aif', '$.nodes: this AIF file has no propositions (I-nodes), so no statement to show; it has 5 nodes of type "EventDescription", 5 nodes of type "Event"'],
  ['recap_query_dog2.json', 'aif',                3,   0,   2,  0,  0,  1,   0],
  // One I-node and nothing else: it opens, with the warning that there is no inference.
  ['recap_query_single_node_death1.json', 'aif',  1,   0,   0,  0,  0,  0,   0],
];

const TABLE = new Map<string, Imports | Refused>(
  ROWS.map((row) => {
    if (row.length === 3) return [row[0], { family: row[1], refused: row[2] }];
    const [
      file,
      family,
      statements,
      supports,
      opposes,
      linked,
      aimedAtEdges,
      theses,
      held,
      dropped,
    ] = row;
    const counts = { family, statements, supports, opposes, linked, aimedAtEdges, theses, held };
    return [file, dropped === undefined ? counts : { ...counts, dropped }];
  }),
);

const files = readdirSync(repoPath(REAL))
  .filter((file) => file.endsWith('.json'))
  .sort();
const textOf = (file: string) => readFileSync(repoPath(`${REAL}/${file}`), 'utf8');

function countsOf(map: ArgumentMap): Omit<Imports, 'family' | 'dropped'> {
  const edgeIds = new Set(map.edges.map((edge) => edge.id));
  return {
    statements: map.nodes.length,
    supports: map.edges.filter((edge) => edge.relation === 'supports').length,
    opposes: map.edges.filter((edge) => edge.relation === 'opposes').length,
    linked: map.edges.filter((edge) => Array.isArray(edge.from)).length,
    aimedAtEdges: map.edges.filter((edge) => edgeIds.has(edge.to)).length,
    theses: map.nodes.filter((node) => node.kind === 'thesis').length,
    held: map.nodes.filter((node) => node.holder !== undefined).length,
  };
}

describe('real AIF-family files', () => {
  it('are all in the table, and the table names no missing file', () => {
    expect(files).toEqual([...TABLE.keys()].sort());
  });

  it.each(files)('%s', async (file) => {
    const expected = TABLE.get(file)!;
    const text = textOf(file);
    const importer = chooseImporter(file, text);
    expect(importer?.id).toBe(expected.family);
    const result = await importer!.run(text, file);
    if ('refused' in expected) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map(formatProblem)).toEqual([expected.refused]);
      return;
    }
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const { family: _family, dropped: _dropped, ...counts } = expected;
    expect(countsOf(result.value)).toEqual(counts);
  });
});

/** Distinct nodes of each type, and the edges from one S-node to another, in an AIF text. */
function aifCounts(text: string) {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  const root = (parsed.AIF ?? parsed) as {
    nodes: { nodeID?: unknown; id?: unknown; type: string }[];
    edges: { fromID?: unknown; toID?: unknown; from?: { id: unknown }; to?: { id: unknown } }[];
  };
  const types = new Map<string, string>();
  for (const node of root.nodes) types.set(String(node.nodeID ?? node.id), node.type);
  const count = (type: string) => [...types.values()].filter((t) => t === type).length;
  const isS = (id: unknown) => ['RA', 'CA'].includes(types.get(String(id)) ?? '');
  const sToS = root.edges.filter((edge) => {
    const [from, to] = [edge.fromID ?? edge.from?.id, edge.toID ?? edge.to?.id];
    return isS(from) && isS(to);
  });
  return { I: count('I'), RA: count('RA'), CA: count('CA'), undercuts: sToS.length };
}

describe('round trip of real files: AIF → Warrant → AIF → Warrant', () => {
  const importable = files.filter((file) => !('refused' in TABLE.get(file)!));

  it.each(importable)('%s keeps its I-, RA- and CA-nodes and its undercuts', (file) => {
    const expected = TABLE.get(file) as Imports;
    const before = aifCounts(textOf(file));
    const first = importAif(textOf(file));
    if (!first.ok) throw new Error(first.problems.map(formatProblem).join('\n'));
    const exported = JSON.stringify(toAif(first.value));
    expect(aifCounts(exported)).toEqual({
      I: before.I,
      RA: before.RA - (expected.dropped?.RA ?? 0),
      CA: before.CA - (expected.dropped?.CA ?? 0),
      undercuts: before.undercuts,
    });
    // And back: the same statements, kinds, linked groups and relations, ids included.
    const second = importAif(exported);
    if (!second.ok) throw new Error(second.problems.map(formatProblem).join('\n'));
    expect(second.value.nodes.map(({ id, kind }) => `${id}:${kind}`)).toEqual(
      first.value.nodes.map(({ id, kind }) => `${id}:${kind}`),
    );
    expect(relationSet(second.value.edges)).toEqual(relationSet(first.value.edges));
    expect(second.value.edges.map((edge) => edge.id)).toEqual(
      first.value.edges.map((edge) => edge.id),
    );
  });
});
