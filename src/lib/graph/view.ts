import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeCollection,
  type NodeSingular,
} from 'cytoscape';
import type { Visible } from '../analysis/filters';
import type { Direction } from './direction';
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
 * Elements added per frame. Cytoscape styles new elements on its next frame;
 * adding a large map in slices keeps each frame's work well under 200 ms.
 */
const ELEMENTS_PER_FRAME = 600;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The next animation frame, or a short timeout where frames are paused (background tabs). */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

/**
 * The model-space box around some nodes, from their positions and data sizes.
 * Cytoscape's own `boundingBox()` would first compute every element's style,
 * which costs half a second on a 2000-node map.
 */
function boxOf(nodes: { x: number; y: number; width: number; height: number }[]): Box | null {
  if (nodes.length === 0) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y, width, height } of nodes) {
    box.x1 = Math.min(box.x1, x - width / 2);
    box.x2 = Math.max(box.x2, x + width / 2);
    box.y1 = Math.min(box.y1, y - height / 2);
    box.y2 = Math.max(box.y2, y + height / 2);
  }
  return box;
}

const shapeOf = (nodes: NodeCollection) =>
  nodes.map((node) => ({
    ...node.position(),
    width: node.data('width') as number,
    height: node.data('height') as number,
  }));

/**
 * Cytoscape treats `toggleClass(name, false)` as a change even when the class
 * is absent, and restyles the element; this only touches what really changes.
 */
function setClass(element: cytoscape.SingularElementArgument, name: string, on: boolean): void {
  if (element.hasClass(name) !== on) element.toggleClass(name, on);
}

/**
 * Owns the Cytoscape instance: rendering, layout, viewport and highlighting.
 * It holds no application state; the viewer state tells it what to show.
 */
export class GraphView {
  readonly cy: Core;
  #layoutRun = 0;
  #direction: Direction = 'TB';
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
    this.#direction = direction;
    const placed = elements.map((element) =>
      element.group === 'nodes'
        ? { ...element, position: positions[element.data.id!] ?? { x: 0, y: 0 } }
        : element,
    );
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

  /**
   * The opening view: the whole map when it is legible at that size, otherwise
   * the thesis at a readable size where the argument starts (top centre, or
   * middle left in a left-to-right layout), the natural place to begin.
   */
  home(): void {
    this.fit();
    if (this.cy.zoom() >= READABLE_ZOOM) return;
    const box = boxOf(shapeOf(this.#shown().filter('.thesis')));
    if (box === null) return;
    const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    this.cy.viewport({
      zoom: START_ZOOM,
      pan:
        this.#direction === 'TB'
          ? { x: this.cy.width() / 2 - centre.x * START_ZOOM, y: FIT_PADDING - box.y1 * START_ZOOM }
          : {
              x: FIT_PADDING - box.x1 * START_ZOOM,
              y: this.cy.height() / 2 - centre.y * START_ZOOM,
            },
    });
  }

  /** Nodes not hidden by a filter, found by class so no style is computed. */
  #shown(): NodeCollection {
    return this.cy.nodes().filter((node) => !node.hasClass('filtered'));
  }

  async #layout(elements: ElementDefinition[], direction: Direction): Promise<Positions> {
    const nodes = elements
      .filter((element) => element.group === 'nodes')
      .map((element) => {
        const data = element.data as NodeData;
        return { id: data.id, width: data.width, height: data.height, order: data.order };
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
      this.cy.nodes().forEach((node) => setClass(node, 'filtered', !visible.nodes.has(node.id())));
      this.cy.edges().forEach((edge) => setClass(edge, 'filtered', !visible.edges.has(edge.id())));
    });
  }

  /** Marks search hits so they stand out on the canvas. */
  markHits(ids: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => setClass(node, 'hit', ids.has(node.id())));
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
    const box = boxOf(shapeOf(this.#shown()));
    if (box === null) return;
    const width = Math.max(box.x2 - box.x1, 1);
    const height = Math.max(box.y2 - box.y1, 1);
    const zoom = Math.min(
      FIT_MAX_ZOOM,
      Math.max(
        MIN_ZOOM,
        Math.min(
          (this.cy.width() - 2 * FIT_PADDING) / width,
          (this.cy.height() - 2 * FIT_PADDING) / height,
        ),
      ),
    );
    this.cy.viewport({
      zoom,
      pan: {
        x: this.cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom,
        y: this.cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom,
      },
    });
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
