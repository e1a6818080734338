import type { NodeKind, Relation } from '../model/types';

/**
 * Colours after the Okabe–Ito palette, darkened where needed so borders and
 * text keep at least 4.5:1 contrast on white. Kind is also carried by shape and
 * relation by line style, so no meaning rests on colour alone.
 */
export const KIND_STYLE: Record<
  NodeKind,
  { fill: string; border: string; text: string; shape: string }
> = {
  thesis: {
    fill: '#1b365d',
    border: '#0b1f3a',
    text: '#ffffff',
    shape: 'round-rectangle',
  },
  claim: {
    fill: '#e5f0fa',
    border: '#005a8e',
    text: '#10202e',
    shape: 'round-rectangle',
  },
  evidence: {
    fill: '#fff3d4',
    border: '#8a5a00',
    text: '#2a1d00',
    shape: 'rectangle',
  },
  authority: {
    fill: '#f5e9f3',
    border: '#8b3a78',
    text: '#2b0f25',
    shape: 'cut-rectangle',
  },
};

export const RELATION_STYLE: Record<
  Relation,
  { colour: string; line: 'solid' | 'dashed'; arrow: 'triangle' | 'tee' }
> = {
  supports: { colour: '#0067a5', line: 'solid', arrow: 'triangle' },
  opposes: { colour: '#c03c00', line: 'dashed', arrow: 'tee' },
};

/** Positions held by someone other than the author. */
export const HELD_STYLE = { fill: '#fbeee9', border: '#9c3a12', text: '#2a1209' } as const;

/** Unstated premises: hollow, so they read as supplied rather than said (border and text keep their kind's colours). */
export const IMPLICIT_STYLE = { fill: '#ffffff' } as const;

/** Fold badges: white on slate, 10:1, and apart from every kind's colour. */
export const FOLD_BADGE_COLOUR = '#334155';

export const SELECTION_COLOUR = '#111827';
