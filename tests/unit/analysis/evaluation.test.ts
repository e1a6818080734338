import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMap, type Label, type Supposition } from '../../../src/lib/analysis/evaluation';
import { explainInference, explainStatement } from '../../../src/lib/analysis/evaluation-reasons';
import { indexMap } from '../../../src/lib/model/inference';
import type { ArgumentEdge, ArgumentMap, Relation } from '../../../src/lib/model/types';
import { runs } from '../../support/property';

/** A map of claims labelled by their ids, and edges written `[id, from, relation, to]`. */
function framework(
  ids: string[],
  edges: [id: string, from: string | string[], relation: Relation, to: string][],
): ArgumentMap {
  return {
    schemaVersion: 2,
    id: 'f',
    title: 'f',
    sections: [],
    nodes: ids.map((id) => ({ id, kind: 'claim', label: id })),
    edges: edges.map(([id, from, relation, to]) => ({ id, from, relation, to })),
  };
}

const labels = (map: ArgumentMap, suppose: [string, Supposition][] = []) =>
  Object.fromEntries(evaluateMap(map, new Map(suppose)).statements);

const explain = (map: ArgumentMap, id: string, suppose: [string, Supposition][] = []) => {
  const suppositions = new Map(suppose);
  return explainStatement(indexMap(map), evaluateMap(map, suppositions), suppositions, id);
};

describe('the grounded labelling of textbook frameworks', () => {
  it('reinstates along a chain of attacks: a defeats b, so c is back', () => {
    const chain = framework(
      ['a', 'b', 'c', 'd'],
      [
        ['ab', 'a', 'opposes', 'b'],
        ['bc', 'b', 'opposes', 'c'],
        ['cd', 'c', 'opposes', 'd'],
      ],
    );
    expect(labels(chain)).toEqual({ a: 'accepted', b: 'rejected', c: 'accepted', d: 'rejected' });
    expect(explain(chain, 'b')).toBe(
      'Rejected: opposed by “a”, which is accepted and not itself defeated.',
    );
    expect(explain(chain, 'c')).toBe(
      'Accepted: nothing in the map argues for it, so it is taken as given, and every objection to it fails.',
    );
    // Suppose the head of the chain rejected: its attack fails and every label flips.
    expect(labels(chain, [['a', 'rejected']])).toEqual({
      a: 'rejected',
      b: 'accepted',
      c: 'rejected',
      d: 'accepted',
    });
    expect(explain(chain, 'a', [['a', 'rejected']])).toBe('Rejected: you supposed it rejected.');
  });

  it('leaves the Nixon diamond undecided: quaker and republican, pacifist and not', () => {
    const nixon = framework(
      ['quaker', 'republican', 'pacifist', 'hawk'],
      [
        ['q', 'quaker', 'supports', 'pacifist'],
        ['r', 'republican', 'supports', 'hawk'],
        ['ph', 'pacifist', 'opposes', 'hawk'],
        ['hp', 'hawk', 'opposes', 'pacifist'],
      ],
    );
    expect(labels(nixon)).toEqual({
      quaker: 'accepted',
      republican: 'accepted',
      pacifist: 'undecided',
      hawk: 'undecided',
    });
    expect(explain(nixon, 'pacifist')).toBe(
      'Undecided: opposed by “hawk”, whose objection is itself undecided.',
    );
    // Doubting one side's basis settles the diamond for the other.
    expect(labels(nixon, [['republican', 'rejected']])).toMatchObject({
      pacifist: 'accepted',
      hawk: 'rejected',
    });
  });

  it('leaves an odd cycle of attacks undecided, and what it attacks too', () => {
    const odd = framework(
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['ab', 'a', 'opposes', 'b'],
        ['bc', 'b', 'opposes', 'c'],
        ['ca', 'c', 'opposes', 'a'],
        ['cd', 'c', 'opposes', 'd'],
      ],
    );
    expect(labels(odd)).toEqual({
      a: 'undecided',
      b: 'undecided',
      c: 'undecided',
      d: 'undecided',
      e: 'accepted',
    });
    // An even cycle is just as undecided under the sceptical grounded semantics.
    const even = framework(
      ['a', 'b'],
      [
        ['ab', 'a', 'opposes', 'b'],
        ['ba', 'b', 'opposes', 'a'],
      ],
    );
    expect(labels(even)).toEqual({ a: 'undecided', b: 'undecided' });
  });

  it('defeats an inference by undercutting it, leaving its premise standing', () => {
    const undercut = framework(
      ['p', 'c', 'u', 'v'],
      [
        ['e1', 'p', 'supports', 'c'],
        ['u1', 'u', 'opposes', 'e1'],
      ],
    );
    const result = evaluateMap(undercut);
    expect(Object.fromEntries(result.statements)).toEqual({
      p: 'accepted',
      c: 'rejected',
      u: 'accepted',
      v: 'accepted',
    });
    expect(Object.fromEntries(result.inferences)).toEqual({ e1: 'rejected', u1: 'accepted' });
    expect(explain(undercut, 'c')).toBe(
      'Rejected: its only reason fails, as the step is undercut by “u”, which holds.',
    );
    expect(explainInference(indexMap(undercut), result, 'e1')).toBe(
      'Fails: the step is undercut by “u”, which holds.',
    );
    // Defeat the undercutter and the inference is reinstated.
    undercut.edges.push({ id: 'v1', from: 'v', relation: 'opposes', to: 'u' });
    expect(labels(undercut)).toEqual({
      p: 'accepted',
      c: 'accepted',
      u: 'rejected',
      v: 'accepted',
    });
    expect(explainInference(indexMap(undercut), evaluateMap(undercut), 'e1')).toBe(
      'Holds: “p” is accepted, and every undercut of it fails.',
    );
  });

  it('drops a linked group’s conclusion when one premise is lost, and keeps the others', () => {
    const linked = framework(['a', 'b', 'c', 'd'], [['abc', ['a', 'b', 'c'], 'supports', 'd']]);
    expect(labels(linked)).toEqual({ a: 'accepted', b: 'accepted', c: 'accepted', d: 'accepted' });
    expect(explain(linked, 'd')).toBe(
      'Accepted: its reason holds, as “a”, “b” and “c” are all accepted.',
    );
    expect(labels(linked, [['b', 'rejected']])).toEqual({
      a: 'accepted',
      b: 'rejected',
      c: 'accepted',
      d: 'rejected',
    });
    expect(explain(linked, 'd', [['b', 'rejected']])).toBe(
      'Rejected: its only reason fails, as “b” is rejected.',
    );
    // A second, independent reason keeps the conclusion.
    linked.nodes.push({ id: 'e', kind: 'claim', label: 'e' });
    linked.edges.push({ id: 'ed', from: 'e', relation: 'supports', to: 'd' });
    expect(labels(linked, [['b', 'rejected']]).d).toBe('accepted');
  });

  it('lets a supposition override what the map would say', () => {
    const map = framework(['a', 'b'], [['ab', 'a', 'opposes', 'b']]);
    expect(labels(map, [['b', 'accepted']])).toEqual({ a: 'accepted', b: 'accepted' });
    expect(labels(map, [['ghost', 'rejected']])).toEqual({ a: 'accepted', b: 'rejected' });
  });

  it('ignores backings: a rule applies unless undercut', () => {
    const map = framework(
      ['p', 'c', 'w'],
      [
        ['e1', 'p', 'supports', 'c'],
        ['w1', 'w', 'supports', 'e1'],
      ],
    );
    expect(labels(map, [['w', 'rejected']]).c).toBe('accepted');
  });

  it('leaves a circle of support undecided: nothing outside it grounds it', () => {
    const map = framework(
      ['a', 'b'],
      [
        ['ab', 'a', 'supports', 'b'],
        ['ba', 'b', 'supports', 'a'],
      ],
    );
    expect(labels(map)).toEqual({ a: 'undecided', b: 'undecided' });
  });
});

/**
 * An oracle built from the definition: the grounded labelling is the least
 * informative complete one, so it agrees with every complete labelling
 * wherever it decides. Complete labellings are found by trying all 3^n.
 */
function completeLabellings(map: ArgumentMap, suppose: ReadonlyMap<string, Supposition>) {
  const ids = [...map.nodes.map((node) => node.id), ...map.edges.map((edge) => edge.id)];
  const statement = new Set(map.nodes.map((node) => node.id));
  const kleene = (v: Map<string, Label>, id: string): Label => {
    const fixedLabel = suppose.get(id);
    if (fixedLabel !== undefined) return fixedLabel;
    const into = map.edges.filter((edge) => edge.to === id);
    const attacks = into
      .filter((edge) => edge.relation === 'opposes')
      .map((edge) => v.get(edge.id));
    const notAttacked: Label = attacks.includes('accepted')
      ? 'rejected'
      : attacks.includes('undecided')
        ? 'undecided'
        : 'accepted';
    let grounded: Label;
    if (statement.has(id)) {
      const supports = into.filter((edge) => edge.relation === 'supports').map((e) => v.get(e.id));
      grounded =
        supports.length === 0 || supports.includes('accepted')
          ? 'accepted'
          : supports.includes('undecided')
            ? 'undecided'
            : 'rejected';
    } else {
      const edge = map.edges.find((candidate) => candidate.id === id)!;
      const from = (typeof edge.from === 'string' ? [edge.from] : edge.from).map((p) => v.get(p));
      grounded = from.includes('rejected')
        ? 'rejected'
        : from.includes('undecided')
          ? 'undecided'
          : 'accepted';
    }
    // Kleene conjunction.
    if (grounded === 'rejected' || notAttacked === 'rejected') return 'rejected';
    if (grounded === 'undecided' || notAttacked === 'undecided') return 'undecided';
    return 'accepted';
  };
  const found: Map<string, Label>[] = [];
  const all: Label[] = ['accepted', 'rejected', 'undecided'];
  const total = 3 ** ids.length;
  for (let code = 0; code < total; code++) {
    const v = new Map<string, Label>();
    let rest = code;
    for (const id of ids) {
      v.set(id, all[rest % 3]!);
      rest = Math.floor(rest / 3);
    }
    if (ids.every((id) => kleene(v, id) === v.get(id))) found.push(v);
  }
  return found;
}

const randomFramework = fc
  .record({
    statements: fc.integer({ min: 1, max: 4 }),
    edges: fc.array(
      fc.record({
        from: fc.uniqueArray(fc.nat(3), { minLength: 1, maxLength: 2 }),
        to: fc.nat(7),
        relation: fc.constantFrom<Relation>('supports', 'opposes'),
      }),
      { maxLength: 4 },
    ),
    suppose: fc.array(fc.tuple(fc.nat(3), fc.constantFrom<Supposition>('accepted', 'rejected')), {
      maxLength: 2,
    }),
  })
  .map(({ statements, edges, suppose }) => {
    const ids = Array.from({ length: statements }, (_, i) => `s${i}`);
    const built: ArgumentEdge[] = [];
    edges.forEach((edge, k) => {
      const from = [...new Set(edge.from.map((i) => ids[i % statements]!))];
      // A target is a statement, or an edge built before this one (no rings of edges).
      const targets = [...ids, ...built.map((earlier) => earlier.id)];
      built.push({
        id: `e${k}`,
        from: from.length === 1 ? from[0]! : from,
        to: targets[edge.to % targets.length]!,
        relation: edge.relation,
      });
    });
    const map: ArgumentMap = {
      schemaVersion: 2,
      id: 'r',
      title: 'r',
      sections: [],
      nodes: ids.map((id) => ({ id, kind: 'claim', label: id })),
      edges: built,
    };
    return { map, suppose: new Map(suppose.map(([i, s]) => [ids[i % statements]!, s])) };
  });

describe('the evaluation, against the definition of grounded semantics', () => {
  it('is complete, and agrees with every complete labelling wherever it decides', () => {
    fc.assert(
      fc.property(randomFramework, ({ map, suppose }) => {
        const result = evaluateMap(map, suppose);
        const ours = new Map<string, Label>([...result.statements, ...result.inferences]);
        const complete = completeLabellings(map, suppose);
        expect(complete.some((v) => [...v].every(([id, label]) => ours.get(id) === label))).toBe(
          true,
        );
        for (const v of complete) {
          for (const [id, label] of ours) if (label !== 'undecided') expect(v.get(id)).toBe(label);
        }
      }),
      runs(200),
    );
  });
});
