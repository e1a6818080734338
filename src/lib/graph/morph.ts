/**
 * Placing laid-out elements on the canvas: every node at its position (a
 * fold badge on its statement's bottom border), every edge with the classes
 * the layout gave it. And the change from one drawing to the next, when a
 * fold opens or closes: what stays moves to its new place in one short
 * animation, with the statement the user acted on held still on screen.
 */
import type { Core, ElementDefinition, LayoutOptions } from 'cytoscape';
import { BADGE, type BadgeData, type NodeData } from './elements';
import type { LayoutResult, Point } from './layout';
import { SECONDARY, STACKED } from './classes';
import { panToInclude, zoomToInclude } from './keep-in-view';
import { VIEWPORT, boxOf, type Size } from './viewport';

/** Elements with positions and layout classes, ready for `cy.add`. */
export function placeElements(
  elements: readonly ElementDefinition[],
  layout: LayoutResult,
): ElementDefinition[] {
  const secondary = new Set(layout.secondary);
  const stacked = new Set(layout.stacked);
  const height = new Map<string, number>();
  for (const element of elements) {
    if (element.group === 'nodes') height.set(element.data.id!, (element.data as NodeData).height);
  }
  return elements.map((element): ElementDefinition => {
    const id = element.data.id!;
    if (element.group === 'nodes') {
      const owner = (element.data as Partial<BadgeData>).owner;
      if (owner === undefined) {
        return { ...element, position: layout.positions.get(id) ?? { x: 0, y: 0 } };
      }
      const at = layout.positions.get(owner) ?? { x: 0, y: 0 };
      const bottom = at.y + (height.get(owner) ?? 0) / 2;
      return { ...element, position: { x: at.x, y: bottom - BADGE.inset - BADGE.height / 2 } };
    }
    const extra = secondary.has(id) ? [SECONDARY] : stacked.has(id) ? [STACKED] : [];
    return extra.length === 0
      ? element
      : { ...element, classes: [...(element.classes as string[]), ...extra] };
  });
}

/** How long a fold's change of layout takes (under the 300 ms a change should take at most). */
export const MORPH_MS = 250;

/**
 * Changes the drawing on `cy` into `placed`: removes what went, adds what
 * came, updates what stayed and moves it to its new place, animated over
 * `duration` ms (0: at once). The `anchor` node, if it stays, keeps its place
 * on screen: the view pans by exactly as much as it moves; when the change
 * revealed statements (a fold opened) and `screen` is given, the view then
 * moves as little as it must to show them with the anchor.
 */
export function morph(
  cy: Core,
  placed: readonly ElementDefinition[],
  anchor: string | null,
  duration: number,
  screen?: { size: Size; rightInset: number },
): void {
  const wanted = new Map(placed.map((element) => [element.data.id!, element]));
  const anchorBefore = anchor === null ? null : cy.getElementById(anchor);
  const from: Point | null = anchorBefore?.nonempty() ? { ...anchorBefore.position() } : null;
  const target = new Map<string, Point>();
  const revealed: ElementDefinition[] = [];
  cy.batch(() => {
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
    for (const element of placed) {
      const current = cy.getElementById(element.data.id!);
      if (current.empty()) {
        cy.add(element);
        if ((element.data as Partial<NodeData>).kind !== undefined) revealed.push(element);
        continue;
      }
      current.data(element.data);
      current.classes((element.classes as string[] | undefined) ?? []);
      if (element.position !== undefined) target.set(current.id(), element.position);
    }
  });
  const moving = cy.nodes().filter((node) => target.has(node.id()));
  if (duration <= 0) {
    cy.batch(() => moving.forEach((node) => void node.position(target.get(node.id())!)));
  } else {
    moving
      .layout({
        name: 'preset',
        positions: (node: { id(): string }) => target.get(node.id())!,
        animate: true,
        animationDuration: duration,
        fit: false,
      } as unknown as LayoutOptions)
      .run();
  }
  if (from !== null && anchor !== null && target.has(anchor)) {
    const to = target.get(anchor)!;
    let zoom = cy.zoom();
    const pan = cy.pan();
    let next = { x: pan.x + (from.x - to.x) * zoom, y: pan.y + (from.y - to.y) * zoom };
    if (screen !== undefined && revealed.length > 0) {
      const boxAt = (element: ElementDefinition, at: Point) => {
        const { width, height } = element.data as NodeData;
        return { ...at, width, height };
      };
      const held = boxOf([boxAt(wanted.get(anchor)!, to)])!;
      const all = boxOf([
        boxAt(wanted.get(anchor)!, to),
        ...revealed.map((element) => boxAt(element, element.position!)),
      ])!;
      const fitted = zoomToInclude(
        zoom,
        all,
        screen.size,
        VIEWPORT.readableZoom,
        screen.rightInset,
      );
      if (fitted !== zoom) {
        // The statement acted on keeps its place on screen as the view zooms out around it.
        next = { x: next.x + to.x * (zoom - fitted), y: next.y + to.y * (zoom - fitted) };
        zoom = fitted;
      }
      next = panToInclude(next, zoom, all, held, screen.size, screen.rightInset);
    }
    if (duration <= 0) cy.viewport({ zoom, pan: next });
    else cy.animate({ zoom, pan: next }, { duration });
  }
}
