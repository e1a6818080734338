import { letterMap } from '../../support/maps';
import { byId, edgesOf, nodesOf } from '../../support/elements';
import { describe, expect, it } from 'vitest';
import { displayLabel, toElements, type NodeData } from '../../../src/lib/graph/elements';

const letter = letterMap;

describe('toElements on the letter map', () => {
  const elements = toElements(letter);
  const nodes = nodesOf(elements);
  const classes = (name: string) =>
    elements.filter((e) => e.group === 'nodes' && (e.classes as string[]).includes(name)).length;

  it('has one element per node and per edge', () => {
    expect(nodes).toHaveLength(109);
    expect(edgesOf(elements)).toHaveLength(149);
    expect(edgesOf(elements).filter((e) => e.relation === 'opposes')).toHaveLength(18);
    expect(new Set(elements.map((e) => e.data.id)).size).toBe(258);
  });

  it('classes held, concession and context nodes', () => {
    expect(classes('thesis')).toBe(1);
    expect(classes('authority')).toBe(17);
    expect(classes('held')).toBe(6);
    expect(classes('concession')).toBe(6);
    expect(classes('context')).toBe(3);
  });

  it('marks an authority cited twice with both footnotes', () => {
    const lenin = byId(elements, 'auth-lenin-letter-iskra').data as NodeData;
    expect(lenin.label.startsWith('[10, 11] V.I. Lenin')).toBe(true);
  });

  it('keeps every word of every label, only adding line breaks', () => {
    for (const node of letter.nodes) {
      const data = byId(elements, node.id).data as NodeData;
      expect(data.label.replace(/\n/g, ' ')).toBe(displayLabel(node).replace(/\s+/g, ' ').trim());
    }
  });
});
