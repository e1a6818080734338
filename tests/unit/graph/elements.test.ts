import { byId, edgesOf, nodesOf } from '../../support/elements';
import { letterMap, smallMap } from '../../support/maps';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LABEL_STYLE,
  PADDING,
  displayLabel,
  fontOf,
  toElements,
  type NodeData,
} from '../../../src/lib/graph/elements';
import { estimateWidth, type Measure } from '../../../src/lib/graph/text-metrics';
import {
  NODE_KINDS,
  type ArgumentMap,
  type Statement,
  type NodeKind,
} from '../../../src/lib/model/types';
import { runs } from '../../support/property';

const small = smallMap;
const letter = letterMap;

const mono: Measure = (text) => text.length * 7;
const mapOf = (nodes: Statement[]): ArgumentMap => ({ ...small, nodes, edges: [] });
const one = (node: Partial<Statement>, measure: Measure = mono) =>
  toElements(mapOf([{ id: 'n', kind: 'claim', label: 'x', ...node }]), measure)[0]!;

describe('displayLabel', () => {
  it.each([
    ['a plain label', { label: 'Plain' }, 'Plain'],
    [
      'a holder on its own line',
      { label: 'Trees cost', holder: 'Critics' },
      'Critics:\nTrees cost',
    ],
    ['an empty holder as none', { label: 'L', holder: '' }, 'L'],
    ['one footnote', { label: 'Study', citation: { title: 'T', footnote: 3 } }, '[3] Study'],
    [
      'several footnotes',
      { label: 'Letter', citation: { title: 'T', footnote: [10, 11] } },
      '[10, 11] Letter',
    ],
    ['a citation without a footnote', { label: 'Book', citation: { title: 'T' } }, 'Book'],
    ['an empty footnote list', { label: 'Book', citation: { title: 'T', footnote: [] } }, 'Book'],
    [
      'a holder before the footnote',
      { label: 'Says', holder: 'Lenin', citation: { title: 'T', footnote: [2] } },
      'Lenin:\n[2] Says',
    ],
  ])('shows %s', (_name, fields, expected) => {
    expect(displayLabel({ id: 'n', kind: 'authority', ...fields })).toBe(expected);
  });
});

describe('toElements on small.json', () => {
  const elements = toElements(small, mono);

  it('makes one node per node, then one edge per edge, in map order', () => {
    expect(elements.map((e) => [e.group, e.data.id])).toEqual([
      ['nodes', 'thesis'],
      ['nodes', 'cooling'],
      ['nodes', 'heat-study'],
      ['nodes', 'cost-objection'],
      ['nodes', 'cheaper'],
      ['edges', 'e1'],
      ['edges', 'e2'],
      ['edges', 'e3'],
      ['edges', 'e4'],
    ]);
  });

  it('wraps and sizes every node from its label (7px a character)', () => {
    // width = ceil(max(widest line, 60) + 2 * 14); height = ceil(lines * size * 1.25 + 2 * 10).
    expect(elements.slice(0, 5)).toEqual([
      {
        group: 'nodes',
        classes: ['thesis'],
        data: {
          id: 'thesis',
          kind: 'thesis',
          label: 'Cities should plant more trees',
          width: 238,
          height: 39,
          order: 1,
          section: 'intro',
        },
      },
      {
        group: 'nodes',
        classes: ['claim'],
        data: {
          id: 'cooling',
          kind: 'claim',
          label: 'Trees cool streets in summer',
          width: 224,
          height: 37,
          order: 2,
          section: 'intro',
        },
      },
      {
        group: 'nodes',
        classes: ['authority'],
        data: {
          id: 'heat-study',
          kind: 'authority',
          label: '[1] 2019 heat study',
          width: 161,
          height: 35,
          order: 3,
          section: 'intro',
        },
      },
      {
        group: 'nodes',
        classes: ['claim', 'held'],
        data: {
          id: 'cost-objection',
          kind: 'claim',
          label: 'Some critics:\nTrees cost too much to\nmaintain',
          width: 182,
          height: 69,
          order: 4,
          section: 'costs',
          holder: 'Some critics',
        },
      },
      {
        group: 'nodes',
        classes: ['evidence'],
        data: {
          id: 'cheaper',
          kind: 'evidence',
          label: 'Upkeep is cheaper than air\nconditioning',
          width: 210,
          height: 53,
          order: 5,
          section: 'costs',
        },
      },
    ]);
  });

  it('maps edges to source/target/relation, with readable schemes', () => {
    expect(elements.slice(5)).toEqual([
      {
        group: 'edges',
        classes: ['supports'],
        data: {
          id: 'e1',
          inference: 'e1',
          source: 'cooling',
          target: 'thesis',
          relation: 'supports',
          scheme: 'consequences',
        },
      },
      {
        group: 'edges',
        classes: ['supports'],
        data: {
          id: 'e2',
          inference: 'e2',
          source: 'heat-study',
          target: 'cooling',
          relation: 'supports',
          scheme: 'expert opinion',
        },
      },
      {
        group: 'edges',
        classes: ['opposes'],
        data: {
          id: 'e3',
          inference: 'e3',
          source: 'cost-objection',
          target: 'thesis',
          relation: 'opposes',
        },
      },
      {
        group: 'edges',
        classes: ['opposes'],
        data: {
          id: 'e4',
          inference: 'e4',
          source: 'cheaper',
          target: 'cost-objection',
          relation: 'opposes',
          scheme: 'analogy',
        },
      },
    ]);
    expect(Object.keys(byId(elements, 'e3').data)).not.toContain('scheme');
  });

  it('replaces every dash of a scheme', () => {
    const map: ArgumentMap = {
      ...small,
      edges: [
        { id: 'e', from: 'cooling', to: 'thesis', relation: 'supports', scheme: 'cause-to-effect' },
      ],
    };
    expect(edgesOf(toElements(map))[0]?.scheme).toBe('cause to effect');
  });

  it('uses the bold thesis font with the default estimate', () => {
    // 700 15px: 15 * 0.62 = 9.3px a character; 260px fits "Cities should plant more" (223.2px).
    const thesis = byId(toElements(small), 'thesis').data as NodeData;
    expect(thesis.label).toBe('Cities should plant more\ntrees');
    expect(thesis.width).toBe(Math.ceil(24 * 9.3 + 28));
    expect(thesis.height).toBe(58);
    expect(fontOf('thesis')).toMatch(/^700 15px /);
  });

  it('is deterministic and leaves the map untouched', () => {
    const before = JSON.stringify(small);
    expect(toElements(small)).toEqual(toElements(structuredClone(small)));
    expect(toElements(letter)).toEqual(toElements(letter));
    expect(JSON.stringify(small)).toBe(before);
  });
});

describe('toElements node details', () => {
  it('adds concession and context classes, and no other tag', () => {
    expect(one({ tags: ['concession'] }).classes).toEqual(['claim', 'concession']);
    expect(one({ tags: ['context', 'concession'] }).classes).toEqual([
      'claim',
      'context',
      'concession',
    ]);
    expect(one({ tags: ['important', 'held', 'thesis'] }).classes).toEqual(['claim']);
    expect(one({ kind: 'evidence', holder: 'X', tags: ['context'] }).classes).toEqual([
      'evidence',
      'held',
      'context',
    ]);
  });

  it('leaves out section and holder when the node has none', () => {
    expect(Object.keys(one({}).data).sort()).toEqual([
      'height',
      'id',
      'kind',
      'label',
      'order',
      'width',
    ]);
  });

  it('carries the reading order, falling back to the position in the file', () => {
    const map = mapOf([
      { id: 'a', kind: 'claim', label: 'a', order: 7 },
      { id: 'b', kind: 'claim', label: 'b' },
      { id: 'c', kind: 'claim', label: 'c', order: 1 },
      { id: 'd', kind: 'claim', label: 'd' },
    ]);
    expect(nodesOf(toElements(map)).map((n) => [n.id, n.order])).toEqual([
      ['a', 7],
      ['b', 1],
      ['c', 1],
      ['d', 3],
    ]);
  });

  it.each(NODE_KINDS)('gives a short %s label the minimum box', (kind: NodeKind) => {
    const { size } = LABEL_STYLE[kind];
    expect(one({ kind, label: 'X' }).data).toMatchObject({
      width: 60 + 2 * PADDING.x,
      height: Math.ceil(size * 1.25 + 2 * PADDING.y),
    });
  });

  it('keeps boxes within the maximum width and never shrinks them as the label grows', () => {
    const kindArb = fc.constantFrom(...NODE_KINDS);
    const words = fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(kindArb, words, fc.stringMatching(/^[a-z]{1,10}$/), (kind, list, extra) => {
        const a = one({ kind, label: list.join(' ') }, estimateWidth).data as NodeData;
        const b = one({ kind, label: [...list, extra].join(' ') }, estimateWidth).data as NodeData;
        const { size, maxWidth } = LABEL_STYLE[kind];
        expect(a.width).toBeGreaterThanOrEqual(60 + 2 * PADDING.x);
        expect(a.width).toBeLessThanOrEqual(Math.ceil(maxWidth + 2 * PADDING.x));
        expect(a.height).toBe(Math.ceil(a.label.split('\n').length * size * 1.25 + 2 * PADDING.y));
        expect(b.width).toBeGreaterThanOrEqual(a.width);
        expect(b.height).toBeGreaterThanOrEqual(a.height);
      }),
      runs(200),
    );
  });

  it('grows taller for a label several lines long', () => {
    const short = one({ label: 'Short' }).data as NodeData;
    const long = one({ label: 'word '.repeat(60) }).data as NodeData;
    expect(long.height).toBeGreaterThan(short.height * 3);
    expect(long.width).toBeGreaterThan(short.width);
  });
});
