import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportAif, toAif } from '../../../src/lib/io/exporters/aif';
import { aifTimestamp } from '../../../src/lib/io/formats/aif';
import { importAif } from '../../../src/lib/io/importers/aif';
import { stripControlChars } from '../../../src/lib/io/text';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { ROUND_TRIP_MAPS, hostileMap, loadValidMap, relationSet, repoPath } from './export-helpers';

const small = await loadValidMap('tests/fixtures/maps/small.json');
const aifFixture = (name: string) => readFileSync(repoPath(`tests/fixtures/aif/${name}`), 'utf8');

function imported(text: string): ArgumentMap {
  const result = importAif(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

const kindsOf = (map: ArgumentMap) => map.nodes.map((node) => `${node.id}:${node.kind}`).sort();

describe('aif exporter', () => {
  it('writes an I-node per statement and an RA or CA node per edge, wired I → S → I', () => {
    const aif = toAif(small);
    const byType = (type: string) => aif.nodes.filter((node) => node.type === type);
    expect(byType('I')).toHaveLength(5);
    expect(byType('RA').map((node) => node.nodeID)).toEqual(['e1', 'e2']);
    expect(byType('CA').map((node) => node.nodeID)).toEqual(['e3', 'e4']);
    expect(aif.edges).toHaveLength(8);
    expect(aif.locutions).toEqual([]);
    const types = new Map(aif.nodes.map((node) => [node.nodeID, node.type]));
    for (const edge of aif.edges) {
      const pair = `${types.get(edge.fromID)}→${types.get(edge.toID)}`;
      expect(['I→RA', 'I→CA', 'RA→I', 'CA→I']).toContain(pair);
    }
    expect(aif.edges.filter((edge) => edge.toID === 'e4' || edge.fromID === 'e4')).toEqual([
      { edgeID: '7', fromID: 'cheaper', toID: 'e4' },
      { edgeID: '8', fromID: 'e4', toID: 'cost-objection' },
    ]);
  });

  it('names schemes the AIF way and uses the default texts', () => {
    const aif = toAif(small);
    const node = (id: string) => aif.nodes.find((candidate) => candidate.nodeID === id)!;
    expect(node('e1')).toMatchObject({ text: 'Default Inference', scheme: 'Consequences' });
    expect(node('e2')).toMatchObject({ text: 'Default Inference', scheme: 'Expert Opinion' });
    expect(node('e3')).toEqual({
      nodeID: 'e3',
      text: 'Default Conflict',
      type: 'CA',
      timestamp: '2026-01-15 00:00:00',
    });
  });

  it('puts the citation into an authority’s text and the kind into an extra key', () => {
    const node = toAif(small).nodes.find((candidate) => candidate.nodeID === 'heat-study')!;
    expect(node.text).toBe('2019 heat study — A. Researcher, Urban Heat & Shade (2019)');
    expect(node['warrant:kind']).toBe('authority');
  });

  it('derives one fixed timestamp from the source date', () => {
    expect(aifTimestamp('2026-06-28')).toBe('2026-06-28 00:00:00');
    expect(aifTimestamp('2024-09')).toBe('2024-09-01 00:00:00');
    expect(aifTimestamp('2019')).toBe('2019-01-01 00:00:00');
    expect(aifTimestamp('someday')).toBe('1970-01-01 00:00:00');
    expect(exportAif(small)).toBe(exportAif(structuredClone(small)));
  });

  it('keeps ids unique even when a hostile map reuses them', () => {
    const aif = toAif(hostileMap());
    const ids = aif.nodes.map((node) => node.nodeID);
    expect(new Set(ids).size).toBe(ids.length);
    // JavaScript tools such as OVA key nodes by id in plain objects.
    expect(ids).not.toContain('__proto__');
    expect(ids).toContain('__proto__-2');
    const text = exportAif(hostileMap());
    expect(JSON.parse(text)).toEqual(aif);
    expect(aif.nodes.every((node) => stripControlChars(node.text) === node.text)).toBe(true);
  });
});

describe('aif round trip: JSON → AIF → JSON', () => {
  for (const { file } of ROUND_TRIP_MAPS) {
    it(`${file} keeps nodes, kinds and every support and attack`, async () => {
      const map = await loadValidMap(file);
      const back = imported(exportAif(map));
      expect(back.nodes).toHaveLength(map.nodes.length);
      expect(kindsOf(back)).toEqual(kindsOf(map));
      expect(relationSet(back.edges)).toEqual(relationSet(map.edges));
      // Schemes on supports survive; AIF's conflict schemes are another family.
      const schemes = (m: ArgumentMap) =>
        m.edges.filter((e) => e.relation === 'supports').map((e) => `${e.id}:${e.scheme}`);
      expect(schemes(back)).toEqual(schemes(map));
    });
  }

  it('keeps the thesis as the sink when the kind key is stripped', async () => {
    const medium = await loadValidMap('tests/fixtures/maps/medium.json');
    const plain = exportAif(medium).replace(/,\n\s*"warrant:kind": "[a-z]+"/g, '');
    expect(plain).not.toContain('warrant:kind');
    const back = imported(plain);
    expect(back.nodes.filter((node) => node.kind === 'thesis').map((node) => node.id)).toEqual([
      'thesis',
    ]);
    expect(back.nodes.filter((node) => node.kind === 'claim')).toHaveLength(12);
    expect(relationSet(back.edges)).toEqual(relationSet(medium.edges));
  });
});

describe('aif importer on real files', () => {
  it('AraucariaDB nodeset 10: linked premises become three supports of the conclusion', () => {
    const map = imported(aifFixture('araucariadb_nodeset10.json'));
    expect(map.nodes).toHaveLength(4);
    expect(map.nodes.filter((node) => node.kind === 'thesis').map((node) => node.id)).toEqual([
      '277',
    ]);
    expect(relationSet(map.edges)).toEqual([
      '278 → 277 (supports)',
      '279 → 277 (supports)',
      '280 → 277 (supports)',
    ]);
    expect(map.source?.date).toBe('2012-04-12');
    expect(map.title).toMatch(/^every person seeking asylum/);
  });

  it('microtexts 6361: an undercut is re-aimed at the attacked reason', () => {
    const map = imported(aifFixture('microtexts_nodeset6361_aif.json'));
    expect(map.nodes).toHaveLength(5);
    expect(map.edges).toHaveLength(4);
    expect(map.nodes.find((node) => node.kind === 'thesis')?.id).toBe('119931');
    expect(relationSet(map.edges)).toEqual([
      '119927 → 119931 (opposes)',
      '119928 → 119927 (supports)',
      '119929 → 119927 (opposes)',
      '119930 → 119927 (opposes)',
    ]);
  });

  it('ReCAP dog2: a chain of two conflicts', () => {
    const map = imported(aifFixture('recap_query_dog2.json'));
    expect(map.nodes).toHaveLength(3);
    expect(map.nodes.find((node) => node.kind === 'thesis')?.label).toBe(
      'There should be higher penalties for dog dirt left on the ground',
    );
    expect(relationSet(map.edges)).toEqual([
      '276975 → 276976 (opposes)',
      '276976 → 276974 (opposes)',
    ]);
  });

  it('arguebuf xAIF: unwraps {AIF}, reads integer edge ids, ignores L/YA/TA nodes', () => {
    const map = imported(aifFixture('arguebufts_xaif.json'));
    expect(map.nodes.map((node) => `${node.id}:${node.kind}:${node.label}`)).toEqual([
      '2_164926129380455983:thesis:A',
      '15_164926162804546033:claim:B',
    ]);
    expect(map.edges).toEqual([
      {
        id: '21_164926162804546033',
        from: '15_164926162804546033',
        to: '2_164926129380455983',
        relation: 'supports',
      },
    ]);
  });
});

describe('aif importer tolerance and problems', () => {
  const doc = (nodes: unknown[], edges: unknown[], extra: object = {}) =>
    JSON.stringify({ nodes, edges, ...extra });
  const I = (id: string | number, text = `text ${id}`) => ({ nodeID: id, text, type: 'I' });
  const S = (id: string | number, type: string, scheme?: string) => ({
    nodeID: id,
    text: type,
    type,
    ...(scheme ? { scheme } : {}),
  });
  const E = (id: number, from: string | number, to: string | number) => ({
    edgeID: id,
    fromID: from,
    toID: to,
  });

  it('accepts numeric ids, no locutions, duplicate identical nodes and scheme names', () => {
    const map = imported(
      doc(
        [I(1), I(2), I(2), S(3, 'RA', 'Argument from Expert Opinion'), S(4, 'L')],
        [E(1, 2, 3), E(2, 3, 1), E(3, 4, 1)],
      ),
    );
    expect(map.nodes.map((node) => `${node.id}:${node.kind}`)).toEqual(['1:thesis', '2:claim']);
    expect(map.edges).toEqual([
      { id: '3', from: '2', to: '1', relation: 'supports', scheme: 'expert-opinion' },
    ]);
  });

  it('reports an edge to a missing node with its JSON path', () => {
    const result = importAif(doc([I(1), I(2), S(3, 'CA')], [E(1, 2, 3), E(2, 3, 1), E(3, 3, 99)]));
    expect(result).toEqual({
      ok: false,
      problems: [{ path: '$.edges[2].toID', message: 'edge points to missing node "99"' }],
    });
  });

  it('reports paths inside the xAIF wrapper', () => {
    const result = importAif(JSON.stringify({ AIF: { nodes: [I('a')], edges: [E(1, 'x', 'a')] } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['$.AIF.edges[0].fromID']);
  });

  it('refuses one id for two different nodes', () => {
    const result = importAif(doc([I(1, 'one'), I(1, 'another')], []));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toEqual({
        path: '$.nodes[1].nodeID',
        message: 'nodeID "1" is already used by a different node at $.nodes[0]',
      });
    }
  });

  it('refuses non-AIF input and empty graphs, and opens arguments in several parts', () => {
    expect(importAif('{"nodes": {}}')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    expect(importAif('not json')).toMatchObject({ ok: false });
    expect(importAif(doc([S(1, 'L')], []))).toMatchObject({
      ok: false,
      problems: [{ path: '$.nodes', message: 'contains no I-nodes (propositions)' }],
    });
    const split = importAif(
      doc(
        [I(1), I(2), S(3, 'RA'), I(4), I(5), S(6, 'CA')],
        [E(1, 2, 3), E(2, 3, 1), E(3, 5, 6), E(4, 6, 4)],
      ),
    );
    // I1 → RA3 → I2 and I5 → CA6 → I4: two parts, one map.
    expect(split.ok && relationSet(split.value.edges)).toEqual([
      '2 → 1 (supports)',
      '5 → 4 (opposes)',
    ]);
  });

  it('turns hostile ids and over-long texts into valid ones', () => {
    const long = `${'word '.repeat(60)}end`;
    const map = imported(
      doc(
        [I('__proto__', long), I('a b/c'), S('constructor', 'RA')],
        [E(1, 'a b/c', 'constructor'), E(2, 'constructor', '__proto__')],
      ),
    );
    expect(map.nodes.map((node) => node.id)).toEqual(['n__proto__', 'a-b-c']);
    expect(map.nodes[0]!.label.length).toBeLessThanOrEqual(200);
    expect(map.nodes[0]!.label.endsWith('…')).toBe(true);
    expect(map.nodes[0]!.text).toBe(long);
    expect(map.edges[0]).toMatchObject({ id: 'constructor-2', from: 'a-b-c', to: 'n__proto__' });
  });
});
