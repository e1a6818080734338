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

  it('has one element per statement and plain edge, and a junction with its links per inference that needs one', () => {
    // 107 statements, and 22 junctions: 20 linked groups and the 2 single-premise
    // inferences that undercuts aim at (the expulsion motion, the appeal to Bolshevism).
    expect(nodes).toHaveLength(107 + 22);
    expect(classes('junction')).toBe(22);
    // 86 plain edges; 48 premise links (46 in linked groups, 2 single) and 22 conclusion links.
    expect(edgesOf(elements)).toHaveLength(86 + 48 + 22);
    // Every opposes edge has one premise, so each draws as one canvas edge: 3 against
    // statements and 3 undercuts, each ending on the junction of the inference it attacks.
    expect(edgesOf(elements).filter((e) => e.relation === 'opposes')).toHaveLength(6);
    expect(new Set(elements.map((e) => e.data.id)).size).toBe(129 + 156);
  });

  it('classes held, concession and context nodes', () => {
    expect(classes('thesis')).toBe(1);
    expect(classes('authority')).toBe(17);
    expect(classes('held')).toBe(5);
    expect(classes('concession')).toBe(2);
    expect(classes('implicit')).toBe(4);
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
