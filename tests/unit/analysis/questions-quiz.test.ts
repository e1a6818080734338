import { describe, expect, it } from 'vitest';
import { questionCounts, questionStatus, withAnswer } from '../../../src/lib/analysis/questions';
import { levelsOf, numberBoxes, quizStatements } from '../../../src/lib/analysis/quiz';
import { CRITICAL_QUESTIONS } from '../../../src/lib/model/critical-questions';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { letterMap, readMap } from '../../support/maps';

const undercut = (): ArgumentMap => readMap('tests/fixtures/v2/undercut.json');

describe('critical questions of an inference', () => {
  it('lists its scheme’s questions, answered where the map or the session says', () => {
    const map = undercut();
    map.edges[0]!.answers = [{ question: 'relevant-differences', by: 'u' }];
    const session = withAnswer(new Map(), 'e1', 'counter-case', 'u1');
    expect(questionStatus(map.edges[0]!, session)).toEqual([
      {
        question: CRITICAL_QUESTIONS.analogy.questions[0],
        answeredBy: 'u',
        source: 'map',
      },
      { question: CRITICAL_QUESTIONS.analogy.questions[1] },
      {
        question: CRITICAL_QUESTIONS.analogy.questions[2],
        answeredBy: 'u1',
        source: 'session',
      },
    ]);
    expect(questionCounts(map, session)).toEqual(new Map([['e1', { open: 1, total: 3 }]]));
  });

  it('has none for an inference without a scheme, and counts only schemed ones', () => {
    const map = undercut();
    expect(questionStatus(map.edges[1]!)).toEqual([]);
    expect([...questionCounts(map).keys()]).toEqual(['e1']);
  });

  it('takes a session answer back, and never a map answer', () => {
    const map = undercut();
    map.edges[0]!.answers = [{ question: 'relevant-differences', by: 'u' }];
    let session = withAnswer(new Map(), 'e1', 'counter-case', 'u');
    expect(questionCounts(map, session).get('e1')!.open).toBe(1);
    session = withAnswer(session, 'e1', 'counter-case', null);
    expect(session.size).toBe(0);
    session = withAnswer(session, 'e1', 'relevant-differences', null);
    expect(questionCounts(map, session).get('e1')!.open).toBe(2);
  });
});

describe('quiz presets', () => {
  it('hides all the evidence, numbered in reading order', () => {
    const hidden = quizStatements(letterMap, 'evidence');
    const evidence = letterMap.nodes.filter((node) => node.kind === 'evidence');
    expect(hidden.map((node) => node.id).sort()).toEqual(evidence.map((node) => node.id).sort());
    const orders = hidden.map((node) => node.order!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect([...numberBoxes(hidden).values()]).toEqual(hidden.map((_, i) => i + 1));
  });

  it('hides every second level down from the thesis, by the shortest way up', () => {
    const map: ArgumentMap = {
      schemaVersion: 2,
      id: 'm',
      title: 'm',
      sections: [],
      nodes: ['t', 'a', 'b', 'c', 'd', 'x'].map((id, order) => ({
        id,
        kind: id === 't' ? 'thesis' : 'claim',
        label: id,
        order,
      })),
      edges: [
        { id: 'at', from: 'a', to: 't', relation: 'supports' },
        { id: 'ba', from: 'b', to: 'a', relation: 'supports' },
        { id: 'cb', from: 'c', to: 'b', relation: 'supports' },
        // d reaches the thesis directly and through c: the shorter way counts.
        { id: 'dc', from: 'd', to: 'c', relation: 'opposes' },
        { id: 'dt', from: ['d', 'x'], to: 't', relation: 'supports' },
      ],
    };
    expect(Object.fromEntries(levelsOf(map))).toEqual({ t: 0, a: 1, b: 2, c: 3, d: 1, x: 1 });
    expect(quizStatements(map, 'alternate-levels').map((node) => node.id)).toEqual([
      'a',
      'c',
      'd',
      'x',
    ]);
  });

  it('hides exactly the hand-picked statements', () => {
    const picked = new Set(['t1-takeaway', 'thesis']);
    expect(quizStatements(letterMap, 'hand-picked', picked).map((node) => node.id)).toEqual([
      'thesis',
      't1-takeaway',
    ]);
  });
});

describe('the statements near an inference', () => {
  it('are its premises, its conclusion, its undercutters and their one-step neighbours', async () => {
    const { nearInference } = await import('../../../src/lib/analysis/neighbourhood');
    const { indexMap } = await import('../../../src/lib/model/inference');
    const map = undercut();
    map.nodes.push(
      { id: 'far', kind: 'claim', label: 'far' },
      { id: 'r', kind: 'claim', label: 'r' },
    );
    map.edges.push(
      { id: 'rc', from: 'r', to: 'c', relation: 'supports' },
      { id: 'fr', from: 'far', to: 'r', relation: 'supports' },
    );
    // Without reading order, premises come first, then the conclusion, then the rest.
    expect(nearInference(indexMap(map), 'e1').map((node) => node.id)).toEqual(['p', 'c', 'u', 'r']);
    expect(nearInference(indexMap(map), 'nope')).toEqual([]);
  });
});
