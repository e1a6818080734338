import { describe, expect, it } from 'vitest';
import { announceSelection } from '../../../src/lib/analysis/announce';
import { indexMap } from '../../../src/lib/model/inference';
import type { ArgumentMap } from '../../../src/lib/model/types';

const map = {
  nodes: [
    { id: 't', kind: 'thesis', label: 'Plant trees' },
    { id: 'a', kind: 'claim', label: 'Trees cool streets' },
    { id: 'b', kind: 'evidence', label: 'Streets were 3° cooler' },
    { id: 'c', kind: 'claim', label: 'Trees cost too much', holder: 'Critics' },
    { id: 'u', kind: 'claim', label: 'Cooling is seasonal' },
    { id: 'x', kind: 'claim', label: 'Unrelated' },
    { id: 'd', kind: 'claim', label: 'Trees raise house prices' },
  ],
  edges: [
    { id: 'e1', from: 'a', to: 't', relation: 'supports' },
    { id: 'e2', from: 'b', to: 'a', relation: 'supports' },
    { id: 'e3', from: 'c', to: 't', relation: 'opposes' },
    { id: 'e4', from: 'u', to: 'e1', relation: 'opposes' },
    { id: 'e5', from: 'd', to: 't', relation: 'supports' },
  ],
} as unknown as ArgumentMap;
const index = indexMap(map);
const say = (current: string | null, previous: string | null) =>
  announceSelection(index, current, previous);

describe('announceSelection', () => {
  it('names the kind and label of a first selection', () => {
    expect(say('t', null)).toBe('Thesis: Plant trees.');
    expect(say('c', null)).toBe('Claim held by Critics: Trees cost too much.');
  });

  it('says how the statement relates to the one selected before', () => {
    // Down from the thesis to a reason, and back up.
    expect(say('a', 't')).toBe('Claim: Trees cool streets. It supports “Plant trees”.');
    expect(say('t', 'a')).toBe('Thesis: Plant trees. “Trees cool streets” supports it.');
    expect(say('c', 't')).toBe(
      'Claim held by Critics: Trees cost too much. It opposes “Plant trees”.',
    );
    // Sideways, between two reasons for the same statement.
    expect(say('c', 'a')).toBe(
      'Claim held by Critics: Trees cost too much. It opposes “Plant trees”; “Trees cool streets” supports it.',
    );
    expect(say('a', 'u')).toBe(
      'Claim: Trees cool streets. It supports “Plant trees”; “Cooling is seasonal” undercuts the step to it.',
    );
    expect(say('d', 'a')).toBe(
      'Claim: Trees raise house prices. It supports “Plant trees”, as “Trees cool streets” does.',
    );
    // An undercut attacks the step to the thesis.
    expect(say('u', 't')).toBe(
      'Claim: Cooling is seasonal. It undercuts the step to “Plant trees”.',
    );
    expect(say('x', 'b')).toBe(
      'Claim: Unrelated. It is not directly linked to “Streets were 3° cooler”.',
    );
  });

  it('says nothing when the selection is cleared or unknown', () => {
    expect(say(null, 't')).toBe('');
    expect(say('ghost', 't')).toBe('');
    expect(say('t', 't')).toBe('Thesis: Plant trees.');
  });
});
