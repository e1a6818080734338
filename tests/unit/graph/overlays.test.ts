import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stylesheet } from '../../../src/lib/graph/stylesheet';
import { toElements } from '../../../src/lib/graph/elements';
import { OVERLAY } from '../../../src/lib/graph/classes';
import { EVALUATION_STYLE } from '../../../src/lib/graph/overlay-styles';
import { showEvaluation, showQuestionBadges, showQuiz } from '../../../src/lib/graph/overlays';
import { readMap } from '../../support/maps';

/** The undercut fixture drawn: c, p, u; e1 (p → c) is a junction, as u1 aims at it. */
function drawn(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet(),
    elements: toElements(readMap('tests/fixtures/v2/undercut.json')),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('teaching overlays on the canvas', () => {
  it('badges each inference with its open questions, on its junction or its line, and clears them', () => {
    const cy = drawn();
    showQuestionBadges(
      cy,
      new Map([
        ['e1', 2],
        ['u1', 0],
      ]),
    );
    expect(cy.getElementById('e1').data()).toMatchObject({ questionBadge: '?2', openQuestions: 2 });
    expect(cy.getElementById('e1').hasClass(OVERLAY.questions)).toBe(true);
    expect(cy.getElementById('u1').data('questionBadge')).toBe('✓');
    expect(cy.getElementById('u1').style('label')).toBe('✓');
    expect(cy.getElementById('e1').style('label')).toBe('?2');
    showQuestionBadges(cy, new Map([['e1', 1]]));
    expect(cy.getElementById('e1').data('questionBadge')).toBe('?1');
    expect(cy.getElementById('u1').hasClass(OVERLAY.questions)).toBe(false);
    expect(cy.getElementById('u1').data('questionBadge')).toBeUndefined();
    showQuestionBadges(cy, null);
    expect(cy.elements(`.${OVERLAY.questions}`).length).toBe(0);
    cy.destroy();
  });

  it('labels statements with `evaluation` data, an outline pattern and an icon', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = drawn();
    showEvaluation(
      cy,
      new Map([
        ['c', 'rejected'],
        ['p', 'accepted'],
        ['u', 'undecided'],
      ]),
    );
    const styles = ['c', 'p', 'u'].map((id) => {
      const node = cy.getElementById(id);
      return [
        node.data('evaluation') as string,
        node.style('outline-style') as string,
        node.style('background-image') as string,
      ];
    });
    expect(styles.map(([label]) => label)).toEqual(['rejected', 'accepted', 'undecided']);
    expect(styles.map(([, outline]) => outline)).toEqual([
      EVALUATION_STYLE.rejected.outline,
      EVALUATION_STYLE.accepted.outline,
      EVALUATION_STYLE.undecided.outline,
    ]);
    // Three different icons, not only three colours.
    expect(new Set(styles.map(([, , icon]) => icon)).size).toBe(3);
    showEvaluation(cy, new Map([['c', 'accepted']]));
    expect(cy.getElementById('c').hasClass(OVERLAY.rejected)).toBe(false);
    expect(cy.getElementById('c').hasClass(OVERLAY.accepted)).toBe(true);
    expect(cy.getElementById('p').data('evaluation')).toBeUndefined();
    showEvaluation(cy, null);
    expect(cy.nodes().filter((node) => node.data('evaluation') !== undefined).length).toBe(0);
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });

  it('hides a quiz’s statements behind their numbers, in the box’s top-left corner', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cy = drawn();
    showQuiz(cy, new Map([['p', 3]]));
    const p = cy.getElementById('p');
    expect(p.style('label')).toBe('3');
    expect(Number.parseFloat(p.style('text-margin-x') as string)).toBeLessThan(0);
    expect(Number.parseFloat(p.style('text-margin-y') as string)).toBeLessThan(0);
    const c = cy.getElementById('c');
    expect(c.style('label')).toBe(c.data('label'));
    showQuiz(cy, null);
    expect(p.style('label')).toBe(p.data('label'));
    expect(p.style('label')).toMatch(/^The Bolsheviks/);
    expect(p.data('quizNumber')).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    cy.destroy();
  });
});
