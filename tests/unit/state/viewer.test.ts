import { describe, expect, it } from 'vitest';
import { ViewerState } from '../../../src/lib/state/viewer.svelte';
import { smallMap } from '../../support/maps';

// small.json: thesis ← cooling ← heat-study (supports); thesis ⊣ cost-objection ⊣ cheaper (opposes).
const fresh = () => new ViewerState(smallMap);

describe('ViewerState: the derived chain', () => {
  it('shows everything by default', () => {
    const viewer = fresh();
    expect([...viewer.visible.nodes].sort()).toEqual(
      ['cheaper', 'cooling', 'cost-objection', 'heat-study', 'thesis'].sort(),
    );
    expect(viewer.displayedMap).toBe(smallMap);
  });

  it('hides a kind, and the edges that touch it, when the kind is toggled off', () => {
    const viewer = fresh();
    viewer.toggleKind('evidence');
    expect(viewer.visible.nodes.has('cheaper')).toBe(false);
    expect(viewer.visible.edges.has('e4')).toBe(false);
    expect(viewer.visible.edges.has('e3')).toBe(true);
    viewer.toggleKind('evidence');
    expect(viewer.visible.nodes.has('cheaper')).toBe(true);
  });

  it('hides a relation when it is toggled off', () => {
    const viewer = fresh();
    viewer.toggleRelation('opposes');
    expect([...viewer.visible.edges].sort()).toEqual(['e1', 'e2']);
  });

  it('lays out only the focused line of argument', () => {
    const viewer = fresh();
    viewer.setFocus('cooling');
    expect(viewer.displayedMap.nodes.map((node) => node.id).sort()).toEqual(
      ['cooling', 'heat-study', 'thesis'].sort(),
    );
    expect([...viewer.visible.nodes].sort()).toEqual(['cooling', 'heat-study', 'thesis'].sort());
    viewer.setFocus(null);
    expect(viewer.displayedMap).toBe(smallMap);
  });

  it('finds search hits and looks up the selected statement', () => {
    const viewer = fresh();
    viewer.query = 'cheaper';
    expect(viewer.hits.map((hit) => hit.node.id)).toContain('cheaper');
    viewer.select('cooling');
    expect(viewer.selectedNode?.id).toBe('cooling');
  });
});

describe('ViewerState: selection', () => {
  it('ignores ids the map does not have', () => {
    const viewer = fresh();
    viewer.select('cooling');
    viewer.select('no-such-node');
    expect(viewer.selected).toBe('cooling');
  });

  it('records a fresh selection on every call, so revealing the same statement again is a change', () => {
    const viewer = fresh();
    viewer.select('cooling', false);
    const first = viewer.selection;
    viewer.select('cooling', true);
    expect(viewer.selection).not.toBe(first);
    expect(viewer.selection).toEqual({ id: 'cooling', pan: true });
  });

  it('asks to reveal the selection when everything is shown again', () => {
    const viewer = fresh();
    viewer.select('cheaper', false);
    viewer.toggleKind('evidence');
    viewer.showAll();
    expect(viewer.visible.nodes.has('cheaper')).toBe(true);
    expect(viewer.selection).toEqual({ id: 'cheaper', pan: true });
  });
});

describe('ViewerState: keyboard steps', () => {
  it('starts at the thesis', () => {
    const viewer = fresh();
    expect(viewer.stepWithKey('ArrowDown')).toBe(true);
    expect(viewer.selected).toBe('thesis');
  });

  it('walks down to the first reason, sideways to its sibling and back up', () => {
    const viewer = fresh();
    viewer.select('thesis');
    viewer.stepWithKey('ArrowDown');
    expect(viewer.selected).toBe('cooling');
    viewer.stepWithKey('ArrowRight');
    expect(viewer.selected).toBe('cost-objection');
    viewer.stepWithKey('ArrowDown');
    expect(viewer.selected).toBe('cheaper');
    viewer.stepWithKey('ArrowUp');
    expect(viewer.selected).toBe('cost-objection');
  });

  it('does not step onto a statement the filters hide', () => {
    const viewer = fresh();
    viewer.toggleKind('evidence');
    viewer.select('cost-objection');
    viewer.stepWithKey('ArrowDown');
    expect(viewer.selected).toBe('cost-objection');
  });

  it('leaves keys that are not steps alone', () => {
    const viewer = fresh();
    expect(viewer.stepWithKey('a')).toBe(false);
    expect(viewer.selected).toBeNull();
  });
});

describe('ViewerState: the address', () => {
  it('applies known ids and drops unknown ones', () => {
    const viewer = fresh();
    viewer.applyHash('#node=cooling&focus=cost-objection&dir=LR&kinds=thesis,claim');
    expect(viewer.selected).toBe('cooling');
    expect(viewer.focus).toBe('cost-objection');
    expect(viewer.direction).toBe('LR');
    expect([...viewer.filters.kinds].sort()).toEqual(['claim', 'thesis']);

    viewer.applyHash('#node=ghost&focus=ghost');
    expect(viewer.selected).toBeNull();
    expect(viewer.focus).toBeNull();
    expect(viewer.direction).toBe('TB');
  });

  it('writes back what it read', () => {
    const viewer = fresh();
    viewer.applyHash('#node=cooling&dir=LR&focus=cooling');
    expect(viewer.hash).toBe('#node=cooling&dir=LR&focus=cooling');
  });
});

/** What opening a file adds to its notice: that no address carries it. */
const NOT_IN_A_LINK =
  ' A link cannot carry a file from your computer: a reload opens the map the address names.';

describe('ViewerState: replacing the map', () => {
  it('starts the new map from a clean view', () => {
    const viewer = fresh();
    viewer.select('cooling');
    viewer.setFocus('cooling');
    viewer.query = 'heat';
    viewer.toggleKind('claim');
    const other = { ...smallMap, id: 'other', title: 'Other' };
    viewer.replaceMap(other);
    expect(viewer.map).toBe(other);
    expect(viewer.selection).toEqual({ id: null, pan: false });
    expect(viewer.focus).toBeNull();
    expect(viewer.query).toBe('');
    expect(viewer.filters.kinds.has('claim')).toBe(true);
  });

  it('keeps the current map and reports every problem when a file cannot be opened', async () => {
    const viewer = fresh();
    const bad = new File(['{"schemaVersion": 1, "nodes": ['], 'broken.json', {
      type: 'application/json',
    });
    expect(await viewer.openFile(bad)).toBe(false);
    expect(viewer.map).toBe(smallMap);
    expect(viewer.notice?.tone).toBe('error');
    expect(viewer.notice?.text).toBe(
      'Could not open broken.json as Warrant JSON. The current map is unchanged.',
    );
    expect(viewer.notice?.details?.[0]).toMatch(/^line 1, column \d+: invalid JSON/);
  });

  it('names the format a file was read as when it cannot be opened', async () => {
    const viewer = fresh();
    const empty = new File(['{"nodes": [], "edges": [], "locutions": []}'], 'empty.json');
    expect(await viewer.openFile(empty)).toBe(false);
    expect(viewer.notice).toEqual({
      tone: 'error',
      text: 'Could not open empty.json as AIF JSON (AIFdb, OVA). The current map is unchanged.',
      details: ['$.nodes: this AIF file is empty: it has no nodes'],
    });
  });

  it('lists what an import left out under the notice', async () => {
    const viewer = fresh();
    const aif = {
      nodes: [
        { nodeID: '1', text: 'Claim', type: 'I' },
        { nodeID: '2', text: 'Bob : Claim', type: 'L' },
        { nodeID: '3', text: 'Asserting', type: 'YA' },
      ],
      edges: [
        { edgeID: '1', fromID: '2', toID: '3' },
        { edgeID: '2', fromID: '3', toID: '1' },
      ],
    };
    expect(await viewer.openFile(new File([JSON.stringify(aif)], 'talk.json'))).toBe(true);
    expect(viewer.map.nodes).toEqual([
      { id: '1', kind: 'claim', label: 'Claim', order: 1, holder: 'Bob' },
    ]);
    expect(viewer.notice).toEqual({
      tone: 'info',
      text: `Opened talk.json: 1 statements, 0 relations.${NOT_IN_A_LINK}`,
      details: [
        '$.nodes: this file has no inferences (RA or CA nodes): its one proposition opens as an unconnected statement',
        '$.nodes: the dialogue is not shown: 1 locution (L), 1 illocution (YA); one statement names its speaker as holder',
      ],
    });
  });

  it('opens a good file in place of the current map, and says what it holds', async () => {
    const viewer = fresh();
    const other = { ...smallMap, id: 'other-map' };
    const file = new File([JSON.stringify(other)], 'other.json', { type: 'application/json' });
    expect(await viewer.openFile(file)).toBe(true);
    expect(viewer.map.id).toBe('other-map');
    expect(viewer.notice).toEqual({
      tone: 'info',
      text: `Opened other.json: 5 statements, 4 relations.${NOT_IN_A_LINK}`,
    });
    expect(viewer.origin).toEqual({ type: 'file', name: 'other.json' });
  });
});
