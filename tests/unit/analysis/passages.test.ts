import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quoteSpans, sourcePieces, type Piece } from '../../../src/lib/analysis/passages';
import type { NodeKind, Statement } from '../../../src/lib/model/types';
import { letterMap } from '../../support/maps';

const statement = (id: string, quote: string | undefined, kind: NodeKind = 'claim'): Statement => ({
  id,
  kind,
  label: id,
  ...(quote === undefined ? {} : { quote }),
});

const joined = (pieces: Piece[]) => pieces.map((piece) => piece.text).join('');

describe('quoteSpans', () => {
  it('finds each quote where it stands, as offsets into the text', () => {
    const text = 'One. Two three. Four.';
    const spans = quoteSpans(text, { nodes: [statement('a', 'Two three.')] });
    expect(spans).toEqual([{ start: 5, end: 15, node: 'a', kind: 'claim' }]);
    expect(text.slice(5, 15)).toBe('Two three.');
  });

  it('matches across line breaks and runs of spaces, as the validator does', () => {
    const text = 'It said:\n  that   the\nparty\tgrew.\n';
    const [span] = quoteSpans(text, { nodes: [statement('a', 'that the party grew.')] });
    expect(text.slice(span!.start, span!.end)).toBe('that   the\nparty\tgrew.');
  });

  it('leaves out statements with no quote, an empty one, or one not in the text', () => {
    const spans = quoteSpans('Only this.', {
      nodes: [statement('a', undefined), statement('b', '  '), statement('c', 'Not there.')],
    });
    expect(spans).toEqual([]);
  });
});

describe('sourcePieces', () => {
  it('cuts the text into plain text and passages, losing nothing', () => {
    const text = 'Before. Quoted part. After.';
    const pieces = sourcePieces(text, { nodes: [statement('a', 'Quoted part.', 'evidence')] });
    expect(pieces).toEqual([
      { type: 'text', text: 'Before. ' },
      { type: 'passage', text: 'Quoted part.', node: 'a', kind: 'evidence', nodes: ['a'] },
      { type: 'text', text: ' After.' },
    ]);
  });

  it('gives overlapping quotes to the closest statement, listing every statement that covers it', () => {
    const text = 'A long quote with a short one inside it.';
    const pieces = sourcePieces(text, {
      nodes: [
        statement('long', 'A long quote with a short one inside it.'),
        statement('short', 'short one'),
      ],
    });
    expect(joined(pieces)).toBe(text);
    const inner = pieces.find((piece) => piece.text === 'short one');
    expect(inner).toMatchObject({ type: 'passage', node: 'short', nodes: ['long', 'short'] });
    expect(
      pieces.filter((piece) => piece.type === 'passage' && piece.node === 'long'),
    ).toHaveLength(2);
  });

  it('marks footnotes that a source cites, and only those', () => {
    const text = 'As argued.[2] Elsewhere.[3]';
    const cited: Statement = {
      ...statement('src', undefined, 'authority'),
      citation: { footnote: 2, title: 'T' },
    };
    const pieces = sourcePieces(text, { nodes: [cited] });
    expect(pieces).toEqual([
      { type: 'text', text: 'As argued.' },
      { type: 'footnote', text: '[2]', number: 2, nodes: ['src'] },
      { type: 'text', text: ' Elsewhere.[3]' },
    ]);
  });

  it('names every source citing one footnote (Ibid. repeats a work)', () => {
    const a: Statement = {
      ...statement('a', undefined, 'authority'),
      citation: { footnote: [4, 5], title: 'A' },
    };
    const b: Statement = {
      ...statement('b', undefined, 'authority'),
      citation: { footnote: 5, title: 'B' },
    };
    const pieces = sourcePieces('x[4] y[5]', { nodes: [a, b] });
    expect(pieces.filter((piece) => piece.type === 'footnote')).toEqual([
      { type: 'footnote', text: '[4]', number: 4, nodes: ['a'] },
      { type: 'footnote', text: '[5]', number: 5, nodes: ['a', 'b'] },
    ]);
  });

  it('is one plain piece for a text nothing quotes, and nothing for no text', () => {
    expect(sourcePieces('Plain.', { nodes: [] })).toEqual([{ type: 'text', text: 'Plain.' }]);
    expect(sourcePieces('', { nodes: [] })).toEqual([]);
  });
});

describe('the letter', () => {
  const text = readFileSync(
    new URL('../../../data/sources/three-takeaways.txt', import.meta.url),
    'utf8',
  );
  const pieces = sourcePieces(text, letterMap);
  const quoted = letterMap.nodes.filter((node) => node.quote !== undefined);

  it('finds every quote in the text', () => {
    expect(quoted.length).toBeGreaterThan(100);
    expect(
      quoteSpans(text, letterMap)
        .map((span) => span.node)
        .sort(),
    ).toEqual(quoted.map((node) => node.id).sort());
  });

  it('gives every quoting statement a stretch of its own, and keeps the text whole', () => {
    expect(joined(pieces)).toBe(text);
    // Each is the closest statement of some stretch, so a click there selects it.
    const own = new Set(pieces.flatMap((piece) => (piece.type === 'passage' ? [piece.node] : [])));
    expect([...own].sort()).toEqual(quoted.map((node) => node.id).sort());
  });

  it('links all 15 footnote numbers to their sources', () => {
    const numbers = new Set(
      pieces.flatMap((piece) => (piece.type === 'footnote' ? [piece.number] : [])),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });
});
