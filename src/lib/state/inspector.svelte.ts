import type { Selection, ViewerState } from './viewer.svelte';

/**
 * The inference shown in the details panel, when one is: picked by clicking
 * its line or junction, or from a statement's details. It lasts until the
 * viewer's selection next changes (a statement is selected, or Esc or a
 * click on the background clears it), so the viewer's own state is untouched.
 */
export class InferenceInspector {
  private readonly viewer: ViewerState;
  #picked = $state.raw<{ id: string; during: Selection } | null>(null);
  readonly id = $derived.by(() =>
    this.#picked !== null &&
    this.#picked.during === this.viewer.selection &&
    this.viewer.index.edges.has(this.#picked.id)
      ? this.#picked.id
      : null,
  );

  constructor(viewer: ViewerState) {
    this.viewer = viewer;
  }

  inspect(id: string): void {
    if (!this.viewer.index.edges.has(id)) return;
    this.viewer.select(null);
    this.#picked = { id, during: this.viewer.selection };
  }

  close(): void {
    this.#picked = null;
  }
}
