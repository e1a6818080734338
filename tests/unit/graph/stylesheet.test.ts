import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABEL_STYLE } from '../../../src/lib/graph/elements';
import { KIND_STYLE, RELATION_STYLE, HELD_STYLE } from '../../../src/lib/graph/palette';
import { MIN_ZOOMED_FONT_SIZE, stylesheet } from '../../../src/lib/graph/stylesheet';
import { NODE_KINDS, RELATIONS } from '../../../src/lib/model/types';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = stylesheet() as unknown as Rule[];
/** Every rule for exactly this selector, merged in order (later rules win, as in Cytoscape). */
const rule = (selector: string): Record<string, unknown> => {
  const found = rules.filter((r) => r.selector === selector);
  expect(found.length, selector).toBeGreaterThan(0);
  return Object.assign({}, ...found.map((r) => r.style)) as Record<string, unknown>;
};

/** A headless Cytoscape with the real stylesheet and one node of each kind, two edges. */
function headless() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet(),
    elements: [
      ...NODE_KINDS.map((kind) => ({
        group: 'nodes' as const,
        data: { id: kind, label: kind, width: 100, height: 40 },
        classes: [kind],
      })),
      {
        group: 'nodes',
        data: { id: 'held', label: 'h', width: 100, height: 40 },
        classes: ['claim', 'held'],
      },
      {
        group: 'edges',
        data: { id: 's', source: 'claim', target: 'thesis' },
        classes: ['supports'],
      },
      {
        group: 'edges',
        data: { id: 'o', source: 'evidence', target: 'claim' },
        classes: ['opposes'],
      },
    ],
  });
}

/** `#rrggbb` as Cytoscape reports it: `rgb(r,g,b)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('stylesheet', () => {
  it('has a rule for every kind and every relation', () => {
    const selectors = rules.map((r) => r.selector);
    for (const kind of NODE_KINDS) expect(selectors).toContain(`node.${kind}`);
    for (const relation of RELATIONS) expect(selectors).toContain(`edge.${relation}`);
  });

  it('sets min-zoomed-font-size on nodes and edges', () => {
    expect(MIN_ZOOMED_FONT_SIZE).toBe(7);
    expect(rule('node')['min-zoomed-font-size']).toBe(7);
    expect(rule('edge')['min-zoomed-font-size']).toBe(7);
  });

  it('sizes nodes from their data and shows the pre-wrapped label', () => {
    expect(rule('node')).toMatchObject({
      width: 'data(width)',
      height: 'data(height)',
      label: 'data(label)',
      'text-wrap': 'wrap',
    });
  });

  it('tells supports from opposes by line style, arrow shape and colour', () => {
    const supports = rule('edge.supports');
    const opposes = rule('edge.opposes');
    for (const property of [
      'line-style',
      'target-arrow-shape',
      'line-color',
      'target-arrow-color',
    ]) {
      expect(supports[property], property).not.toEqual(opposes[property]);
    }
    expect(supports).toMatchObject({
      'line-style': 'solid',
      'target-arrow-shape': 'triangle',
      'line-color': RELATION_STYLE.supports.colour,
    });
    expect(opposes).toMatchObject({
      'line-style': 'dashed',
      'target-arrow-shape': 'tee',
      'line-color': RELATION_STYLE.opposes.colour,
    });
    // The arrow head takes the line's colour.
    for (const relation of RELATIONS) {
      const style = rule(`edge.${relation}`);
      expect(style['target-arrow-color']).toBe(style['line-color']);
    }
  });

  it('gives every node kind a distinct (shape, colour) pair', () => {
    const pairs = NODE_KINDS.map((kind) => {
      const style = rule(`node.${kind}`);
      return `${String(style.shape)}|${String(style['background-color'])}`;
    });
    expect(new Set(pairs).size).toBe(NODE_KINDS.length);
    // Fills alone are distinct too, as are border colours.
    const fills = NODE_KINDS.map((kind) => rule(`node.${kind}`)['background-color']);
    expect(new Set(fills).size).toBe(NODE_KINDS.length);
    const borders = NODE_KINDS.map((kind) => rule(`node.${kind}`)['border-color']);
    expect(new Set(borders).size).toBe(NODE_KINDS.length);
  });

  it('takes kind styles from the palette and font sizes from the label style', () => {
    for (const kind of NODE_KINDS) {
      expect(rule(`node.${kind}`)).toMatchObject({
        shape: KIND_STYLE[kind].shape,
        'background-color': KIND_STYLE[kind].fill,
        'border-color': KIND_STYLE[kind].border,
        color: KIND_STYLE[kind].text,
        'font-size': LABEL_STYLE[kind].size,
        'font-weight': LABEL_STYLE[kind].weight,
      });
    }
  });

  it('hides filtered elements and fades others', () => {
    expect(rule('.filtered')).toEqual({ display: 'none' });
    expect(rule('.faded').opacity).toBeLessThan(0.5);
  });

  it('is accepted by Cytoscape without warnings', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const cy = headless();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    cy.destroy();
  });

  it('renders each kind and relation with the computed style Cytoscape resolves', () => {
    const cy = headless();
    for (const kind of NODE_KINDS) {
      const node = cy.getElementById(kind);
      expect(node.style('shape')).toBe(KIND_STYLE[kind].shape);
      expect(node.style('min-zoomed-font-size')).toBe('7px');
      expect(node.width()).toBe(100);
      expect(node.height()).toBe(40);
    }
    expect(cy.getElementById('thesis').style('border-width')).toBe('3px');
    expect(cy.getElementById('claim').style('border-width')).toBe('1.5px');
    const held = cy.getElementById('held');
    expect(held.style('border-style')).toBe('double');
    // `node.held` comes after `node.claim`, so its colours win.
    expect(held.style('background-color')).toBe(rgb(HELD_STYLE.fill));
    expect(held.style('border-color')).toBe(rgb(HELD_STYLE.border));
    expect(cy.getElementById('claim').style('background-color')).toBe(rgb(KIND_STYLE.claim.fill));
    const supports = cy.getElementById('s');
    const opposes = cy.getElementById('o');
    expect(supports.style('line-style')).toBe('solid');
    expect(opposes.style('line-style')).toBe('dashed');
    expect(supports.style('target-arrow-shape')).toBe('triangle');
    expect(opposes.style('target-arrow-shape')).toBe('tee');
    expect(supports.style('line-color')).not.toBe(opposes.style('line-color'));
    cy.destroy();
  });
});
