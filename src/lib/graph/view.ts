import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { Visible } from '../analysis/filters';
import type { Direction } from './direction';
import { computeLayout, layoutInputOf } from './layout';
import { stylesheet } from './stylesheet';
import { FOLD_BADGE, JUNCTION, STATE } from './classes';
import { MORPH_MS, morph, placeElements } from './morph';
import { markHits, setVisibility, shownNodes, boxOfNodes } from './decorations';
import {
  VIEWPORT,
  fitViewport,
  lineViewport,
  openingViewport,
  revealViewport,
  zoomStep,
  type Viewport,
} from './viewport';

export interface GraphViewEvents {
  /** A node was clicked or tapped. */
  onSelect(id: string): void;
  /** A fold's badge was clicked or tapped: unfold its statement. */
  onUnfold(id: string): void;
  /** The pointer came onto a statement, or left it (null). */
  onHover?(id: string | null): void;
  /** The background was clicked. */
  onClear(): void;
  /** An inference was clicked: its line, its junction or its badge. Gets the inference's id. */
  onInference?(id: string): void;
}

export interface LoadOptions {
  /** Change the drawing in place, animated, instead of redrawing it (a fold opening or closing). */
  morph?: boolean;
  /** The statement to hold still on screen while the rest moves. */
  anchor?: string | null;
}

export interface GraphViewOptions {
  /** Large maps pan from a cached bitmap with edges hidden, which is smoother. */
  large: boolean;
}

/**
 * Elements added per frame. Cytoscape styles new elements on its next frame;
 * adding a large map in slices keeps each frame's work well under 200 ms.
 */
const ELEMENTS_PER_FRAME = 600;

/** The next animation frame, or a short timeout where frames are paused (background tabs). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

const reducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Owns one Cytoscape instance: rendering, layout, viewport and highlighting.
 * It holds no application state; the canvas controller tells it what to show
 * and it reports clicks back.
 */
export class GraphView {
  readonly cy: Core;
  readonly large: boolean;
  #layoutRun = 0;
  #direction: Direction = 'TB';
  /** Width of a panel drawn over the canvas's right edge, which revealed nodes must avoid. */
  #rightInset = 0;
  /** Height of a sheet drawn over the canvas's bottom edge (phones), likewise. */
  #bottomInset = 0;

  constructor(container: HTMLElement, events: GraphViewEvents, options: GraphViewOptions) {
    this.large = options.large;
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: VIEWPORT.minZoom,
      maxZoom: VIEWPORT.maxZoom,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true,
      textureOnViewport: options.large,
      hideEdgesOnViewport: options.large,
    });
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.hasClass(FOLD_BADGE)) events.onUnfold(node.data('owner') as string);
      else events.onSelect(node.id());
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onClear();
    });
    this.cy.on('tap', `edge, node.${JUNCTION}`, (event) =>
      events.onInference?.((event.target as NodeSingular).data('inference') as string),
    );
    this.cy.on('mouseover', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (node.hasClass(FOLD_BADGE)) return;
      this.highlight(node);
      if (node.data('kind') !== undefined) events.onHover?.(node.id());
    });
    this.cy.on('mouseout', 'node', () => {
      this.unhighlight();
      events.onHover?.(null);
    });
  }

  /**
   * Replaces the graph, lays it out (off the main thread when large) and shows
   * the opening view. Returns false when a newer call superseded this one; a
   * failed layout throws, leaving the canvas empty rather than stale.
   */
  async load(
    elements: ElementDefinition[],
    direction: Direction,
    options: LoadOptions = {},
  ): Promise<boolean> {
    const run = ++this.#layoutRun;
    let layout;
    try {
      layout = await computeLayout(layoutInputOf(elements, direction));
    } catch (error) {
      if (run === this.#layoutRun) this.clear();
      throw error;
    }
    if (run !== this.#layoutRun) return false;
    const sameDirection = direction === this.#direction;
    this.#direction = direction;
    const placed = placeElements(elements, layout);
    if (options.morph && sameDirection && this.cy.nodes().nonempty() && !this.large) {
      morph(this.cy, placed, options.anchor ?? null, reducedMotion() ? 0 : MORPH_MS, {
        size: this.#screen(),
        rightInset: this.#rightInset,
      });
      return true;
    }
    this.cy.elements().remove();
    // Nodes come before edges in `placed`, so every slice's edges find their ends.
    for (let start = 0; start < placed.length; start += ELEMENTS_PER_FRAME) {
      if (start > 0) {
        await nextFrame();
        if (run !== this.#layoutRun) return false;
      }
      this.cy.add(placed.slice(start, start + ELEMENTS_PER_FRAME));
      if (start === 0) this.home();
    }
    return true;
  }

  /** Empties the canvas and cancels any layout in flight. */
  clear(): void {
    this.#layoutRun++;
    this.cy.elements().remove();
  }

  #screen() {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  #apply(viewport: Viewport | null, animate = false): void {
    if (viewport === null) return;
    this.cy.stop();
    if (animate && !reducedMotion()) this.cy.animate(viewport, { duration: 250 });
    else this.cy.viewport(viewport);
  }

  /**
   * The opening view: the whole map when legible, else the thesis where the
   * argument starts; for a focused `line`, all of it.
   */
  home(line = false): void {
    const shown = shownNodes(this.cy);
    const thesis = shown.filter('.thesis');
    if (line) {
      this.#apply(lineViewport(boxOfNodes(shown), this.#screen()));
      return;
    }
    this.#apply(
      openingViewport(
        boxOfNodes(shown),
        boxOfNodes(thesis),
        this.#screen(),
        this.#direction,
        boxOfNodes(thesis.union(thesis.incomers('node').intersection(shown))),
      ),
    );
  }

  /** Fits what is shown, but never blows a small map up past a comfortable reading size. */
  fit(): void {
    const box = boxOfNodes(shownNodes(this.cy));
    if (box !== null) this.#apply(fitViewport(box, this.#screen()));
  }

  zoomBy(factor: number): void {
    this.cy.zoom({
      level: zoomStep(this.cy.zoom(), factor),
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  applyVisibility(visible: Visible): void {
    setVisibility(this.cy, visible);
  }

  /** Marks search hits so they stand out on the canvas. */
  markHits(ids: ReadonlySet<string>): void {
    markHits(this.cy, ids);
  }

  select(id: string | null, pan: boolean): void {
    const current = this.cy.$(':selected');
    if (id === null) {
      current.unselect();
      return;
    }
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    if (!node.selected()) {
      current.unselect();
      node.select();
    }
    if (pan && node.visible()) this.#reveal(node);
  }

  /** When a panel opens over the canvas, the selected node moves clear of it. */
  setRightInset(pixels: number): void {
    const inset = Math.max(0, pixels);
    if (inset === this.#rightInset) return;
    this.#rightInset = inset;
    const selected = this.cy.nodes(':selected').first();
    if (inset > 0 && selected.nonempty() && selected.visible()) this.#reveal(selected);
  }

  /** When a sheet opens over the canvas's bottom, the selected node moves clear of it. */
  setBottomInset(pixels: number): void {
    const inset = Math.max(0, pixels);
    if (inset === this.#bottomInset) return;
    this.#bottomInset = inset;
    const selected = this.cy.nodes(':selected').first();
    if (inset > 0 && selected.nonempty() && selected.visible()) this.#reveal(selected);
  }

  #reveal(node: NodeSingular): void {
    const screen = this.#screen();
    const { x, y } = node.position();
    this.#apply(
      revealViewport({ x, y }, this.cy.zoom(), screen, this.#rightInset, this.#bottomInset),
      true,
    );
  }

  /** Dims all but a statement and its neighbours, seen through junctions to the statements beyond. */
  highlight(node: NodeSingular): void {
    const near = node.closedNeighborhood();
    const keep = near.union(near.nodes(`.${JUNCTION}`).closedNeighborhood());
    this.cy.batch(() => {
      this.cy.elements().not(keep).addClass(STATE.faded);
      keep.removeClass(STATE.faded);
      keep.edges().addClass(STATE.emphasis);
    });
  }

  /** Lights up a statement by id, as hovering it would; nothing if it is not drawn. */
  highlightId(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty() && node.isNode()) this.highlight(node);
  }

  unhighlight(): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass(`${STATE.faded} ${STATE.emphasis}`);
    });
  }

  destroy(): void {
    this.#layoutRun++;
    this.cy.destroy();
  }
}
