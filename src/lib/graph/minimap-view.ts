/**
 * The overview's drawing: every statement the main view shows, as a small
 * box in its kind's colour, and the relations as hairlines, on a canvas of
 * its own, drawn from the positions the layout gave. It redraws at most once
 * a frame, whatever changed (nodes added or moved, filters, the viewport),
 * and reports where the main view's rectangle lies in it.
 *
 * Drawn from positions rather than a picture of the main canvas (as
 * cytoscape-navigator does, with `cy.png()` of the whole map and
 * `boundingBox()` after every render, up to twice a second) because both
 * style every element first: `boundingBox()` alone took half a second on a
 * 2,000-statement map (see decorations.ts), where drawing these boxes took
 * 3 ms, and 15 ms at 5,000 statements (medians of 7, 2 shared cores under load).
 */
import type { Core, EdgeSingular, NodeCollection, NodeSingular } from 'cytoscape';
import type { NodeKind, Relation } from '../model/types';
import { KIND_STYLE, RELATION_STYLE, SELECTION_COLOUR } from './palette';
import { SECONDARY, STATE } from './classes';
import { boxOf, type Box, type Point, type Size } from './viewport';
import {
  overviewFrame,
  panByKey,
  panToCentre,
  toOverview,
  viewRect,
  type Frame,
  type PanKey,
} from './minimap';

/** What the overview shows now, for its component to place the view rectangle. */
export interface MinimapState {
  /** The main view's rectangle, in the overview's pixels; null while nothing is drawn. */
  rect: Box | null;
  /** The drawn map's width over its height (1 while nothing is drawn), so the overview can take its shape. */
  aspect: number;
}

/** Statements drawn smaller than this still show, as a dot of this size. */
const MIN_BOX_PX = 2;

const isStatement = (node: NodeSingular): boolean =>
  node.data('kind') !== undefined && !node.hasClass(STATE.filtered);

/** The fill a statement gets in the overview: its kind's border colour, dark enough to see small. */
const FILL: Record<NodeKind, string> = {
  thesis: KIND_STYLE.thesis.fill,
  claim: KIND_STYLE.claim.border,
  evidence: KIND_STYLE.evidence.border,
  authority: KIND_STYLE.authority.border,
};

export class MinimapView {
  #frame: Frame | null = null;
  /** The drawn map's proportions, reported with every rectangle. */
  #aspect = 1;
  #scheduled = 0;
  /** The map itself changed since it was drawn, not only the view over it. */
  #stale = true;
  readonly #redraw = () => this.schedule();
  readonly #moved = () => this.#schedule(false);
  /** Cytoscape events after which the drawing is out of date. */
  static readonly EVENTS = 'add remove position class select unselect';
  /**
   * Events after which only the view's rectangle is: panning redraws nothing
   * (drawing the boxes takes 15 ms a frame at 5,000 statements; moving the
   * rectangle, next to none).
   */
  static readonly VIEW_EVENTS = 'viewport resize';

  constructor(
    private readonly cy: Core,
    private readonly canvas: HTMLCanvasElement,
    private readonly report: (state: MinimapState) => void,
  ) {
    cy.on(MinimapView.EVENTS, this.#redraw);
    cy.on(MinimapView.VIEW_EVENTS, this.#moved);
    this.schedule();
  }

  /** Redraws on the next frame, once however many changes come before it. */
  schedule(): void {
    this.#schedule(true);
  }

  #schedule(stale: boolean): void {
    this.#stale ||= stale;
    if (this.#scheduled !== 0) return;
    this.#scheduled = requestAnimationFrame(() => {
      this.#scheduled = 0;
      if (this.#stale || this.#frame === null) this.draw();
      else this.#reportView(this.#frame);
    });
  }

  #reportView(frame: Frame): void {
    this.report({
      rect: viewRect({ zoom: this.cy.zoom(), pan: this.cy.pan() }, this.#screen(), frame),
      aspect: this.#aspect,
    });
  }

  #screen(): Size {
    return { width: this.cy.width(), height: this.cy.height() };
  }

  /** Draws the overview now and reports the view's rectangle. */
  draw(): void {
    if (this.cy.destroyed()) return;
    this.#stale = false;
    const size = { width: this.canvas.clientWidth, height: this.canvas.clientHeight };
    const context = this.canvas.getContext('2d');
    if (context === null || size.width === 0 || size.height === 0) return;
    const ratio = globalThis.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(size.width * ratio)) {
      this.canvas.width = Math.round(size.width * ratio);
    }
    if (this.canvas.height !== Math.round(size.height * ratio)) {
      this.canvas.height = Math.round(size.height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.width, size.height);
    const nodes: NodeCollection = this.cy.nodes().filter((node) => isStatement(node));
    const box = boxOf(
      nodes.map((node) => ({
        ...node.position(),
        width: node.data('width') as number,
        height: node.data('height') as number,
      })),
    );
    if (box === null) {
      this.#frame = null;
      this.report({ rect: null, aspect: 1 });
      return;
    }
    const frame = overviewFrame(box, size);
    this.#frame = frame;
    const at = (point: Point): Point => toOverview(frame, point);
    context.lineWidth = 1;
    this.cy.edges().forEach((edge: EdgeSingular) => {
      if (edge.hasClass(STATE.filtered)) return;
      const from = at(edge.source().position());
      const to = at(edge.target().position());
      context.strokeStyle = RELATION_STYLE[edge.data('relation') as Relation].colour;
      context.globalAlpha = edge.hasClass(SECONDARY) ? 0.25 : 0.55;
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    });
    context.globalAlpha = 1;
    nodes.forEach((node) => {
      const centre = at(node.position());
      const width = Math.max((node.data('width') as number) * frame.scale, MIN_BOX_PX);
      const height = Math.max((node.data('height') as number) * frame.scale, MIN_BOX_PX);
      context.fillStyle = FILL[node.data('kind') as NodeKind];
      context.fillRect(centre.x - width / 2, centre.y - height / 2, width, height);
      if (node.selected()) {
        context.strokeStyle = SELECTION_COLOUR;
        context.lineWidth = 2;
        context.strokeRect(
          centre.x - width / 2 - 2,
          centre.y - height / 2 - 2,
          width + 4,
          height + 4,
        );
        context.lineWidth = 1;
      }
    });
    this.#aspect = (box.x2 - box.x1) / Math.max(box.y2 - box.y1, 1);
    this.#reportView(frame);
  }

  /** Centres the main view on the map point under overview point `at` (pixels from its top left). */
  centreOn(at: Point): void {
    if (this.#frame === null) return;
    this.cy.stop();
    this.cy.pan(panToCentre(at, this.cy.zoom(), this.#screen(), this.#frame));
  }

  /** Pans the main view with an arrow key: a quarter screen, or a whole one with `far`. */
  panWithKey(key: PanKey, far: boolean): void {
    this.cy.stop();
    this.cy.pan(panByKey(key, this.cy.pan(), this.#screen(), far));
  }

  destroy(): void {
    cancelAnimationFrame(this.#scheduled);
    this.#scheduled = 0;
    if (this.cy.destroyed()) return;
    this.cy.off(MinimapView.EVENTS, this.#redraw);
    this.cy.off(MinimapView.VIEW_EVENTS, this.#moved);
  }
}
