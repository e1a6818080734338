import { letterMap, smallMap } from '../../support/maps';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  defaultFilters,
  isDefaultFilters,
  type Filters,
} from '../../../src/lib/analysis/filters';
import {
  NODE_KINDS,
  RELATIONS,
  premisesOf,
  type ArgumentMap,
  type NodeKind,
  type Relation,
} from '../../../src/lib/model/types';
import { runs } from '../../support/property';

const small = smallMap;
const letter = letterMap;

const filters = (
  over: { kinds?: NodeKind[]; relations?: Relation[]; sections?: string[] } = {},
): Filters => ({
  kinds: new Set(over.kinds ?? NODE_KINDS),
  relations: new Set(over.relations ?? RELATIONS),
  sections: new Set(over.sections ?? []),
});

/** Sorted ids, so assertions do not depend on iteration order. */
const shown = (map: ArgumentMap, f: Filters) => {
  const visible = applyFilters(map, f);
  return { nodes: [...visible.nodes].sort(), edges: [...visible.edges].sort() };
};

const ALL_NODES = ['cheaper', 'cooling', 'cost-objection', 'heat-study', 'thesis'];
const ALL_EDGES = ['e1', 'e2', 'e3', 'e4'];

describe('defaultFilters / isDefaultFilters', () => {
  it('shows every kind and relation, and every section', () => {
    const f = defaultFilters();
    expect([...f.kinds]).toEqual([...NODE_KINDS]);
    expect([...f.relations]).toEqual([...RELATIONS]);
    expect(f.sections.size).toBe(0);
    expect(isDefaultFilters(f)).toBe(true);
  });

  it('returns fresh sets each time', () => {
    const a = defaultFilters();
    (a.kinds as Set<NodeKind>).delete('claim');
    (a.sections as Set<string>).add('intro');
    expect(isDefaultFilters(defaultFilters())).toBe(true);
    expect(defaultFilters().kinds.has('claim')).toBe(true);
  });

  it.each([
    ['a kind is hidden', filters({ kinds: ['thesis', 'claim', 'evidence'] })],
    ['no kind is shown', filters({ kinds: [] })],
    ['a relation is hidden', filters({ relations: ['supports'] })],
    ['no relation is shown', filters({ relations: [] })],
    ['a section is chosen', filters({ sections: ['intro'] })],
  ])('is not default when %s', (_name, f) => {
    expect(isDefaultFilters(f)).toBe(false);
  });
});

describe('applyFilters', () => {
  it('shows everything by default', () => {
    expect(shown(small, defaultFilters())).toEqual({ nodes: ALL_NODES, edges: ALL_EDGES });
    const all = applyFilters(letter, defaultFilters());
    expect(all.nodes.size).toBe(107);
    expect(all.edges.size).toBe(108);
  });

  it('hides nodes of a hidden kind and the edges that touch them', () => {
    expect(shown(small, filters({ kinds: ['thesis', 'claim', 'evidence'] }))).toEqual({
      nodes: ['cheaper', 'cooling', 'cost-objection', 'thesis'],
      edges: ['e1', 'e3', 'e4'],
    });
  });

  it('keeps nodes whose edges were hidden by the kind filter while all relations show', () => {
    expect(shown(small, filters({ kinds: ['claim'] }))).toEqual({
      nodes: ['cooling', 'cost-objection'],
      edges: [],
    });
  });

  it('hides everything when no kind is shown', () => {
    expect(shown(small, filters({ kinds: [] }))).toEqual({ nodes: [], edges: [] });
  });

  it('filters by section, with an empty set meaning all sections', () => {
    expect(shown(small, filters({ sections: ['costs'] }))).toEqual({
      nodes: ['cheaper', 'cost-objection'],
      edges: ['e4'],
    });
    expect(shown(small, filters({ sections: ['intro'] }))).toEqual({
      nodes: ['cooling', 'heat-study', 'thesis'],
      edges: ['e1', 'e2'],
    });
    expect(shown(small, filters({ sections: ['intro', 'costs'] }))).toEqual({
      nodes: ALL_NODES,
      edges: ALL_EDGES,
    });
    expect(shown(small, filters({ sections: ['nowhere'] }))).toEqual({ nodes: [], edges: [] });
  });

  it('hides nodes without a section once a section is chosen', () => {
    const map: ArgumentMap = {
      ...small,
      nodes: small.nodes.map((n) => (n.id === 'cheaper' ? { ...n, section: undefined } : n)),
    };
    expect(shown(map, filters())).toEqual({ nodes: ALL_NODES, edges: ALL_EDGES });
    expect(shown(map, filters({ sections: ['costs'] }))).toEqual({
      nodes: ['cost-objection'],
      edges: [],
    });
  });

  it('hides edges of a hidden relation and the nodes left without a shown edge', () => {
    expect(shown(small, filters({ relations: ['supports'] }))).toEqual({
      nodes: ['cooling', 'heat-study', 'thesis'],
      edges: ['e1', 'e2'],
    });
    expect(shown(small, filters({ relations: ['opposes'] }))).toEqual({
      nodes: ['cheaper', 'cost-objection', 'thesis'],
      edges: ['e3', 'e4'],
    });
    expect(shown(small, filters({ relations: [] }))).toEqual({ nodes: [], edges: [] });
  });

  it('combines kind, section and relation filters', () => {
    expect(shown(small, filters({ kinds: ['thesis', 'claim'], relations: ['supports'] }))).toEqual({
      nodes: ['cooling', 'thesis'],
      edges: ['e1'],
    });
    expect(shown(small, filters({ sections: ['costs'], relations: ['opposes'] }))).toEqual({
      nodes: ['cheaper', 'cost-objection'],
      edges: ['e4'],
    });
    // Both opposing edges leave "intro" (e3 comes from a "costs" node), so nothing is left.
    expect(shown(small, filters({ sections: ['intro'], relations: ['opposes'] }))).toEqual({
      nodes: [],
      edges: [],
    });
  });

  it('does not modify the map or the filters', () => {
    const before = JSON.stringify(small);
    const f = filters({ kinds: ['claim'], relations: ['supports'], sections: ['intro'] });
    applyFilters(small, f);
    expect(JSON.stringify(small)).toBe(before);
    expect([...f.kinds]).toEqual(['claim']);
    expect([...f.relations]).toEqual(['supports']);
    expect([...f.sections]).toEqual(['intro']);
  });

  it('keeps its invariants on the letter map for any filter', () => {
    const byId = new Map(letter.nodes.map((n) => [n.id, n]));
    const sectionIds = letter.sections.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.subarray([...NODE_KINDS]),
        fc.subarray([...RELATIONS]),
        fc.subarray(sectionIds),
        (kinds, relations, sections) => {
          const f = filters({ kinds, relations, sections });
          const { nodes, edges } = applyFilters(letter, f);
          for (const id of nodes) {
            const n = byId.get(id)!;
            expect(kinds).toContain(n.kind);
            if (sections.length > 0) expect(sections).toContain(n.section);
          }
          // An edge shows when its relation does, some premise does, and what it bears on does.
          for (const edge of letter.edges) {
            const expected =
              relations.includes(edge.relation) &&
              premisesOf(edge).some((id) => nodes.has(id)) &&
              (nodes.has(edge.to) || edges.has(edge.to));
            expect(edges.has(edge.id)).toBe(expected);
          }
          if (relations.length < RELATIONS.length) {
            const touched = new Set(
              letter.edges.filter((e) => edges.has(e.id)).flatMap((e) => [...premisesOf(e), e.to]),
            );
            for (const id of nodes) expect(touched.has(id)).toBe(true);
          } else {
            const expected = letter.nodes.filter(
              (n) =>
                kinds.includes(n.kind) &&
                (sections.length === 0 || sections.includes(n.section ?? '')),
            );
            expect(nodes.size).toBe(expected.length);
          }
        },
      ),
      runs(60),
    );
  });
});
