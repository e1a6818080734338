import { describe, expect, it } from 'vitest';
import { validateMap } from '../../../src/lib/model/validate';
import { exportJson } from '../../../src/lib/io/exporters/json';
import type { ArgumentMap } from '../../../src/lib/model/types';
import { readMap } from '../../support/maps';

/** The undercut fixture: p supports c by analogy (e1), u undercuts e1 (u1). */
const base = (): ArgumentMap => readMap('tests/fixtures/v2/undercut.json');

const problemsOf = (map: unknown) => {
  const result = validateMap(map);
  return result.ok ? [] : result.problems;
};

describe('critical questions answered in a map', () => {
  it('accepts an answer by a statement or by an edge, and exports it back unchanged', () => {
    const map = base();
    map.edges[0]!.answers = [
      { question: 'relevant-differences', by: 'u' },
      { question: 'right-in-source', by: 'u1' },
    ];
    expect(problemsOf(map)).toEqual([]);
    expect(JSON.parse(exportJson(map))).toEqual(map);
  });

  it('names the scheme’s questions when a question is not one of them', () => {
    const map = base();
    map.edges[0]!.answers = [{ question: 'expertise', by: 'u' }];
    expect(problemsOf(map)).toEqual([
      {
        path: '$.edges[0].answers[0].question',
        message:
          '"expertise" is not a critical question of scheme "analogy" (its questions: relevant-differences, right-in-source, counter-case)',
      },
    ]);
  });

  it('refuses an answer by something the map does not have', () => {
    const map = base();
    map.edges[0]!.answers = [{ question: 'counter-case', by: 'ghost' }];
    expect(problemsOf(map)).toEqual([
      {
        path: '$.edges[0].answers[0].by',
        message: '"ghost" is neither a statement nor an edge of the map',
      },
    ]);
  });

  it('refuses the same question answered twice on one inference', () => {
    const map = base();
    map.edges[0]!.answers = [
      { question: 'counter-case', by: 'u' },
      { question: 'counter-case', by: 'u1' },
    ];
    expect(problemsOf(map)).toEqual([
      {
        path: '$.edges[0].answers[1].question',
        message: 'question "counter-case" is already answered at $.edges[0].answers[0]',
      },
    ]);
  });

  it('refuses answers on an inference that names no scheme', () => {
    const map = base();
    map.edges[1]!.answers = [{ question: 'counter-case', by: 'u' }];
    expect(problemsOf(map)).toEqual([
      {
        path: '$.edges[1].answers',
        message: 'edge "u1" answers critical questions but names no scheme to ask them of',
      },
    ]);
  });

  it('refuses a malformed answer through the schema', () => {
    const map = base() as unknown as { edges: Record<string, unknown>[] };
    map.edges[0]!.answers = [{ question: 'counter-case' }];
    expect(problemsOf(map)).toEqual([
      { path: '$.edges[0].answers[0]', message: 'missing required property "by"' },
    ]);
  });

  it('knows the two schemes format 2 gained: practical reasoning and precedent', () => {
    const map = base();
    map.edges[0]!.scheme = 'precedent';
    map.edges[0]!.answers = [{ question: 'relevant-differences', by: 'u' }];
    expect(problemsOf(map)).toEqual([]);
    map.edges[0]!.scheme = 'practical-reasoning';
    map.edges[0]!.answers = [{ question: 'alternatives', by: 'u' }];
    expect(problemsOf(map)).toEqual([]);
  });
});

describe('tours', () => {
  it('accepts steps aimed at statements and at inferences, and exports them back unchanged', () => {
    const map = base();
    map.tours = [
      {
        id: 'intro',
        title: 'How the undercut works',
        steps: [
          { target: 'c', caption: 'The conclusion.' },
          { target: 'e1', caption: 'The step from the precedent.' },
          { target: 'u1', caption: 'The undercut aims at the step.' },
        ],
      },
    ];
    expect(problemsOf(map)).toEqual([]);
    const back = JSON.parse(exportJson(map)) as ArgumentMap;
    expect(back).toEqual(map);
    expect(Object.keys(back).at(-1)).toBe('tours');
  });

  it('reports each unknown target with its JSON path, and a repeated tour id', () => {
    const map = base();
    map.tours = [
      {
        id: 'a',
        title: 'One',
        steps: [
          { target: 'c', caption: 'x' },
          { target: 'nope', caption: 'y' },
        ],
      },
      { id: 'a', title: 'Two', steps: [{ target: 'e9', caption: 'z' }] },
    ];
    expect(problemsOf(map)).toEqual([
      {
        path: '$.tours[0].steps[1].target',
        message: '"nope" is neither a statement nor an edge of the map',
      },
      { path: '$.tours[1].id', message: 'duplicate tour id "a" (already used at $.tours[0].id)' },
      {
        path: '$.tours[1].steps[0].target',
        message: '"e9" is neither a statement nor an edge of the map',
      },
    ]);
  });

  it('refuses a tour without steps, or a step without a caption', () => {
    const map = base() as unknown as Record<string, unknown>;
    map.tours = [
      { id: 'a', title: 'Empty', steps: [] },
      { id: 'b', title: 'Mute', steps: [{ target: 'c' }] },
    ];
    expect(problemsOf(map)).toEqual([
      { path: '$.tours[0].steps', message: 'must have at least 1 items' },
      { path: '$.tours[1].steps[0]', message: 'missing required property "caption"' },
    ]);
  });
});
