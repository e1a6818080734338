import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import type { Visible } from '../analysis/filters';
import type { Direction } from '../state/url-state';
import { computeLayout, type Positions } from './layout';
import { stylesheet } from './stylesheet';
import type { NodeData } from './elements';

export interface GraphViewEvents {
  /** A node was clicked or tapped. */
  onSelect(id: string): void;
  /** The background was clicked. */
  onClear(): void;
}

/** Zoom limits: past these the map is either a speck or one letter. */
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 3;
const FIT_PADDING = 40;
const FIT_MAX_ZOOM = 1.2;
/** Below this zoom, 13 px labels shrink under 7 px and are no longer drawn. */
const READABLE_ZOOM = 0.55;
/** Zoom of the opening view of a large map: labels at their designed size, nearly. */
const START_ZOOM = 0.85;

/**
 * Owns the Cytoscape instance: rendering, layout, viewport and highlighting.
 * It holds no application state; the viewer state tells it what to show.
 */
export class GraphView {
  readonly cy: Core;
  #layoutRun = 0;
  /** Width of a panel drawn over the canvas's right edge, which revealed nodes must avoid. */
  #rightInset = 0;

  constructor(container: HTMLElement, events: GraphViewEvents, options: { large: boolean }) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true,
      // Panning a large map redraws thousands of edges; a cached bitmap is smoother.
      textureOnViewport: options.large,
      hideEdgesOnViewport: options.large,
    });
    this.cy.on('tap', 'node', (event) => events.onSelect((event.target as NodeSingular).id()));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onClear();
    });
    this.cy.on('mouseover', 'node', (event) => this.highlight(event.target as NodeSingular));
    this.cy.on('mouseout', 'node', () => this.unhighlight());
  }

  /**
   * Replaces the graph, lays it out (off the main thread when large) and fits it.
   * Returns false when a newer call superseded this one.
   */
  async load(elements: ElementDefinition[], direction: Direction): Promise<boolean> {
    const run = ++this.#layoutRun;
    const positions = await this.#layout(elements, direction);
    if (run !== this.#layoutRun) return false;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(
        elements.map((element) =>
          element.group === 'nodes'
            ? { ...element, position: positions[element.data.id!] ?? { x: 0, y: 0 } }
            : element,
        ),
      );
    });
    this.home();
    return true;
  }

  /**
   * The opening view: the whole map when it is legible at that size, otherwise
   * the thesis at a readable size near the top, the natural place to start.
   */
  home(): void {
    this.fit();
    if (this.cy.zoom() >= READABLE_ZOOM) return;
    const thesis = this.cy.nodes('.thesis').not('.filtered');
    if (thesis.empty()) return;
    const box = thesis.boundingBox();
    this.cy.zoom(START_ZOOM);
    this.cy.pan({
      x: this.cy.width() / 2 - ((box.x1 + box.x2) / 2) * START_ZOOM,
      y: FIT_PADDING - box.y1 * START_ZOOM,
    });
  }

  async #layout(elements: ElementDefinition[], direction: Direction): Promise<Positions> {
    const nodes = elements
      .filter((element) => element.group === 'nodes')
      .map((element) => {
        const data = element.data as NodeData;
        return { id: data.id, width: data.width, height: data.height };
      });
    const edges = elements
      .filter((element) => element.group === 'edges')
      .map((element) => ({
        id: element.data.id!,
        source: element.data.source!,
        target: element.data.target!,
      }));
    return computeLayout({ nodes, edges, direction });
  }

  applyVisibility(visible: Visible): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('filtered', !visible.nodes.has(node.id()));
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('filtered', !visible.edges.has(edge.id()));
      });
    });
  }

  /** Marks search hits so they stand out on the canvas. */
  markHits(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('hit', ids.has(node.id()));
      });
    });
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

  /** Centres a node in the unobstructed part of the canvas, zooming in when text would be unreadable. */
  #reveal(node: NodeSingular): void {
    const zoom = Math.max(this.cy.zoom(), 0.7);
    const position = node.position();
    const visibleWidth = Math.max(this.cy.width() - this.#rightInset, this.cy.width() / 3);
    this.cy.stop();
    this.cy.animate(
      {
        zoom,
        pan: {
          x: visibleWidth / 2 - position.x * zoom,
          y: this.cy.height() / 2 - position.y * zoom,
        },
      },
      { duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 250 },
    );
  }

  highlight(node: NodeSingular): void {
    const keep = node.closedNeighborhood();
    this.cy.batch(() => {
      this.cy.elements().not(keep).addClass('faded');
      keep.removeClass('faded');
      node.connectedEdges().addClass('emphasis');
    });
  }

  unhighlight(): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded emphasis');
    });
  }

  /** Fits what is shown, but never blows a small map up past a comfortable reading size. */
  fit(): void {
    const shown = this.cy.elements().not('.filtered');
    this.cy.fit(shown.length > 0 ? shown : undefined, FIT_PADDING);
    if (this.cy.zoom() > FIT_MAX_ZOOM) {
      this.cy.zoom(FIT_MAX_ZOOM);
      this.cy.center(shown.length > 0 ? shown : undefined);
    }
  }

  zoomBy(factor: number): void {
    const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.cy.zoom() * factor));
    this.cy.zoom({
      level: zoom,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  destroy(): void {
    this.#layoutRun++;
    this.cy.destroy();
  }
}
