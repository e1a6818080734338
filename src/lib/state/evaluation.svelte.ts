import { evaluateMap, type Supposition } from '../analysis/evaluation';
import { explainInference, explainStatement } from '../analysis/evaluation-reasons';
import type { ArgumentMap } from '../model/types';
import { decodeWhatIf, encodeWhatIf } from './teaching-hash';
import type { ViewerState } from './viewer.svelte';

const NONE: ReadonlyMap<string, Supposition> = new Map();

/**
 * The what-if overlay: whether it is on, what the user supposes, and the
 * labels the evaluation gives (./analysis/evaluation.ts). Suppositions
 * belong to the map they were made on; opening another map drops them.
 */
export class EvaluationState {
  private readonly viewer: ViewerState;
  on = $state(false);
  #made = $state.raw<{ map: ArgumentMap | null; suppositions: ReadonlyMap<string, Supposition> }>({
    map: null,
    suppositions: NONE,
  });
  readonly suppositions = $derived.by(() =>
    this.#made.map === this.viewer.map ? this.#made.suppositions : NONE,
  );
  /** The labels, while the overlay is on. */
  readonly result = $derived.by(() =>
    this.on ? evaluateMap(this.viewer.map, this.suppositions) : null,
  );
  /** What the address records: `suppose=…`, or nothing. */
  readonly hashPart = $derived(encodeWhatIf(this.on, this.suppositions));

  constructor(viewer: ViewerState) {
    this.viewer = viewer;
  }

  /** Supposes a statement accepted or rejected, or (with null) drops the supposition. */
  suppose(id: string, label: Supposition | null): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh map per change, stored raw
    const next = new Map(this.suppositions);
    if (label === null) next.delete(id);
    else next.set(id, label);
    this.#made = { map: this.viewer.map, suppositions: next };
    this.on = true;
  }

  clear(): void {
    this.#made = { map: this.viewer.map, suppositions: NONE };
  }

  /** One sentence on a statement's label; empty while the overlay is off. */
  explainStatement(id: string): string {
    const result = this.result;
    return result === null
      ? ''
      : explainStatement(this.viewer.index, result, this.suppositions, id);
  }

  explainInference(id: string): string {
    const result = this.result;
    return result === null ? '' : explainInference(this.viewer.index, result, id);
  }

  /** Applies the address: `suppose=…` turns the overlay on with those suppositions. */
  applyHash(hash: string): void {
    const { on, suppositions } = decodeWhatIf(hash);
    for (const id of suppositions.keys())
      if (!this.viewer.nodeById.has(id)) suppositions.delete(id);
    this.#made = { map: this.viewer.map, suppositions };
    this.on = on;
  }
}
