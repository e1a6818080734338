import { getContext, setContext, tick, untrack } from 'svelte';
import type { Core } from 'cytoscape';
import type { ArgumentMap } from '../model/types';
import { GraphView } from '../graph/view';
import { toElements } from '../graph/elements';
import { canvasMeasure } from '../graph/text-metrics';
import { MARKS } from '../graph/marks';
import { WORKER_THRESHOLD } from '../graph/layout';
import type { Direction } from '../graph/direction';
import { yieldToMain } from './yield';
import { openingFold } from '../graph/opening';
import { unfoldToReveal } from '../analysis/fold';
import { MinimapView, type MinimapState } from '../graph/minimap-view';
import { watchSelection, type SelectionOnScreen } from '../graph/selection-box';
import { sameSelectionOnScreen } from './overlays';
import type { Selection, ViewerState } from './viewer.svelte';

export type LayoutStatus =
  { phase: 'layout'; nodes: number } | { phase: 'ready' } | { phase: 'failed'; message: string };

/** Above this many statements, the canvas pans from a cached bitmap with edges hidden. */
export const LARGE_MAP = 1000;

/**
 * Owns the canvas: the `GraphView`'s lifecycle and the pipeline from the
 * viewer's state to what is drawn (shown map → elements → layout → visibility
 * → opening view → selection). Components call its actions; nothing else
 * touches the view. Shared through context, like the viewer state.
 */
export class CanvasController {
  status = $state.raw<LayoutStatus>({ phase: 'layout', nodes: 0 });
  #view: GraphView | null = null;
  #container: HTMLElement | null = null;
  #rightInset = 0;
  #bottomInset = 0;
  /** Told when an inference (a line or a junction) is clicked; the teaching tools set it. */
  onInference: ((id: string) => void) | null = null;
  /** The last selection the canvas has brought into view. */
  #revealed: Selection | null = null;
  /** The selected statement's box on screen, and the canvas's size: panels over the map keep clear of it. */
  onScreen = $state.raw<SelectionOnScreen>({
    selected: null,
    screen: { width: 0, height: 0 },
    whole: false,
    statements: [],
  });
  /** What is bound to the Cytoscape core on screen, and bound again when a new one replaces it. */
  // Never read reactively: a plain set is right.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #bindings = new Set<Binding>();

  constructor(private readonly viewer: ViewerState) {}

  /** The Cytoscape core on screen, for exports and scripts; null before mounting. */
  get cy(): Core | null {
    return this.#view?.cy ?? null;
  }

  /** Mounts the canvas in `container` and keeps it in step with the viewer until the returned cleanup runs. */
  attach(container: HTMLElement): () => void {
    this.#container = container;
    const stop = $effect.root(() => {
      // Before the first drawing of a map: how much of it to unfold so it can be read whole.
      $effect(() => {
        const { map, direction } = this.viewer;
        if (untrack(() => this.viewer.folded) !== null || this.#container === null) return;
        const folds = openingFold(map, this.#screen(), direction, canvasMeasure());
        // A statement the address selects is in view from the start.
        const selected = untrack(() => this.viewer.selected);
        this.viewer.openingFold = selected === null ? folds : unfoldToReveal(map, folds, selected);
      });
      $effect(() => this.#rebuild(this.viewer.displayedMap, this.viewer.direction));
      $effect(() => {
        const visible = this.viewer.visible;
        if (this.status.phase === 'ready') this.#view?.applyVisibility(visible);
      });
      $effect(() => {
        const { query, hits } = this.viewer;
        // A fresh set per run, read once: it needs no reactivity of its own.
        // eslint-disable-next-line svelte/prefer-svelte-reactivity
        const ids = new Set(query.trim() === '' ? [] : hits.map((hit) => hit.node.id));
        if (this.status.phase === 'ready') this.#view?.markHits(ids);
      });
      // A statement hovered in the source text lights up on the canvas too.
      $effect(() => {
        const id = this.viewer.hovered;
        if (this.status.phase !== 'ready') return;
        if (id === null) this.#view?.unhighlight();
        else this.#view?.highlightId(id);
      });
      // After visibility, so a statement just shown again can be revealed. A selection is
      // brought into view once, when first drawn: redrawing after a fold must not pan to it
      // again (from where it stood before the fold moved it), undoing the fold's held anchor.
      $effect(() => {
        const selection = this.viewer.selection;
        if (this.status.phase !== 'ready' || this.#view === null) return;
        const { id, pan } = selection;
        this.#view.select(id, pan && selection !== this.#revealed);
        if (id === null || this.#view.cy.getElementById(id).nonempty()) this.#revealed = selection;
      });
    });
    const unwatch = this.#onView((cy) =>
      watchSelection(cy, (state) => {
        if (!sameSelectionOnScreen(state, this.onScreen)) this.onScreen = state;
      }),
    );
    return () => {
      stop();
      unwatch();
      this.#view?.destroy();
      this.#view = null;
      this.#container = null;
    };
  }

  #bind(binding: Binding): void {
    binding.unbind?.();
    binding.unbind = this.#view === null ? undefined : binding.bind(this.#view.cy);
  }

  /** Binds something to the Cytoscape core on screen, now and whenever it is replaced. */
  #onView(bind: (cy: Core) => () => void): () => void {
    const binding: Binding = { bind };
    this.#bindings.add(binding);
    this.#bind(binding);
    return () => {
      binding.unbind?.();
      this.#bindings.delete(binding);
    };
  }

  /**
   * Draws the overview of the map on `canvas`, reporting where the view's
   * rectangle is in it, until `detach` runs; `centreOn` and `panWithKey`
   * move the view from the overview.
   */
  attachMinimap(canvas: HTMLCanvasElement, report: (state: MinimapState) => void): MinimapHandle {
    let minimap: MinimapView | null = null;
    const detach = this.#onView((cy) => {
      const view = new MinimapView(cy, canvas, report);
      minimap = view;
      return () => {
        view.destroy();
        if (minimap === view) minimap = null;
      };
    });
    return {
      centreOn: (at) => minimap?.centreOn(at),
      panWithKey: (key, far) => minimap?.panWithKey(key, far),
      redraw: () => minimap?.schedule(),
      detach,
    };
  }

  /** A view of the right kind for a map of `size` statements: large maps get the faster settings. */
  #viewFor(size: number): GraphView {
    const large = size > LARGE_MAP;
    if (this.#view !== null && this.#view.large === large) return this.#view;
    this.#view?.destroy();
    const view = new GraphView(
      this.#container!,
      {
        onSelect: (id) => this.viewer.select(id, false),
        onClear: () => this.viewer.select(null),
        onUnfold: (id) => this.viewer.toggleFold(id),
        onHover: (id) => (this.viewer.hovered = id),
        onInference: (id) => this.onInference?.(id),
      },
      { large },
    );
    view.setRightInset(this.#rightInset);
    view.setBottomInset(this.#bottomInset);
    this.#view = view;
    for (const binding of this.#bindings) this.#bind(binding);
    // Scripting hook, as in Cytoscape's own demos.
    (window as unknown as { cy: Core }).cy = view.cy;
    return view;
  }

  /** The canvas's size on screen; a fallback before it has one (hidden, or not yet laid out). */
  #screen() {
    const width = this.#container?.clientWidth ?? 0;
    const height = this.#container?.clientHeight ?? 0;
    return width > 0 && height > 0 ? { width, height } : { width: 1024, height: 700 };
  }

  #rebuild(shown: ArgumentMap, direction: Direction): void {
    if (this.#container === null) return;
    const folds = untrack(() => this.viewer.foldState?.summaries);
    // A fold opening or closing changes the drawing in place; anything else draws afresh.
    const anchor = this.viewer.anchor;
    this.viewer.anchor = null;
    const view = this.#viewFor(shown.nodes.length);
    this.status = { phase: 'layout', nodes: shown.nodes.length };
    void (async () => {
      try {
        // On large maps, mounting and measuring labels are separate tasks, so neither blocks
        // input for long; small maps skip the extra turn, as it would only delay the first frame.
        if (shown.nodes.length > WORKER_THRESHOLD) await yieldToMain();
        const elements = toElements(shown, canvasMeasure(), folds ? { folds } : {});
        performance.mark(MARKS.layoutStart);
        if (!(await view.load(elements, direction, { morph: anchor !== null, anchor }))) return;
        performance.mark(MARKS.layoutEnd);
        untrack(() => {
          const line = this.viewer.line !== null;
          view.applyVisibility(this.viewer.visible);
          // A fold keeps its statement still; anything else opens afresh.
          if (anchor === null) view.home(line);
          // A focused line opens whole: panning to the selection would leave most of it off screen.
          view.select(this.viewer.selected, anchor === null && !line);
        });
        this.status = { phase: 'ready' };
        // Cytoscape draws on the next animation frame; the frame after it has been painted.
        requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(MARKS.drawn)));
      } catch (error) {
        if (this.#view !== view) return;
        view.clear();
        const message = error instanceof Error ? error.message : String(error);
        this.status = { phase: 'failed', message };
        this.viewer.notice = {
          tone: 'error',
          text: `Could not lay out “${shown.title}”. Nothing is drawn, so nothing stale can be exported.`,
          details: [message],
        };
      }
    })();
  }

  fit(): void {
    this.#view?.fit();
  }

  zoomBy(factor: number): void {
    this.#view?.zoomBy(factor);
  }

  /** The opening view of what is shown now. */
  home(): void {
    this.#view?.home(this.viewer.line !== null);
  }

  unhighlight(): void {
    this.#view?.unhighlight();
  }

  /**
   * Keeps the selection clear of a panel drawn over the canvas's right edge.
   * Each panel that can be there (the details, the source text as a tab)
   * reports its own width; the widest counts.
   */
  setRightInset(pixels: number, panel: 'details' | 'source' = 'details'): void {
    this.#insets[panel] = pixels;
    this.#rightInset = Math.max(this.#insets.details, this.#insets.source);
    this.coveredRight = this.#rightInset;
    this.#view?.setRightInset(this.#rightInset);
  }
  #insets: Record<'details' | 'source', number> = { details: 0, source: 0 };
  /** How much of the canvas's right edge a panel covers: what floats there moves left of it. */
  coveredRight = $state(0);

  /** Keeps the selection clear of a sheet drawn over the canvas's bottom edge (phones). */
  setBottomInset(pixels: number): void {
    this.#bottomInset = pixels;
    this.#view?.setBottomInset(pixels);
  }

  /** Everything shown, nothing selected, then the opening view once the canvas has caught up. */
  async reset(): Promise<void> {
    this.viewer.reset();
    this.#view?.unhighlight();
    await tick();
    this.home();
  }

  /**
   * Runs `render` on a Cytoscape core holding the whole map, laid out as on
   * screen. When the screen shows only part of the map (a focused line), the
   * whole map is laid out on a hidden canvas of the same size for the
   * occasion, so a "Whole map" export really holds every statement.
   */
  async withWholeMap<T>(render: (cy: Core) => Promise<T>): Promise<T> {
    const view = this.#view;
    if (view === null) throw new Error('the canvas is not ready');
    const { map, displayedMap, direction } = this.viewer;
    if (displayedMap === map) return render(view.cy);
    const host = document.createElement('div');
    host.style.cssText = `position:fixed;left:-100000px;top:0;width:${view.cy.width()}px;height:${view.cy.height()}px;visibility:hidden`;
    document.body.append(host);
    const none = () => {};
    const whole = new GraphView(
      host,
      { onSelect: none, onClear: none, onUnfold: none },
      { large: false },
    );
    try {
      await whole.load(toElements(map, canvasMeasure()), direction);
      return await render(whole.cy);
    } finally {
      whole.destroy();
      host.remove();
    }
  }
}

interface Binding {
  bind(cy: Core): () => void;
  unbind?: () => void;
}

/** The overview's hold on the canvas. */
export interface MinimapHandle {
  centreOn: MinimapView['centreOn'];
  panWithKey: MinimapView['panWithKey'];
  /** Draws again (after the overview changed size). */
  redraw(): void;
  detach(): void;
}

const KEY = Symbol('canvas');

export const setCanvas = (canvas: CanvasController): CanvasController => setContext(KEY, canvas);
export const getCanvas = (): CanvasController => getContext<CanvasController>(KEY);
