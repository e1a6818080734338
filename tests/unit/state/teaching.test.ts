import { describe, expect, it } from 'vitest';
import { ViewerState } from '../../../src/lib/state/viewer.svelte';
import { EvaluationState } from '../../../src/lib/state/evaluation.svelte';
import { QuestionsState } from '../../../src/lib/state/questions.svelte';
import { QuizState } from '../../../src/lib/state/quiz.svelte';
import { InferenceInspector } from '../../../src/lib/state/inspector.svelte';
import { decodeWhatIf, encodeWhatIf, joinHash } from '../../../src/lib/state/teaching-hash';
import { readMap, smallMap } from '../../support/maps';

// small.json: thesis ← cooling ← heat-study (supports); thesis ⊣ cost-objection ⊣ cheaper (opposes).

describe('the address of the what-if overlay', () => {
  it('reads `suppose=ID:label,…`, splitting each entry at its last colon', () => {
    expect(decodeWhatIf('#node=x&suppose=a:rejected,ns:b:accepted')).toEqual({
      on: true,
      suppositions: new Map([
        ['a', 'rejected'],
        ['ns:b', 'accepted'],
      ]),
    });
    expect(decodeWhatIf('#suppose=')).toEqual({ on: true, suppositions: new Map() });
    expect(decodeWhatIf('#node=x')).toEqual({ on: false, suppositions: new Map() });
  });

  it('skips malformed entries and keeps the rest', () => {
    expect(decodeWhatIf('#suppose=a:maybe,b,:accepted,c:accepted').suppositions).toEqual(
      new Map([['c', 'accepted']]),
    );
  });

  it('writes what it reads, readable, after the viewer’s own parameters', () => {
    const suppositions = new Map([
      ['a', 'rejected'],
      ['b', 'accepted'],
    ] as const);
    const part = encodeWhatIf(true, suppositions);
    expect(part).toBe('suppose=a:rejected,b:accepted');
    expect(decodeWhatIf(joinHash('#node=t', part)).suppositions).toEqual(suppositions);
    expect(joinHash('', part)).toBe('#suppose=a:rejected,b:accepted');
    expect(joinHash('#node=t', '')).toBe('#node=t');
    expect(encodeWhatIf(false, suppositions)).toBe('');
  });
});

describe('EvaluationState', () => {
  it('labels nothing while off; a supposition turns it on and moves the labels', () => {
    const viewer = new ViewerState(smallMap);
    const evaluation = new EvaluationState(viewer);
    expect(evaluation.result).toBeNull();
    evaluation.on = true;
    expect(Object.fromEntries(evaluation.result!.statements)).toMatchObject({
      cheaper: 'accepted',
      'cost-objection': 'rejected',
      thesis: 'accepted',
    });
    evaluation.suppose('cheaper', 'rejected');
    expect(evaluation.result!.statements.get('cost-objection')).toBe('accepted');
    expect(evaluation.result!.statements.get('thesis')).toBe('rejected');
    expect(evaluation.explainStatement('thesis')).toMatch(/^Rejected: opposed by “/);
    expect(evaluation.hashPart).toBe('suppose=cheaper:rejected');
    evaluation.suppose('cheaper', null);
    expect(evaluation.hashPart).toBe('suppose=');
  });

  it('applies the address, dropping ids the map lacks, and forgets suppositions of another map', () => {
    const viewer = new ViewerState(smallMap);
    const evaluation = new EvaluationState(viewer);
    evaluation.applyHash('#suppose=cheaper:rejected,ghost:accepted');
    expect(evaluation.on).toBe(true);
    expect([...evaluation.suppositions]).toEqual([['cheaper', 'rejected']]);
    viewer.replaceMap(readMap('tests/fixtures/v2/undercut.json'));
    expect(evaluation.suppositions.size).toBe(0);
    evaluation.applyHash('');
    expect(evaluation.on).toBe(false);
  });
});

describe('QuestionsState', () => {
  it('counts open questions, and marking one answered lowers its count', () => {
    const viewer = new ViewerState(readMap('tests/fixtures/v2/undercut.json'));
    const questions = new QuestionsState(viewer);
    expect(questions.counts.get('e1')).toEqual({ open: 3, total: 3 });
    expect(questions.badgeCounts).toBeNull();
    questions.badges = true;
    expect(questions.badgeCounts).toEqual(new Map([['e1', 3]]));
    questions.mark('e1', 'relevant-differences', 'u');
    expect(questions.badgeCounts).toEqual(new Map([['e1', 2]]));
    expect(questions.statusOf('e1')[0]).toMatchObject({ answeredBy: 'u', source: 'session' });
    expect(questions.totalOpen).toBe(2);
    questions.mark('e1', 'relevant-differences', null);
    expect(questions.totalOpen).toBe(3);
  });
});

describe('QuizState', () => {
  it('hides a preset’s statements, reveals one at a time, and hides them all again', () => {
    const viewer = new ViewerState(smallMap);
    const quiz = new QuizState(viewer);
    quiz.start('evidence');
    const evidence = smallMap.nodes.filter((node) => node.kind === 'evidence').map((n) => n.id);
    expect([...quiz.hidden.keys()].sort()).toEqual([...evidence].sort());
    quiz.reveal(evidence[0]!);
    expect(quiz.hidden.has(evidence[0]!)).toBe(false);
    expect(quiz.numbers.size).toBe(evidence.length);
    quiz.reveal('thesis');
    expect(quiz.revealed.has('thesis')).toBe(false);
    quiz.hideAll();
    expect(quiz.hidden.size).toBe(evidence.length);
    quiz.revealAll();
    expect(quiz.hidden.size).toBe(0);
  });

  it('hides hand-picked statements as they are picked', () => {
    const viewer = new ViewerState(smallMap);
    const quiz = new QuizState(viewer);
    quiz.start('hand-picked');
    expect(quiz.hidden.size).toBe(0);
    quiz.pick('cooling', true);
    quiz.pick('thesis', true);
    expect([...quiz.hidden]).toEqual([
      ['thesis', 1],
      ['cooling', 2],
    ]);
    quiz.pick('thesis', false);
    expect([...quiz.hidden]).toEqual([['cooling', 1]]);
  });
});

describe('InferenceInspector', () => {
  it('shows an inference until the viewer’s selection next changes', () => {
    const viewer = new ViewerState(smallMap);
    const inspector = new InferenceInspector(viewer);
    viewer.select('thesis');
    inspector.inspect('e1');
    expect(inspector.id).toBe('e1');
    expect(viewer.selected).toBeNull();
    viewer.select('cooling');
    expect(inspector.id).toBeNull();
    inspector.inspect('e1');
    viewer.select(null);
    expect(inspector.id).toBeNull();
    inspector.inspect('no-such-edge');
    expect(inspector.id).toBeNull();
  });
});
