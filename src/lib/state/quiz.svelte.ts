import { numberBoxes, quizStatements, type QuizPreset } from '../analysis/quiz';
import type { ArgumentMap } from '../model/types';
import type { ViewerState } from './viewer.svelte';

const NONE: ReadonlySet<string> = new Set();

/** A fresh set with `id` added or removed; sets here are replaced, never changed. */
const toggled = (set: ReadonlySet<string>, id: string, on: boolean): ReadonlySet<string> => {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, stored raw
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
};

/**
 * Quiz mode: the labels of chosen statements are hidden behind numbered
 * boxes until revealed one by one. The choice is a preset (all evidence,
 * every second level) or a hand-picked set; picks and reveals belong to the
 * map they were made on.
 */
export class QuizState {
  private readonly viewer: ViewerState;
  on = $state(false);
  preset = $state<QuizPreset>('evidence');
  #picked = $state.raw<{ map: ArgumentMap | null; ids: ReadonlySet<string> }>({
    map: null,
    ids: NONE,
  });
  #revealed = $state.raw<{ map: ArgumentMap | null; ids: ReadonlySet<string> }>({
    map: null,
    ids: NONE,
  });
  readonly picked = $derived.by(() =>
    this.#picked.map === this.viewer.map ? this.#picked.ids : NONE,
  );
  readonly revealed = $derived.by(() =>
    this.#revealed.map === this.viewer.map ? this.#revealed.ids : NONE,
  );
  /** Every statement the quiz covers on the canvas (the focused line, if any), in reading order: the worksheet's boxes. */
  readonly chosen = $derived.by(() =>
    this.on ? quizStatements(this.viewer.displayedMap, this.preset, this.picked) : [],
  );
  /** Box numbers of every chosen statement. */
  readonly numbers = $derived(numberBoxes(this.chosen));
  /** Box numbers of the statements still hidden on screen. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- derived whole, never changed
  readonly hidden = $derived(new Map([...this.numbers].filter(([id]) => !this.revealed.has(id))));

  constructor(viewer: ViewerState) {
    this.viewer = viewer;
  }

  start(preset: QuizPreset = this.preset): void {
    this.preset = preset;
    this.hideAll();
    this.on = true;
  }

  stop(): void {
    this.on = false;
  }

  /** Shows one hidden statement's label; anything not hidden is left alone. */
  reveal(id: string): void {
    if (!this.hidden.has(id)) return;
    this.#revealed = { map: this.viewer.map, ids: toggled(this.revealed, id, true) };
  }

  revealAll(): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, stored raw
    this.#revealed = { map: this.viewer.map, ids: new Set(this.numbers.keys()) };
  }

  hideAll(): void {
    this.#revealed = { map: this.viewer.map, ids: NONE };
  }

  /** Adds a statement to the hand-picked set, or takes it out. */
  pick(id: string, on: boolean): void {
    this.#picked = { map: this.viewer.map, ids: toggled(this.picked, id, on) };
    if (on) this.#revealed = { map: this.viewer.map, ids: toggled(this.revealed, id, false) };
  }
}
