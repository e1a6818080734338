import { describe, expect, it } from 'vitest';
import { ViewerState } from '../../../src/lib/state/viewer.svelte';
import { foldBelow } from '../../../src/lib/analysis/fold';
import { letterMap } from '../../support/maps';

/** A viewer as the canvas leaves it on a laptop: opened folded to the roots and their reasons. */
function opened(): ViewerState {
  const viewer = new ViewerState(letterMap);
  viewer.openingFold = foldBelow(letterMap, 1);
  return viewer;
}

const sorted = (set: Iterable<string>) => [...set].sort();
const T2 = 't2-takeaway';

describe('ViewerState: folds', () => {
  it('writes nothing for the opening view’s folds', () => {
    const viewer = opened();
    expect(viewer.folded).toBeNull();
    expect(viewer.foldState!.shown.has(T2)).toBe(true);
    expect(viewer.hash).toBe('');
  });

  it('unfolds one more level, and the address names the one statement left open', () => {
    const viewer = opened();
    viewer.toggleFold(T2);
    expect(viewer.anchor).toBe(T2);
    const reasons = viewer.reasons.get(T2)!;
    for (const reason of reasons) expect(viewer.foldState!.shown.has(reason)).toBe(true);
    // Each reason with reasons of its own is still folded.
    const badges = [...viewer.foldState!.summaries.keys()];
    for (const reason of reasons) {
      if (viewer.reasons.get(reason)!.length > 0) expect(badges).toContain(reason);
    }
    // Open: the roots, as the opening view had them, and the takeaway.
    const open = new URLSearchParams(viewer.hash.slice(1)).get('unfolded')!.split(',');
    expect(open).toContain(T2);
    expect(open).toContain('thesis');
    expect(open.length).toBeLessThan(6);
    expect(open.length).toBeLessThan(viewer.folded!.size);
  });

  it('reads the address back to the same folds, whichever way it was written', () => {
    const viewer = opened();
    viewer.toggleFold(T2);
    const again = new ViewerState(letterMap);
    again.applyHash(viewer.hash);
    expect(sorted(again.effectiveFold)).toEqual(sorted(viewer.folded!));
    const few = new ViewerState(letterMap);
    few.applyHash('#fold=thesis');
    expect(few.foldState!.shown.has('thesis')).toBe(true);
    expect(few.foldState!.shown.has(T2)).toBe(false);
    expect(few.hash).toBe('#fold=thesis');
  });

  it('restores the same view when a fold is undone', () => {
    const viewer = opened();
    viewer.toggleFold(T2);
    const before = sorted(viewer.foldState!.shown);
    viewer.toggleFold('thesis');
    expect(viewer.foldState!.shown.size).toBeLessThan(before.length);
    viewer.toggleFold('thesis');
    expect(sorted(viewer.foldState!.shown)).toEqual(before);
  });

  it('unfolds what hides a statement that is selected, holding the last selection still', () => {
    const viewer = opened();
    viewer.select('thesis');
    const deep = 't2-1912-basis-for-split';
    expect(viewer.foldState!.shown.has(deep)).toBe(false);
    viewer.select(deep);
    expect(viewer.foldState!.shown.has(deep)).toBe(true);
    expect(viewer.anchor).toBe('thesis');
    expect(viewer.selected).toBe(deep);
  });

  it('unfolds everything, and folds to a level, on demand', () => {
    const viewer = opened();
    viewer.expandAll();
    expect(viewer.foldState!.shown.size).toBe(letterMap.nodes.length);
    expect(viewer.hash).toBe('#expand=all');
    viewer.collapseTo(2);
    expect(sorted(viewer.folded!)).toEqual(sorted(foldBelow(letterMap, 2)));
  });

  it('ignores folds naming statements the map does not have', () => {
    const viewer = new ViewerState(letterMap);
    viewer.applyHash('#fold=thesis,nowhere');
    expect(sorted(viewer.folded!)).toEqual(['thesis']);
    viewer.applyHash('#unfolded=nowhere');
    expect(viewer.foldState!.shown.size).toBeLessThan(letterMap.nodes.length);
  });
});

describe('ViewerState: laying out only what the filters leave', () => {
  const section = letterMap.sections[2]!.id;
  const inSection = letterMap.nodes.filter((node) => node.section === section).map((n) => n.id);

  it('hides the rest in place by default', () => {
    const viewer = new ViewerState(letterMap);
    viewer.expandAll();
    viewer.toggleSection(section);
    expect(viewer.displayedMap).toBe(letterMap);
    expect(sorted(viewer.visible.nodes)).toEqual(sorted(inSection));
  });

  it('lays out only the section when asked, and writes it in the address', () => {
    const viewer = new ViewerState(letterMap);
    viewer.expandAll();
    viewer.relayout = true;
    expect(viewer.displayedMap).toBe(letterMap);
    viewer.toggleSection(section);
    expect(sorted(viewer.displayedMap.nodes.map((node) => node.id))).toEqual(sorted(inSection));
    for (const edge of viewer.displayedMap.edges)
      expect(viewer.visible.edges.has(edge.id)).toBe(true);
    expect(viewer.hash).toContain('layout=shown');
  });

  it('still leaves out what is folded', () => {
    const viewer = opened();
    viewer.relayout = true;
    viewer.toggleKind('evidence');
    const shown = viewer.foldState!.shown;
    for (const node of viewer.displayedMap.nodes) {
      expect(shown.has(node.id)).toBe(true);
      expect(node.kind).not.toBe('evidence');
    }
  });
});
