import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { premisesOf, type ArgumentMap } from '../../../src/lib/model/types';
import { questionCounts } from '../../../src/lib/analysis/questions';
import { evaluateMap } from '../../../src/lib/analysis/evaluation';

const map = JSON.parse(
  readFileSync(new URL('../../../data/maps/three-takeaways.json', import.meta.url), 'utf8'),
) as ArgumentMap;
const nodes = new Map(map.nodes.map((node) => [node.id, node]));
const edges = new Map(map.edges.map((edge) => [edge.id, edge]));
const answers = map.edges.flatMap((edge) =>
  (edge.answers ?? []).map((answer) => ({ edge, ...answer })),
);

describe('three-takeaways map: what it gives a class', () => {
  it('uses the two schemes format 2 gained for it: precedent and practical reasoning', () => {
    const schemeOf = (id: string) => edges.get(id)?.scheme;
    // Both sides argue from Bolshevik history: the leaders' appeal, and the letter's high bar.
    expect(schemeOf('e-bolshevism-appeal')).toBe('precedent');
    expect(schemeOf('e-high-bar-applied')).toBe('precedent');
    expect(schemeOf('e-weakness-no-new-left--t3-settle-accounts')).toBe('practical-reasoning');
    expect(schemeOf('e-t3-settle-accounts--t3-stay-and-fight')).toBe('practical-reasoning');
  });

  it('answers the 1912 precedent’s “relevant differences” with “…still relevant”', () => {
    const answer = answers.find(
      (a) => a.edge.id === 'e-high-bar-applied' && a.question === 'relevant-differences',
    );
    expect(answer?.by).toBe('t2-still-relevant');
    expect(nodes.get('t2-still-relevant')!.quote).toContain('still relevant');
    // The concession it answers is in the map, opposing it.
    expect(nodes.get('t2-much-changed')!.quote).toBe('Although a lot has changed since 1912');
    expect(
      map.edges.some((e) => e.from === 't2-much-changed' && e.to === 't2-still-relevant'),
    ).toBe(true);
  });

  it('answers only in the letter’s own words: a quoted statement, or an inference from quoted ones', () => {
    expect(answers.length).toBeGreaterThanOrEqual(10);
    for (const { edge, question, by } of answers) {
      const where = `${edge.id} ${question}`;
      const statement = nodes.get(by);
      if (statement !== undefined) {
        expect(statement.quote, where).toBeTruthy();
        expect(statement.implicit, where).toBeUndefined();
      } else {
        const answering = edges.get(by)!;
        for (const premise of premisesOf(answering)) {
          expect(nodes.get(premise)!.quote, `${where}: ${premise}`).toBeTruthy();
        }
      }
      // An answer is never the questioned inference itself, nor its conclusion.
      expect(by, where).not.toBe(edge.id);
      expect(by, where).not.toBe(edge.to);
    }
  });

  it('leaves most questions open: the map marks answers, not verdicts', () => {
    const counts = [...questionCounts(map).values()];
    const open = counts.reduce((sum, count) => sum + count.open, 0);
    const total = counts.reduce((sum, count) => sum + count.total, 0);
    expect(total - open).toBe(answers.length);
    expect(open).toBeGreaterThan(total / 2);
  });

  it('evaluates with the positions the letter answers rejected, and its concession standing', () => {
    const labels = evaluateMap(map).statements;
    expect(labels.get('thesis')).toBe('accepted');
    expect(labels.get('pos-isa-pacifist')).toBe('rejected');
    expect(labels.get('pos-expel-frl')).toBe('rejected');
    // Unweighed, an accepted concession defeats what it opposes; supposing it away restores it.
    expect(labels.get('t2-still-relevant')).toBe('rejected');
    const supposed = evaluateMap(map, new Map([['t2-much-changed', 'rejected']])).statements;
    expect(supposed.get('t2-still-relevant')).toBe('accepted');
  });
});
