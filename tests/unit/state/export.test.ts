import { describe, expect, it } from 'vitest';
import { ViewerState } from '../../../src/lib/state/viewer.svelte';
import { ExportState } from '../../../src/lib/state/export.svelte';
import type { CanvasController } from '../../../src/lib/state/canvas.svelte';
import { jsonExporter } from '../../../src/lib/io/exporters/json';
import { smallMap } from '../../support/maps';

function setup() {
  const viewer = new ViewerState(smallMap);
  const saved: { name: string; blob: Blob }[] = [];
  // Data exports never touch the canvas.
  const canvas = {} as CanvasController;
  const state = new ExportState(viewer, canvas, (blob, name) => saved.push({ blob, name }));
  return { viewer, state, saved };
}

const idsIn = async (blob: Blob) =>
  (JSON.parse(await blob.text()) as { nodes: { id: string }[] }).nodes.map((node) => node.id);

describe('ExportState: data exports', () => {
  it('exports the whole map whatever the filters, named <map>-whole', async () => {
    const { viewer, state, saved } = setup();
    viewer.toggleKind('evidence');
    state.exportData(jsonExporter);
    expect(saved[0]!.name).toBe('small-trees-whole.json');
    expect(await idsIn(saved[0]!.blob)).toEqual(smallMap.nodes.map((node) => node.id));
    expect(saved[0]!.blob.type).toBe('application/json;charset=utf-8');
  });

  it('exports only what is shown for the current view: filters and focus apply', async () => {
    const { viewer, state, saved } = setup();
    state.options.scope = 'view';
    viewer.toggleKind('evidence');
    state.exportData(jsonExporter);
    expect(saved[0]!.name).toBe('small-trees-view.json');
    expect(await idsIn(saved[0]!.blob)).toEqual([
      'thesis',
      'cooling',
      'heat-study',
      'cost-objection',
    ]);

    viewer.toggleKind('evidence');
    viewer.setFocus('cooling');
    state.exportData(jsonExporter);
    expect(await idsIn(saved[1]!.blob)).toEqual(['thesis', 'cooling', 'heat-study']);
  });
});
