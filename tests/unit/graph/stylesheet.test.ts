import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_ZOOMED_FONT_SIZE, stylesheet } from '../../../src/lib/graph/stylesheet';
import { NODE_KINDS, RELATIONS, type NodeKind } from '../../../src/lib/model/types';

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

/**
 * What each kind's rules say, merged, as the README's legend describes them:
 * a dark rounded box for the thesis (with a thicker border), a blue rounded
 * box for claims, an amber box for evidence, a mauve cut-corner box for
 * sources; the thesis in larger bold type, sources in smaller.
 */
const KIND_RULES: Record<NodeKind, Record<string, unknown>> = {
  thesis: {
    shape: 'round-rectangle',
    'background-color': '#1b365d',
    'border-color': '#0b1f3a',
    color: '#ffffff',
    'font-size': 15,
    'font-weight': 700,
    'border-width': 3,
  },
  claim: {
    shape: 'round-rectangle',
    'background-color': '#e5f0fa',
    'border-color': '#005a8e',
    color: '#10202e',
    'font-size': 13,
    'font-weight': 400,
  },
  evidence: {
    shape: 'rectangle',
    'background-color': '#fff3d4',
    'border-color': '#8a5a00',
    color: '#2a1d00',
    'font-size': 13,
    'font-weight': 400,
  },
  authority: {
    shape: 'cut-rectangle',
    'background-color': '#f5e9f3',
    'border-color': '#8b3a78',
    color: '#2b0f25',
    'font-size': 12,
    'font-weight': 400,
  },
};

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
      'line-color': '#0067a5',
    });
    expect(opposes).toMatchObject({
      'line-style': 'dashed',
      'target-arrow-shape': 'tee',
      'line-color': '#c03c00',
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

  it('draws each kind with its own shape, colours and font', () => {
    // Hand-written, not read from the palette: a changed constant fails here.
    for (const kind of NODE_KINDS) expect(rule(`node.${kind}`), kind).toEqual(KIND_RULES[kind]);
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
      expect(node.style('shape')).toBe(KIND_RULES[kind].shape);
      expect(node.style('min-zoomed-font-size')).toBe('7px');
      expect(node.width()).toBe(100);
      expect(node.height()).toBe(40);
    }
    expect(cy.getElementById('thesis').style('border-width')).toBe('3px');
    expect(cy.getElementById('claim').style('border-width')).toBe('1.5px');
    const held = cy.getElementById('held');
    expect(held.style('border-style')).toBe('double');
    // `node.held` comes after `node.claim`, so its colours win.
    expect(held.style('background-color')).toBe(rgb('#fbeee9'));
    expect(held.style('border-color')).toBe(rgb('#9c3a12'));
    expect(cy.getElementById('claim').style('background-color')).toBe(rgb('#e5f0fa'));
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
