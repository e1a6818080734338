/**
 * The AIF family's importers: which one a file goes to, ids kept exactly,
 * and the messages. Whole results are pinned by importer-aif-golden.test.ts,
 * real files by importer-aif-real.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { importAif } from '../../../src/lib/io/importers/aif';
import { idText, parseJsonExact, quoted } from '../../../src/lib/io/importers/aif/json';
import { aifFamilyOf } from '../../../src/lib/io/importers/aif/shape';
import { speakerInText } from '../../../src/lib/io/importers/aif/speakers';
import { chooseImporter, importers } from '../../../src/lib/io/importers/registry';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { smallMap } from '../../support/maps';

function imported(text: string): ArgumentMap {
  const result = importAif(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

const chosen = (text: string) => chooseImporter('file.json', text)?.id;

describe('choosing the importer by shape', () => {
  it('has one entry per format, the JSON ones claiming .json', () => {
    expect(importers.map(({ id, label }) => `${id}: ${label}`)).toEqual([
      'warrant: Warrant JSON',
      'aif: AIF JSON (AIFdb, OVA)',
      'xaif: xAIF JSON (AIF with OVA layout)',
      'ova2: OVA2 JSON (OVA2 and ReCAP save file)',
      'ova3: OVA3 JSON (OVA3 save file)',
      'kialo: Kialo discussion export',
      'argdown: Argdown',
    ]);
    for (const importer of importers.slice(0, 5)) expect(importer.extensions).toEqual(['json']);
  });

  it.each([
    ['a Warrant map', JSON.stringify(smallMap), 'warrant'],
    ['an empty AIF file', '{"nodes": [], "edges": [], "locutions": []}', 'aif'],
    ['AIF', '{"nodes": [{"nodeID": "1", "type": "I", "text": "t"}], "edges": []}', 'aif'],
    ['AIF stored column by column', '{"id": "1", "nodes": {"nodeID": ["1"]}, "edges": {}}', 'aif'],
    ['a list of schemes', '{"schemes": [{"schemeID": "1", "text": "x"}]}', 'aif'],
    ['xAIF', '{"AIF": {"nodes": [], "edges": []}, "OVA": {}, "text": ""}', 'xaif'],
    ['an OVA layout without AIF', '{"OVA": {"nodes": [], "edges": []}}', 'xaif'],
    [
      'an OVA2 save file',
      '{"nodes": [{"id": 1, "type": "I", "text": "t", "x": 1}], "edges": []}',
      'ova2',
    ],
    [
      'an OVA2 save file by its edges',
      '{"nodes": [], "edges": [{"from": {"id": 1}, "to": {"id": 2}}]}',
      'ova2',
    ],
    [
      'an OVA3 save file',
      '{"nodes": [{"nodeID": 2, "type": "I", "text": "t", "x": 1, "y": 2}], "edges": []}',
      'ova3',
    ],
    [
      'an OVA3 save file by its analysis',
      '{"nodes": [{"nodeID": 2, "type": "I"}], "edges": [], "analysis": {}}',
      'ova3',
    ],
    ['broken AIF', '{"nodes": [{"nodeID": "1",', 'aif'],
    ['broken xAIF', '{"AIF": {"nodes": [', 'xaif'],
    [
      'an AIF file that quotes the word schemaVersion',
      '{"nodes": [{"nodeID": "1", "type": "I", "text": "\\"schemaVersion\\": 2"}], "edges": []}',
      'aif',
    ],
  ])('sends %s to %s', (_what, text, id) => {
    expect(chosen(text)).toBe(id);
  });

  it('leaves what no format claims to Warrant JSON, the default', () => {
    expect(aifFamilyOf({})).toBeUndefined();
    expect(aifFamilyOf([])).toBeUndefined();
    expect(
      aifFamilyOf({ nodes: [{ id: 'a', kind: 'claim', label: 'x' }], edges: [] }),
    ).toBeUndefined();
    expect(chosen('{}')).toBe('warrant');
  });

  it('never reads an empty AIF file or an OVA save file as a broken Warrant map', async () => {
    const open = async (text: string) => chooseImporter('x.json', text)!.run(text, 'x.json');
    expect(await open('{"nodes": [], "edges": []}')).toEqual({
      ok: false,
      problems: [{ path: '$.nodes', message: 'this AIF file is empty: it has no nodes' }],
    });
    expect(await open('{"AIF": {"nodes": []}, "OVA": {"nodes": [], "edges": []}}')).toEqual({
      ok: false,
      problems: [{ path: '$.AIF.nodes', message: 'this xAIF file is empty: it has no nodes' }],
    });
    const ova2 =
      '{"nodes": [{"id": 1, "type": "I", "text": "t", "x": 1}], "edges": [], "analysis": {}}';
    expect(await open(ova2)).toMatchObject({
      ok: true,
      value: { nodes: [{ id: '1', label: 't' }] },
    });
  });

  it('judges a file by the format asked for, and says when it is another', () => {
    const ova2 = '{"nodes": [{"id": 1, "type": "I", "text": "t"}], "edges": []}';
    expect(importAif(ova2, { family: 'aif' })).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'this looks like OVA2 JSON, not AIF JSON' }],
    });
    expect(importAif('{"nodes": {}}')).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message:
            'this is not AIF JSON: expected an object with "nodes" and "edges" lists, each node with a "nodeID"',
        },
      ],
    });
    expect(importAif('[1, 2]', { family: 'ova3' })).toMatchObject({
      ok: false,
      problems: [{ path: '$', message: expect.stringMatching(/^this is not OVA3 JSON: expected/) }],
    });
  });
});

describe('ids keep their exact text', () => {
  it('keeps integers above 2^53 apart', () => {
    const text = `{"nodes": [
      {"nodeID": 9007199254740993, "text": "a", "type": "I"},
      {"nodeID": 9007199254740992, "text": "b", "type": "I"},
      {"nodeID": 9007199254740994, "text": "c", "type": "I"}], "edges": []}`;
    expect(imported(text).nodes.map((node) => node.id)).toEqual([
      '9007199254740993',
      '9007199254740992',
      '9007199254740994',
    ]);
  });

  it('reads 1e309 as an id, not as a node without one', () => {
    const text = `{"nodes": [{"nodeID": 1e309, "text": "a", "type": "I"}, {"nodeID": 1.50, "text": "b", "type": "I"},
      {"nodeID": "r", "text": "RA", "type": "RA"}],
      "edges": [{"fromID": 1.50, "toID": "r"}, {"fromID": "r", "toID": 1e309}]}`;
    const map = imported(text);
    expect(map.nodes.map((node) => node.id)).toEqual(['1e309', '1.50']);
    expect(map.edges).toEqual([{ id: 'r', from: '1.50', to: '1e309', relation: 'supports' }]);
  });

  it('treats 1 and "1" as one id, as OVA and AIFdb mix them', () => {
    const text = `{"nodes": [{"nodeID": 1, "text": "a", "type": "I"}, {"nodeID": "2", "text": "b", "type": "I"},
      {"nodeID": 3, "text": "Default Conflict", "type": "CA"}],
      "edges": [{"fromID": 2, "toID": "3"}, {"fromID": "3", "toID": "1"}]}`;
    expect(imported(text).edges).toEqual([{ id: '3', from: '2', to: '1', relation: 'opposes' }]);
  });

  it('parses with exact numbers only when an id is a number', () => {
    const plain = parseJsonExact('{"nodes": [{"nodeID": "1", "x": 1.5}]}');
    expect(plain).toEqual({ ok: true, value: { nodes: [{ nodeID: '1', x: 1.5 }] } });
    const exact = parseJsonExact('{"nodes": [{"nodeID": 10000000000000001}]}');
    const node = exact.ok ? (exact.value as { nodes: { nodeID: unknown }[] }).nodes[0] : undefined;
    expect(idText(node?.nodeID)).toBe('10000000000000001');
    expect(parseJsonExact('{"a": 1,')).toMatchObject({
      ok: false,
      problems: [{ path: 'line 1, column 9' }],
    });
  });
});

describe('files without a complete inference', () => {
  it('open as unconnected statements, and say why', () => {
    const result = importAif(
      JSON.stringify({
        nodes: [
          { nodeID: '1', type: 'I', text: 'a' },
          { nodeID: '2', type: 'CA', text: 'Default Conflict' },
        ],
        edges: [{ fromID: '2', toID: '1' }],
      }),
    );
    expect(result.ok && result.value.nodes).toEqual([
      { id: '1', kind: 'claim', label: 'a', order: 1 },
    ]);
    expect(result.ok && result.warnings?.map((w) => w.message)).toEqual([
      'this CA node "2" has no premise (no I-node leads into it); left out',
      'none of the RA or CA nodes in this file is a complete inference: its one proposition opens as an unconnected statement',
    ]);
  });
});

describe('messages', () => {
  it('quote input text with control characters escaped, cut to length', () => {
    expect(quoted('a\u001b[31mb\u009bc\u2028d')).toBe('"a\\u001b[31mb\\u009bc\\u2028d"');
    expect(quoted('x'.repeat(100), 10)).toBe(`"${'x'.repeat(9)}…"`);
  });

  it('name a speaker only where the text starts with one', () => {
    expect(speakerInText('Chris Philp : On Helle’s point: yes')).toBe('Chris Philp');
    expect(speakerInText('AudienceMember 20210912QT02: My parents both had COVID')).toBe(
      'AudienceMember 20210912QT02',
    );
    expect(speakerInText('Ella: team kosciuszko00219 : It is unlikely')).toBe(
      'Ella: team kosciuszko00219',
    );
    expect(speakerInText('We should go eat')).toBeUndefined();
    expect(speakerInText('In recent years, there has been a push: renewables')).toBeUndefined();
    expect(speakerInText("VCBrown says 'semesterisation is a good idea'")).toBeUndefined();
    expect(speakerInText(': nobody')).toBeUndefined();
  });
});
