import { getContext, setContext } from 'svelte';
import type { ArgumentMap, Statement, NodeKind, Relation } from '../model/types';
import {
  applyFilters,
  defaultFilters,
  isDefaultFilters,
  subMap,
  type Filters,
} from '../analysis/filters';
import { argumentLine, narrowToLine } from '../analysis/focus';
import { foldBelow, foldView, reasonsIndex, unfoldToReveal } from '../analysis/fold';
import { indexMap } from '../model/inference';
import { searchNodes } from '../analysis/search';
import { buildAdjacency, step, stepForKey } from '../analysis/navigation';
import { decodeViewState, encodeViewState, type FoldSpec, type ViewState } from './url-state';
import { openAddressInto, openFileInto } from './open-into';
import type { Direction } from '../graph/direction';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
  details?: string[];
}

/**
 * Where the map on screen came from: the default map, an address on this
 * site (`?map=PATH`, which a link carries), or a file from this computer,
 * which no link can carry.
 */
export type MapOrigin =
  { type: 'default' } | { type: 'address'; path: string } | { type: 'file'; name: string };

/** The selected statement, and whether the canvas should bring it into view. */
export interface Selection {
  id: string | null;
  pan: boolean;
}

/** A set that is replaced, never changed: state holds it raw, so it needs no reactivity of its own. */

const setOf = <T>(items: Iterable<T> = []): ReadonlySet<T> => new Set(items);

/** Filters hold immutable sets: each toggle makes a new one, so plain `Set` is right here. */
const toggled = <T>(set: ReadonlySet<T>, value: T): Set<T> => {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
};

/**
 * The viewer's single source of truth: which map, what is selected, filtered
 * and searched. Components read it through context; the canvas controller
 * follows it and reports clicks back.
 */
export class ViewerState {
  map = $state.raw<ArgumentMap>() as ArgumentMap;
  /** Replaced on every `select`, so asking to reveal the same statement again is a change too. */
  selection = $state.raw<Selection>({ id: null, pan: false });
  readonly selected = $derived(this.selection.id);
  filters = $state.raw<Filters>(defaultFilters());
  direction = $state<Direction>('TB');
  query = $state('');
  /** The graph, or the same argument as an indented outline (for reading aloud and for print). */
  mode = $state<'map' | 'outline'>('map');
  /** A message for the user (an import error, a capped export), shown until dismissed. */
  notice = $state.raw<Notice | null>(null);
  /** Where the map came from, so a copied link can say whether it carries it. */
  origin = $state.raw<MapOrigin>({ type: 'default' });
  /** The statement the keyboard last came down from, for sideways steps. */
  #via: string | null = null;

  /** Where this map's source text can be fetched (same origin), if it has one. */
  sourceUrl = $state<string | null>(null);
  /** The source text is shown beside the map. */
  sourceOpen = $state(false);
  /** The statement under the pointer, on the canvas or in the source text: the other lights it up. */
  hovered = $state<string | null>(null);
  /** The side panel (details or overview) is shown; it can be hidden on wide screens. */
  panelOpen = $state(true);
  /** On tablets and phones the source text is a tab beside the details: which of the two is in front. */
  sheet = $state<'details' | 'source'>('details');

  /** Bumped to ask the search box to take focus (the `/` shortcut). */
  searchRequests = $state(0);

  /** When set, only this statement's line of argument is shown. */
  focus = $state<string | null>(null);

  /** Statements and inferences by id; rebuilt, never mutated, so it needs no reactive Map. */
  readonly index = $derived(indexMap(this.map));
  readonly nodeById = $derived(this.index.nodes);
  /** The focused line of argument, if a focus is set and names a node of this map. */
  readonly line = $derived(
    this.focus !== null && this.nodeById.has(this.focus)
      ? argumentLine(this.map, this.focus)
      : null,
  );
  /** Folds the user chose; null until they choose, when the opening view's folds apply. */
  folded = $state.raw<ReadonlySet<string> | null>(null);
  /** The folds that let the whole map be read on this screen (the canvas decides them). */
  openingFold = $state.raw<ReadonlySet<string>>(setOf());
  readonly effectiveFold = $derived(this.folded ?? this.openingFold);
  /** Each statement's reasons, through any inference. */
  readonly reasons = $derived(reasonsIndex(this.map));
  /** What is in view with the folds applied, and what each fold hides. A focused line is never folded. */
  readonly foldState = $derived(this.line === null ? foldView(this.map, this.effectiveFold) : null);
  /** Filters lay out afresh only what they leave (so one section alone is compact), rather than hiding the rest in place. */
  relayout = $state(false);
  /** What the canvas lays out: the map as folded (and filtered, with `relayout`), or the focused line on its own. */
  readonly displayedMap = $derived.by(() => {
    if (this.line !== null) return subMap(this.map, this.line);
    const shown = this.foldState!.shown;
    if (this.relayout && !isDefaultFilters(this.filters)) {
      const { nodes, edges } = this.visible;
      return subMap(this.map, setOf([...shown].filter((id) => nodes.has(id))), edges);
    }
    return shown.size < this.map.nodes.length ? subMap(this.map, shown) : this.map;
  });
  readonly visible = $derived.by(() => {
    const filtered = applyFilters(this.map, this.filters);
    return this.line === null ? filtered : narrowToLine(this.map, filtered, this.line);
  });
  readonly hits = $derived(searchNodes(this.map.nodes, this.query));
  readonly adjacency = $derived(buildAdjacency(this.map, this.visible.edges));
  readonly selectedNode = $derived<Statement | undefined>(
    this.selected === null ? undefined : this.nodeById.get(this.selected),
  );
  readonly sectionTitle = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Map(this.map.sections.map((section) => [section.id, section.title])),
  );

  constructor(
    map: ArgumentMap,
    sourceUrl: string | null = null,
    origin: MapOrigin = { type: 'default' },
  ) {
    this.map = map;
    this.sourceUrl = sourceUrl;
    this.origin = origin;
  }

  select(id: string | null, pan = true): void {
    if (id !== null && !this.nodeById.has(id)) return;
    if (id !== null) this.reveal(id);
    this.#via = null;
    if (id !== null) this.panelOpen = true;
    this.selection = { id, pan };
  }

  /** Unfolds whatever keeps a statement out of view (search, keys and links reach into folds). */
  reveal(id: string): void {
    const state = this.foldState;
    if (state === null || state.shown.has(id)) return;
    this.anchor = this.selected;
    this.folded = unfoldToReveal(this.map, this.effectiveFold, id);
  }

  /**
   * The statement the user last folded or unfolded: the canvas keeps it
   * still on screen while the rest moves. Read once, by the canvas.
   */
  anchor: string | null = null;

  /** Folds a statement's reasons away behind it, or unfolds them. */
  toggleFold(id: string): void {
    if (!this.nodeById.has(id)) return;
    this.anchor = id;
    this.folded = toggled(this.effectiveFold, id);
  }

  isFolded(id: string): boolean {
    return this.effectiveFold.has(id);
  }

  /** Everything unfolded. */
  expandAll(): void {
    this.folded = setOf();
  }

  /** Everything folded below `depth` levels of reasons (1: the roots and their direct reasons). */
  collapseTo(depth: number): void {
    this.folded = foldBelow(this.map, depth);
  }

  focusSearch(): void {
    this.searchRequests++;
  }

  toggleKind(kind: NodeKind): void {
    this.filters = { ...this.filters, kinds: toggled(this.filters.kinds, kind) };
  }

  toggleRelation(relation: Relation): void {
    this.filters = { ...this.filters, relations: toggled(this.filters.relations, relation) };
  }

  toggleSection(section: string): void {
    this.filters = { ...this.filters, sections: toggled(this.filters.sections, section) };
  }

  /**
   * Shows another map. The caller has validated it, so a bad file never gets
   * here and the map on screen stays as it was.
   */
  replaceMap(map: ArgumentMap, sourceUrl: string | null = null): void {
    this.sourceUrl = sourceUrl;
    if (sourceUrl === null) this.sourceOpen = false;
    this.selection = { id: null, pan: false };
    // Folds name this map's statements; "everything unfolded" holds for any map.
    if (this.folded !== null && this.folded.size > 0) this.folded = null;
    this.focus = null;
    this.query = '';
    this.filters = defaultFilters();
    this.map = map;
  }

  /** Opens a file from this computer through the importers (./open-into.ts). */
  openFile(file: File): Promise<boolean> {
    return openFileInto(this, file);
  }

  /** Opens a map from this site by its address, which the page's address then carries (./open-into.ts). */
  openAddress(path: string, base: string): Promise<boolean> {
    return openAddressInto(this, path, base);
  }

  /** Clears the filters and focus, and brings the selection into view once the canvas shows it again. */
  showAll(): void {
    this.filters = defaultFilters();
    this.focus = null;
    if (this.selected !== null) this.select(this.selected, true);
  }

  /** Shows only one statement's line of argument (or everything again), fitted to the screen. */
  setFocus(id: string | null): void {
    this.focus = id;
    // The line opens whole; revealing the selection would zoom in on one statement of it.
    if (id !== null && this.selection.pan) this.selection = { id: this.selected, pan: false };
  }

  /** Switches between the graph and the outline; back on the graph, the selection is in view. */
  toggleOutline(): void {
    this.mode = this.mode === 'map' ? 'outline' : 'map';
    if (this.mode === 'map' && this.selected !== null) this.select(this.selected, true);
  }

  /** Everything shown, nothing selected (the canvas then returns to its opening view). */
  reset(): void {
    this.query = '';
    this.filters = defaultFilters();
    this.focus = null;
    this.folded = null;
    this.select(null);
  }

  /** Moves the selection along the argument with an arrow key. Returns whether it handled the key. */
  stepWithKey(key: string): boolean {
    const move = stepForKey(key, this.direction);
    if (move === undefined) return false;
    if (this.selected === null) {
      const thesis = this.map.nodes.find((node) => node.kind === 'thesis') ?? this.map.nodes[0];
      if (thesis) this.select(thesis.id);
      return true;
    }
    const from = this.selected;
    const next = step(this.adjacency, from, move, this.#via ?? undefined);
    if (next !== from && this.visible.nodes.has(next)) {
      this.select(next);
      // Going down remembers the parent; going up or sideways keeps the parent we had.
      this.#via = move === 'child' ? from : move === 'parent' ? null : this.#via;
    }
    return true;
  }

  get viewState(): ViewState {
    return {
      selected: this.selected,
      filters: this.filters,
      direction: this.direction,
      focus: this.focus,
      fold: this.#foldSpec(),
      source: this.sourceOpen && this.sourceUrl !== null,
      relayout: this.relayout,
    };
  }

  /** The statements that have reasons to fold. */
  readonly foldable = $derived(
    setOf([...this.reasons].filter(([, reasons]) => reasons.length > 0).map(([id]) => id)),
  );

  /** The folds for the address: whichever of the folded and the still open statements is the shorter list. */
  #foldSpec(): FoldSpec | null {
    if (this.folded === null) return null;
    const folded = setOf([...this.folded].filter((id) => this.foldable.has(id)));
    const open = [...this.foldable].filter((id) => !folded.has(id));
    return folded.size > 0 && open.length < folded.size
      ? { kind: 'unfolded', ids: setOf(open) }
      : { kind: 'folded', ids: folded };
  }

  get hash(): string {
    return encodeViewState(this.viewState);
  }

  /** Applies a URL hash (on load, and on back/forward). */
  applyHash(hash: string): void {
    const state = decodeViewState(hash);
    this.filters = state.filters;
    this.direction = state.direction;
    this.sourceOpen = state.source && this.sourceUrl !== null;
    this.relayout = state.relayout;
    this.focus = state.focus !== null && this.nodeById.has(state.focus) ? state.focus : null;
    const named = (ids: ReadonlySet<string>) => [...ids].filter((id) => this.nodeById.has(id));
    this.folded =
      state.fold === null
        ? null
        : state.fold.kind === 'folded'
          ? setOf(named(state.fold.ids))
          : setOf([...this.foldable].filter((id) => !state.fold!.ids.has(id)));
    const selected =
      state.selected !== null && this.nodeById.has(state.selected) ? state.selected : null;
    // A focused line opens whole, so the selection is not revealed at a zoom that hides the rest.
    this.select(selected, this.focus === null);
  }
}

const KEY = Symbol('viewer');

export const setViewer = (viewer: ViewerState): ViewerState => setContext(KEY, viewer);
export const getViewer = (): ViewerState => getContext<ViewerState>(KEY);
